import { caseFactsSchema } from '../../src/model/content-schema.ts';

/** Fields every facts file needs, for building test facts. */
export const commonFacts = { sourceLocale: 'en', sources: [{ title: 'S' }] };

/** A valid case study's facts, with any fields overridden. */
export function makeCaseFacts(over: Record<string, unknown> = {}) {
	return caseFactsSchema.parse({
		...commonFacts,
		country: 'LV',
		scale: 'town',
		themes: ['youth'],
		partners: [{ sector: 'ngo' }, { sector: 'municipality' }],
		methods: ['round-table'],
		evidence: 'scenario',
		...over,
	});
}
