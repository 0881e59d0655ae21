import { describe, expect, it } from 'vitest';
import {
	filterOptions,
	filterValueLabel,
	filterValuesOf,
	fixedFilterValues,
	organisationFilterValues,
	pagefindFilterAttributes,
	searchFilterNames,
} from '../../src/site/search-filters.ts';
import { browseFacets, facetRoute, facetSegment, facetValues, sortFacetValues, type BrowseFacet } from '../../src/site/facets.ts';
import { href } from '../../src/site/routes.ts';
import { createTranslator } from '../../src/shared/i18n.ts';
import { flattenStrings } from '../../src/shared/ui-strings.ts';
import { entryTypes } from '../../src/model/entry-types.ts';
import { capacities, evidenceLevels, fundingSources, sectors, themes } from '../../src/model/taxonomy.ts';
import { legalFormFactsSchema, methodFactsSchema, pitfallFactsSchema } from '../../src/model/content-schema.ts';
import { uiStrings } from '../helpers/content.ts';
import { commonFacts, makeCaseFacts } from '../helpers/facts.ts';

const common = commonFacts;
const caseFacts = makeCaseFacts;

describe('search filter values', () => {
	it('takes a case’s filters from its facts, once each', () => {
		const facts = caseFacts({
			themes: ['youth', 'education'],
			partners: [{ sector: 'ngo' }, { sector: 'ngo', name: 'B' }, { sector: 'business' }],
			cooperationForms: ['grant'],
			funding: ['eu-funds'],
			evidence: 'documented',
		});
		expect(filterValuesOf({ type: 'case', slug: 'c', facts })).toEqual({
			type: ['case'],
			country: ['LV'],
			theme: ['youth', 'education'],
			sector: ['ngo', 'business'],
			legalForm: ['grant'],
			funding: ['eu-funds'],
			evidence: ['documented'],
		});
	});

	it('leaves out empty filters, and gives methods and legal forms the legal-form filter', () => {
		expect(filterValuesOf({ type: 'case', slug: 'c', facts: caseFacts({}) })).not.toHaveProperty('funding');
		expect(filterValuesOf({ type: 'case', slug: 'c', facts: caseFacts({}) })).not.toHaveProperty('legalForm');
		expect(filterValuesOf({ type: 'method', slug: 'm', facts: methodFactsSchema.parse({ ...common, legalForms: ['grant'] }) })).toEqual({
			type: ['method'],
			legalForm: ['grant'],
		});
		expect(
			filterValuesOf({
				type: 'legalForm',
				slug: 'grant',
				facts: legalFormFactsSchema.parse({
					...common,
					references: [
						{ country: 'LT', name: 'A' },
						{ country: 'LT', name: 'B' },
					],
				}),
			}),
		).toEqual({ type: ['legalForm'], legalForm: ['grant'], country: ['LT'] });
		expect(filterValuesOf({ type: 'pitfall', slug: 'p', facts: pitfallFactsSchema.parse(common) })).toEqual({ type: ['pitfall'] });
	});

	it('writes Pagefind filter attributes as name:value in filter order', () => {
		expect(pagefindFilterAttributes({ theme: ['youth'], type: ['case'], country: ['HU'] })).toEqual(['type:case', 'country:HU', 'theme:youth']);
	});

	it('takes fixed filter values from the taxonomy and entry types, not a copy', () => {
		// Organisations of the local directory are searchable too, with their own type value.
		expect(fixedFilterValues.type).toEqual([...entryTypes, 'organisation']);
		expect(fixedFilterValues.offers).toBe(capacities);
		expect(fixedFilterValues.needs).toBe(capacities);
		expect(fixedFilterValues.theme).toBe(themes);
		expect(fixedFilterValues.sector).toBe(sectors);
		expect(fixedFilterValues.funding).toBe(fundingSources);
		expect(fixedFilterValues.evidence).toBe(evidenceLevels);
	});

	it('gives an organisation its type, country, sector, place and capacities', () => {
		expect(organisationFilterValues({ sector: 'ngo', country: 'LT', place: 'Trakai', offers: ['premises'], needs: [] })).toEqual({
			type: ['organisation'],
			country: ['LT'],
			sector: ['ngo'],
			offers: ['premises'],
			place: ['Trakai'],
		});
	});
});

