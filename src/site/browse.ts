import { once } from '../shared/intl.ts';
import { config, getAtlas, translator, type AtlasEntry } from './atlas.ts';
import { browseFacets, facetRoute, facetSegment, facetValues, sortFacetValues, type BrowseFacet } from './facets.ts';
import { link } from './page.ts';
import { withSiteCacheKey } from './page-cache.ts';
import { filterValueLabel } from './search-filters.ts';
import { themes, sectors } from '../model/taxonomy.ts';

/**
 * Facet values of the cases, labelled and linked for one locale: what the home
 * page, the search page and the facet pages list. Every case counts, also one
 * shown in another language, as on the list pages.
 */
export interface BrowseValue {
	value: string;
	segment: string;
	label: string;
	url: string;
	cases: AtlasEntry[];
}

const taxonomyOrder: Partial<Record<BrowseFacet, readonly string[]>> = { theme: themes, sector: sectors };

export function browseValues(locale: string, facet: BrowseFacet): Promise<BrowseValue[]> {
	// Asked by every facet page and every search page; the atlas they come from is loaded once per build too (getAtlas).
	return once(`browseValues|${locale}|${facet}`, () => collectBrowseValues(locale, facet));
}

async function collectBrowseValues(locale: string, facet: BrowseFacet): Promise<BrowseValue[]> {
	const atlas = await getAtlas();
	const t = translator(locale);
	const cases = atlas.byType('case');
	const label = (value: string) => filterValueLabel(facet, value, { t, locale, legalFormTitle: () => undefined });
	const values = sortFacetValues(
		facetValues(
			cases.map((c) => ({ slug: c.slug, facts: c.facts })),
			facet,
		),
		label,
		locale,
		taxonomyOrder[facet],
	);
	return values.map((v) => ({
		value: v.value,
		segment: facetSegment(facet, v.value),
		label: label(v.value),
		url: facetHref(locale, facet, v.value),
		cases: v.cases.map((slug) => atlas.get({ type: 'case', slug })!),
	}));
}

/** Link to a facet value's page, with the base path applied. */
export function facetHref(locale: string, facet: BrowseFacet, value: string): string {
	return link(facetRoute[facet], locale, facetSegment(facet, value));
}

/** Static paths of one facet's pages in every locale. */
export async function facetPaths(facet: BrowseFacet) {
	const paths = [];
	for (const locale of config.locales) {
		for (const value of await browseValues(locale, facet)) paths.push({ params: { locale, value: value.segment }, props: { value: value.value } });
	}
	return withSiteCacheKey(paths);
}

export { browseFacets };
