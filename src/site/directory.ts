import { config, getAtlas, translator, type AtlasOrganisation } from './atlas.ts';
import { buildDate, directoryFacets, directoryFacetValues, isStale, type DirectoryFacet } from '../model/organisations.ts';
import { capacities, sectors } from '../model/taxonomy.ts';
import { link } from './page.ts';
import { withSiteCacheKey } from './page-cache.ts';
import { collator } from '../shared/intl.ts';
export { formatDate } from '../shared/i18n.ts';
import type { UiKey } from '../shared/i18n.ts';

/**
 * The local partner directory for one locale: organisations sorted by name,
 * facet values labelled and linked, and the build date against which an
 * entry's confirmation is judged.
 */
export interface DirectoryValue {
	facet: DirectoryFacet;
	value: string;
	segment: string;
	label: string;
	url: string;
	organisations: AtlasOrganisation[];
}

const order: Partial<Record<DirectoryFacet, readonly string[]>> = { sector: sectors, offers: capacities, needs: capacities };

/** The day of this build: an entry confirmed more than 12 months before it shows a notice. */
export const today = buildDate();

export function stale(organisation: AtlasOrganisation): boolean {
	return isStale(organisation.facts.confirmed, today);
}

export function facetLabel(facet: DirectoryFacet, value: string, locale: string): string {
	const t = translator(locale);
	// Sector and capacity values are ids the facts were checked against, so each names a key of en.json.
	if (facet === 'sector') return t(`taxonomy.sector.${value}` as UiKey);
	if (facet === 'place') return value;
	return t(`taxonomy.capacity.${value}` as UiKey);
}

export async function sortedOrganisations(locale: string): Promise<AtlasOrganisation[]> {
	const byName = collator(locale, { sensitivity: 'base', numeric: true });
	return [...(await getAtlas()).organisations].sort((a, b) => byName.compare(a.facts.name, b.facts.name));
}

export async function directoryValues(locale: string, facet: DirectoryFacet): Promise<DirectoryValue[]> {
	const organisations = await sortedOrganisations(locale);
	const values = directoryFacetValues(organisations, facet).map((v) => ({
		facet,
		...v,
		label: facetLabel(facet, v.value, locale),
		url: link('directoryFacet', locale, facet, v.segment),
	}));
	const fixed = order[facet];
	const byLabel = collator(locale);
	return fixed ? values.sort((a, b) => fixed.indexOf(a.value) - fixed.indexOf(b.value)) : values.sort((a, b) => byLabel.compare(a.label, b.label));
}

/** Static paths of every facet page in every locale. */
export async function directoryFacetPaths() {
	const paths = [];
	for (const locale of config.locales)
		for (const facet of directoryFacets)
			for (const value of await directoryValues(locale, facet))
				paths.push({ params: { locale, facet, value: value.segment }, props: { facet, segment: value.segment } });
	return withSiteCacheKey(paths);
}

export { directoryFacets };
