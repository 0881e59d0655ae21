import { z } from 'astro/zod';
import { slugPattern } from '../lib/entry-types.ts';
import { evidenceLevels, fundingSources, isCountryCode, scales, sectors, themes } from '../lib/taxonomy.ts';

/**
 * Strict schemas for the content tree: facts files (`entry.yaml`) and the
 * frontmatter of locale files. Unknown keys are errors so typos never pass.
 */
const slug = z.string().regex(slugPattern, 'lowercase words joined by hyphens, such as "local-round-table"');
const slugList = z.array(slug).default([]);
const country = z.string().refine(isCountryCode, 'an ISO 3166-1 alpha-2 country code in capitals, such as "LV"');
const date = z.coerce.date({ error: 'a date written as YYYY-MM-DD' });
const source = z.strictObject({ title: z.string().min(1), url: z.url().optional() });

const commonFacts = {
	reviewed: date,
	sourceLocale: z.string().min(2),
	sources: z.array(source).min(1, 'name at least one source'),
};

export const caseFactsSchema = z.strictObject({
	...commonFacts,
	country,
	place: z.string().min(1),
	scale: z.enum(scales),
	years: z.strictObject({
		start: z.number().int().min(1900).max(2100),
		end: z.union([z.number().int().min(1900).max(2100), z.literal('ongoing')]),
	}),
	themes: z.array(z.enum(themes)).min(1),
	partners: z.array(z.strictObject({ sector: z.enum(sectors), name: z.string().min(1).optional() })).min(2, 'a cooperation has at least two partners'),
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
});

export const legalFormFactsSchema = z.strictObject({
	...commonFacts,
	references: z.array(z.strictObject({ country, name: z.string().min(1), url: z.url().optional() })).default([]),
	pitfalls: slugList,
	methods: slugList,
});

export const pitfallFactsSchema = z.strictObject({
	...commonFacts,
	methods: slugList,
});

const checklistItem = z.strictObject({ id: slug, methods: slugList, legalForms: slugList });
export const checklistFactsSchema = z.strictObject({
	...commonFacts,
	phases: z.array(z.strictObject({ id: slug, items: z.array(checklistItem).min(1) })).min(1),
});

/** Frontmatter of every `<locale>.mdx` file. */
export const articleTextSchema = z.strictObject({
	title: z.string().min(1),
	summary: z.string().min(1).max(400, 'keep the summary to one or two sentences (400 characters at most)'),
});

export const checklistTextSchema = z.strictObject({
	title: z.string().min(1),
	summary: z.string().min(1).max(400),
	phases: z.record(slug, z.strictObject({ title: z.string().min(1), description: z.string().optional() })),
	items: z.record(slug, z.strictObject({ label: z.string().min(1), help: z.string().optional() })),
});

export const glossaryTermsSchema = z.array(z.strictObject({ id: slug, methods: slugList })).min(1);
export const glossaryTextSchema = z.record(slug, z.strictObject({ term: z.string().min(1), definition: z.string().min(1) }));

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
