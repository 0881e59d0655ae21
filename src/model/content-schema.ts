import { z } from 'astro/zod';
import { localePattern, slugPattern, type ArticleType, type EntryType } from './entry-types.ts';
import { evidenceLevels, factFields, fundingSources, isCountryCode, reviewKinds, reviewerRoles, scales, sectors, siteTools, themes } from './taxonomy.ts';
import { webUrl } from './url.ts';

/**
 * Strict schemas for the content tree: facts files (`entry.yaml`) and the
 * frontmatter of locale files. Unknown keys are errors so typos never pass.
 */
const slug = z.string().regex(slugPattern, 'lowercase words joined by hyphens, such as "local-round-table"');
const slugList = z.array(slug).default([]);
/** Pages of the local partner directory a method or checklist item points to. */
const toolList = z.array(z.enum(siteTools)).default([]);
const country = z.string().refine(isCountryCode, 'an ISO 3166-1 alpha-2 country code in capitals, such as "LV"');
const date = z.coerce.date({ error: 'a date written as YYYY-MM-DD' });
const year = z.number().int().min(1900).max(2100);

/** A document the facts come from. Documented cases need `url`, `accessed` and `supports` (checked in content-tree.ts). */
const source = z.strictObject({
	/** Short name, unique in the file, used as a footnote label in the text. */
	id: slug.optional(),
	title: z.string().min(1).max(400),
	publisher: z.string().min(1).max(200).optional(),
	url: webUrl.optional(),
	/** Publication date, when the source gives one. */
	date: date.optional(),
	/** When an editor last opened the source. */
	accessed: date.optional(),
	/** The fact fields of the entry this source supports. */
	supports: z.array(z.enum(factFields)).default([]),
});

/** A review that took place: no date is shown on a page without one. */
const review = z.strictObject({
	date,
	kind: z.enum(reviewKinds),
	/** The locale whose text was reviewed; omitted when the review covers the facts for every language. */
	locale: z.string().min(2).optional(),
	/** Who reviewed, by role (never a private person's name). */
	by: z.enum(reviewerRoles),
});

const commonFacts = {
	reviews: z.array(review).default([]),
	sourceLocale: z.string().regex(localePattern, 'a language code such as "lv"'),
	sources: z.array(source).min(1, 'name at least one source'),
};

export const caseFactsSchema = z.strictObject({
	...commonFacts,
	country,
	scale: z.enum(scales),
	/** Omitted when no source gives a year, and always for scenarios; `end` omitted when unknown. */
	years: z.strictObject({ start: year, end: z.union([year, z.literal('ongoing')]).optional() }).optional(),
	themes: z.array(z.enum(themes)).min(1),
	partners: z.array(z.strictObject({ sector: z.enum(sectors), name: z.string().min(1).max(200).optional() })).min(2, 'a cooperation has at least two partners'),
	cooperationForms: slugList,
	methods: slugList,
	pitfalls: slugList,
	funding: z.array(z.enum(fundingSources)).default([]),
	evidence: z.enum(evidenceLevels),
	featured: z.boolean().default(false),
});

export const methodFactsSchema = z.strictObject({
	...commonFacts,
	relatedMethods: slugList,
	legalForms: slugList,
	pitfalls: slugList,
	concepts: slugList,
	tools: toolList,
});

export const legalFormFactsSchema = z.strictObject({
	...commonFacts,
	references: z
		.array(
			z.strictObject({
				country,
				name: z.string().min(1).max(300),
				/** The article(s) that matter, as the law's language writes them ("40. pants", "11. §"). */
				article: z.string().min(1).max(120).optional(),
				url: webUrl.optional(),
			}),
		)
		.default([]),
	pitfalls: slugList,
	methods: slugList,
});

export const pitfallFactsSchema = z.strictObject({
	...commonFacts,
	methods: slugList,
});

const checklistItem = z.strictObject({ id: slug, methods: slugList, legalForms: slugList, tools: toolList });
export const checklistFactsSchema = z.strictObject({
	...commonFacts,
	phases: z.array(z.strictObject({ id: slug, items: z.array(checklistItem).min(1) })).min(1),
});

/** Frontmatter of every `<locale>.mdx` file. */
export const articleTextSchema = z.strictObject({
	title: z.string().min(1).max(200, 'keep the title to 200 characters at most'),
	summary: z.string().min(1).max(400, 'keep the summary to one or two sentences (400 characters at most)'),
	/** Cases only (checked in content-tree.ts): the place in this language. */
	place: z.string().min(1).max(120).optional(),
	/** Cases only: one sourced line on the result; omitted when the sources give none. */
	result: z.string().min(1).max(200, 'keep the result to one short line (200 characters at most)').optional(),
});

export const checklistTextSchema = z.strictObject({
	title: z.string().min(1).max(200),
	summary: z.string().min(1).max(400),
	phases: z.record(slug, z.strictObject({ title: z.string().min(1).max(200), description: z.string().max(600).optional() })),
	items: z.record(slug, z.strictObject({ label: z.string().min(1).max(300), help: z.string().max(600).optional() })),
});

export const glossaryTermsSchema = z.array(z.strictObject({ id: slug, methods: slugList })).min(1);
export const glossaryTextSchema = z.record(
	slug,
	z.strictObject({
		term: z.string().min(1).max(120),
		definition: z.string().min(1).max(1200),
		/** Termbase: variants of the term not to use in this language (validate reports them in content). */
		avoid: z.array(z.string().min(2).max(120)).default([]),
	}),
);

export const factsSchemas = {
	case: caseFactsSchema,
	method: methodFactsSchema,
	legalForm: legalFormFactsSchema,
	pitfall: pitfallFactsSchema,
	checklist: checklistFactsSchema,
} as const;

export type CaseFacts = z.output<typeof caseFactsSchema>;
export type MethodFacts = z.output<typeof methodFactsSchema>;
export type LegalFormFacts = z.output<typeof legalFormFactsSchema>;
export type PitfallFacts = z.output<typeof pitfallFactsSchema>;
export type ChecklistFacts = z.output<typeof checklistFactsSchema>;
export type ArticleText = z.output<typeof articleTextSchema>;
export type ChecklistText = z.output<typeof checklistTextSchema>;
export type GlossaryText = z.output<typeof glossaryTextSchema>;
export type GlossaryTerms = z.output<typeof glossaryTermsSchema>;
export interface FactsByType {
	case: CaseFacts;
	method: MethodFacts;
	legalForm: LegalFormFacts;
	pitfall: PitfallFacts;
	checklist: ChecklistFacts;
}
/** The words of an entry in one language: a checklist's phases and items, every other kind's article frontmatter. */
export type TextByType<T extends EntryType> = T extends ArticleType ? ArticleText : ChecklistText;
/** An entry's kind with its facts: checking `type` narrows `facts` (`type === 'case'` gives CaseFacts). */
export type EntryFacts = { [T in EntryType]: { type: T; facts: FactsByType[T] } }[EntryType];
