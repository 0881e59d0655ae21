import { caseFactsSchema } from '../../src/schemas/content.ts';

/** Fields every facts file needs, for building test facts. */
export const commonFacts = { reviewed: '2026-01-01', sourceLocale: 'en', sources: [{ title: 'S' }] };

/** A valid case study's facts, with any fields overridden. */
export function makeCaseFacts(over: Record<string, unknown> = {}) {
	return caseFactsSchema.parse({
		...commonFacts,
		country: 'LV',
		place: 'X',
		scale: 'town',
		years: { start: 2020, end: 'ongoing' },
		themes: ['youth'],
		partners: [{ sector: 'ngo' }, { sector: 'municipality' }],
		methods: ['round-table'],
		evidence: 'illustrative',
		...over,
	});
}
