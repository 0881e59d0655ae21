import { filterValuesOf } from './search-filters.ts';
import type { CaseFacts } from '../model/content-schema.ts';
import { collator } from '../shared/intl.ts';

/**
 * Browse facets: static pages that list the cases sharing a theme, a country
 * or a partner sector, so readers can explore without a query or JavaScript.
 * A case's facet values are its search filter values, so a facet page and
 * the matching search filter always agree.
 */
export const browseFacets = ['theme', 'sector', 'country'] as const;
export type BrowseFacet = (typeof browseFacets)[number];

/** Route name of each facet's pages (see routes.ts). */
export const facetRoute = { theme: 'theme', sector: 'partner', country: 'country' } as const satisfies Record<BrowseFacet, string>;

export interface FacetCase {
	slug: string;
	facts: CaseFacts;
}

export interface FacetValue {
	value: string;
	/** Slugs of the cases with this value, in the order they were given. */
	cases: string[];
}

/** The values of a facet that at least one case has, each with its cases. */
export function facetValues(cases: FacetCase[], facet: BrowseFacet): FacetValue[] {
	const byValue = new Map<string, string[]>();
	for (const c of cases) {
		for (const value of filterValuesOf({ type: 'case', slug: c.slug, facts: c.facts })[facet] ?? []) {
			byValue.set(value, [...(byValue.get(value) ?? []), c.slug]);
		}
	}
	return [...byValue].map(([value, slugs]) => ({ value, cases: slugs }));
}

/**
 * Facet values in reading order: taxonomy order for themes and sectors
 * (given as `order`), label order in the reader's language otherwise.
 */
export function sortFacetValues(values: FacetValue[], label: (value: string) => string, locale: string, order?: readonly string[]): FacetValue[] {
	if (order) return [...values].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
	const byLabel = collator(locale);
	return [...values].sort((a, b) => byLabel.compare(label(a.value), label(b.value)));
}

/** URL segment of a facet value: country codes are lower-cased, other values are already slugs. */
export function facetSegment(facet: BrowseFacet, value: string): string {
	return facet === 'country' ? value.toLowerCase() : value;
}
