/**
 * The kinds of entry the atlas publishes. Folder names, URL segments and the
 * required body sections of each kind are defined here and nowhere else.
 */
export const articleTypes = ['case', 'method', 'legalForm', 'pitfall'] as const;
export const entryTypes = [...articleTypes, 'checklist'] as const;

export type ArticleType = (typeof articleTypes)[number];
export type EntryType = (typeof entryTypes)[number];

/** Folder below a content directory, which is also the URL segment. */
export const typeSegment: Record<EntryType, string> = {
	case: 'cases',
	method: 'methods',
	legalForm: 'legal-forms',
	pitfall: 'pitfalls',
	checklist: 'checklists',
};

/**
 * Level-2 sections each article body must have, in order. Their headings are
 * translated in UI strings under `sections.<type>.<key>`.
 */
export const requiredSections: Record<ArticleType, readonly string[]> = {
	case: ['context', 'partners', 'actions', 'resources', 'results', 'lessons', 'transfer'],
	method: ['definition', 'goal', 'concepts', 'conditions', 'steps', 'results', 'literature'],
	legalForm: ['when', 'how', 'requirements', 'risks'],
	pitfall: ['signs', 'prevention', 'recovery'],
};

export function typeFromSegment(segment: string): EntryType | undefined {
	return entryTypes.find((type) => typeSegment[type] === segment);
}

export function isArticleType(type: EntryType): type is ArticleType {
	return (articleTypes as readonly string[]).includes(type);
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const localePattern = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