describe('search filter labels', () => {
	const legalFormTitle = (slug: string) => (slug === 'grant' ? 'Dotācija' : undefined);

	it('has a translated label for every filter and every fixed value in every locale', () => {
		for (const [locale, strings] of Object.entries(uiStrings)) {
			const flat = flattenStrings(strings);
			for (const name of searchFilterNames) expect(flat.has(`search.filters.${name}`), `${locale}: search.filters.${name}`).toBe(true);
			for (const facet of browseFacets) {
				for (const key of ['facet', 'facetIntro', 'otherValues']) expect(flat.has(`search.${key}.${facet}`), `${locale}: search.${key}.${facet}`).toBe(true);
			}
			const t = createTranslator(locale, uiStrings);
			for (const [name, values] of Object.entries(fixedFilterValues)) {
				for (const value of values) {
					const label = filterValueLabel(name as keyof typeof fixedFilterValues, value, { t, locale, legalFormTitle });
					expect(label, `${locale}: ${name}.${value}`).not.toMatch(/^(taxonomy|types)\./);
					expect(label).not.toBe(value);
				}
			}
		}
	});

	it('labels values in the reader’s language', () => {
		const t = createTranslator('lv', uiStrings);
		const context = { t, locale: 'lv', legalFormTitle };
		expect(filterValueLabel('theme', 'youth', context)).toBe('Jaunieši');
		expect(filterValueLabel('type', 'case', context)).toBe('Gadījuma apraksts');
		expect(filterValueLabel('country', 'HU', context)).toBe('Ungārija');
		expect(filterValueLabel('legalForm', 'grant', context)).toBe('Dotācija');
		expect(filterValueLabel('sector', 'ngo', { ...context, t: createTranslator('hu', uiStrings), locale: 'hu' })).toBe('Civil szervezet');
	});

	it('offers only values that occur, taxonomy order for fixed lists and label order for countries', () => {
		const t = createTranslator('en', uiStrings);
		const label = (name: Parameters<typeof filterValueLabel>[0], value: string) => filterValueLabel(name, value, { t, locale: 'en', legalFormTitle });
		const options = filterOptions(
			[{ type: ['case'], country: ['LV'], theme: ['education', 'youth'] }, { type: ['case'], country: ['HU'], theme: ['youth'] }, { type: ['method'] }],
			label,
			'en',
		);
		expect(options.map((o) => o.name)).toEqual(['type', 'country', 'theme']);
		expect(options[0]!.values.map((v) => v.value)).toEqual(['case', 'method']);
		expect(options[1]!.values.map((v) => v.label)).toEqual(['Hungary', 'Latvia']);
		expect(options[2]!.values.map((v) => v.value)).toEqual(['youth', 'education']);
	});
});

describe('browse facets', () => {
	const cases = [
		{ slug: 'a', facts: caseFacts({ country: 'LV', themes: ['youth', 'education'], partners: [{ sector: 'ngo' }, { sector: 'municipality' }] }) },
		{
			slug: 'b',
			facts: caseFacts({ country: 'HU', themes: ['youth'], partners: [{ sector: 'business' }, { sector: 'municipality' }, { sector: 'municipality' }] }),
		},
	];

	it('groups cases by each value of a facet, each case once', () => {
		expect(facetValues(cases, 'theme')).toEqual([
			{ value: 'youth', cases: ['a', 'b'] },
			{ value: 'education', cases: ['a'] },
		]);
		expect(facetValues(cases, 'sector').find((v) => v.value === 'municipality')).toEqual({ value: 'municipality', cases: ['a', 'b'] });
		expect(facetValues(cases, 'country').map((v) => v.value)).toEqual(['LV', 'HU']);
		expect(facetValues([], 'theme')).toEqual([]);
	});

	it('sorts by taxonomy order or by label in the reader’s language', () => {
		const byLabel = sortFacetValues(facetValues(cases, 'country'), (code) => new Intl.DisplayNames(['lv'], { type: 'region' }).of(code)!, 'lv');
		expect(byLabel.map((v) => v.value)).toEqual(['LV', 'HU']); // Latvija before Ungārija
		expect(sortFacetValues(facetValues(cases, 'sector'), (v) => v, 'en', sectors).map((v) => v.value)).toEqual(['municipality', 'ngo', 'business']);
	});

	it('links facet pages with the base path and lower-case country segments', () => {
		expect(facetSegment('country', 'LV')).toBe('lv');
		// As src/site/browse.ts's facetHref builds them, with the site's base path.
		const facetHref = (base: string, locale: string, facet: BrowseFacet, value: string) => href(base, facetRoute[facet], locale, facetSegment(facet, value));
		expect(facetHref('/', 'en', 'theme', 'youth')).toBe('/en/themes/youth/');
		expect(facetHref('/atlas/', 'hu', 'sector', 'ngo')).toBe('/atlas/hu/partners/ngo/');
		expect(facetHref('/atlas/', 'lt', 'country', 'LT')).toBe('/atlas/lt/countries/lt/');
	});
});
