import type { OrganisationFacts } from './organisation-schema.ts';
import { capacities, type Capacity } from './taxonomy.ts';

/**
 * The local partner directory as a model: when an entry needs reconfirming,
 * who matches whom, the directory's facets and the ASCII slugs of names and
 * places. Pure functions, used by the content check, the pages and the import.
 */
/**
 * The day the site is built, against which "not confirmed for 12 months" is
 * judged: SOURCE_DATE_EPOCH (reproducible builds) or ATLAS_BUILD_DATE
 * (YYYY-MM-DD) when set, today otherwise.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
	if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return new Date(Number(env.SOURCE_DATE_EPOCH) * 1000);
	if (env.ATLAS_BUILD_DATE && /^\d{4}-\d{2}-\d{2}$/.test(env.ATLAS_BUILD_DATE)) return new Date(`${env.ATLAS_BUILD_DATE}T00:00:00Z`);
	return new Date();
}

/** The date twelve months after `confirmed`, when the entry starts to show its notice. */
export function staleFrom(confirmed: Date): Date {
	const d = new Date(confirmed);
	d.setUTCFullYear(d.getUTCFullYear() + 1);
	return d;
}

/** True when the details were last confirmed more than 12 months before `today`. */
export function isStale(confirmed: Date, today: Date): boolean {
	return staleFrom(confirmed).getTime() < today.getTime();
}

/** Same organisation: the same name in the same place, ignoring case, quotes and diacritics. */
export function sameOrganisation(a: Pick<OrganisationFacts, 'name' | 'place'>, b: Pick<OrganisationFacts, 'name' | 'place'>): boolean {
	return nameKey(a.name) === nameKey(b.name) && nameKey(a.place) === nameKey(b.place);
}

export function nameKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('en')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Organisations that list a capacity on one side. */
export function withCapacity<T extends { facts: Pick<OrganisationFacts, 'offers' | 'needs'> }>(
	organisations: T[],
	side: 'offers' | 'needs',
	capacity: Capacity,
): T[] {
	return organisations.filter((o) => o.facts[side].includes(capacity));
}

export interface Match<T> {
	capacity: Capacity;
	offeredBy: T[];
	neededBy: T[];
}

/** For each capacity, who offers it and who needs it, in taxonomy order; capacities nobody mentions are left out. */
export function capacityBoard<T extends { slug: string; facts: Pick<OrganisationFacts, 'offers' | 'needs'> }>(organisations: T[]): Match<T>[] {
	return capacities
		.map((capacity) => ({ capacity, offeredBy: withCapacity(organisations, 'offers', capacity), neededBy: withCapacity(organisations, 'needs', capacity) }))
		.filter((m) => m.offeredBy.length + m.neededBy.length > 0);
}

/**
 * What an organisation could get from others (its needs that someone else
 * offers) and give to others (its offers that someone else needs).
 */
export function matchesFor<T extends { slug: string; facts: Pick<OrganisationFacts, 'offers' | 'needs'> }>(
	organisation: T,
	all: T[],
): { canGet: Match<T>[]; canGive: Match<T>[] } {
	const others = all.filter((o) => o.slug !== organisation.slug);
	const canGet = organisation.facts.needs
		.map((capacity) => ({ capacity, offeredBy: withCapacity(others, 'offers', capacity), neededBy: [] as T[] }))
		.filter((m) => m.offeredBy.length > 0);
	const canGive = organisation.facts.offers
		.map((capacity) => ({ capacity, offeredBy: [] as T[], neededBy: withCapacity(others, 'needs', capacity) }))
		.filter((m) => m.neededBy.length > 0);
	return { canGet, canGive };
}

/** URL segment of a place: its name without diacritics, lower-case, words joined by hyphens. */
export function placeSegment(place: string): string {
	return asciiSlug(place) || 'place';
}

/**
 * An ASCII slug from a name in any of the atlas's languages: letters lose
 * their diacritics (ő→o, ā→a, ų→u, ž→z), so "Trakų rajono bendruomenė"
 * becomes "traku-rajono-bendruomene".
 */
export function asciiSlug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ß/g, 'ss')
		.replace(/[Łł]/g, 'l')
		.replace(/[Øø]/g, 'o')
		.replace(/[Ææ]/g, 'ae')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

/** Facets of the directory: static pages per value, and the same values as search filters. */
export const directoryFacets = ['sector', 'offers', 'needs', 'place'] as const;
export type DirectoryFacet = (typeof directoryFacets)[number];

/** The values an organisation has for a facet. */
export function facetValuesOfOrganisation(facts: Pick<OrganisationFacts, 'sector' | 'place' | 'offers' | 'needs'>, facet: DirectoryFacet): string[] {
	switch (facet) {
		case 'sector':
			return [facts.sector];
		case 'place':
			return [facts.place];
		default:
			return [...new Set(facts[facet])];
	}
}

/** URL segment of a facet value: places lose their diacritics, the other values are ids already. */
export function directorySegment(facet: DirectoryFacet, value: string): string {
	return facet === 'place' ? placeSegment(value) : value;
}

/**
 * Each value of a facet that at least one organisation has, with those
 * organisations. Places that write differently but share a segment
 * ("Rīga", "Riga") are one value, shown as first written.
 */
export function directoryFacetValues<T extends { slug: string; facts: Pick<OrganisationFacts, 'sector' | 'place' | 'offers' | 'needs'> }>(
	organisations: T[],
	facet: DirectoryFacet,
): { value: string; segment: string; organisations: T[] }[] {
	const bySegment = new Map<string, { value: string; segment: string; organisations: T[] }>();
	for (const organisation of organisations) {
		for (const value of facetValuesOfOrganisation(organisation.facts, facet)) {
			const segment = directorySegment(facet, value);
			const group = bySegment.get(segment) ?? { value, segment, organisations: [] };
			group.organisations.push(organisation);
			bySegment.set(segment, group);
		}
	}
	return [...bySegment.values()];
}

export { siteTools, type SiteTool } from './taxonomy.ts';
