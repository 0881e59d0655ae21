/**
 * Controlled vocabularies. Each list is defined here once; schemas, filters,
 * facet pages, the codebook and the scaffolder all import it.
 */
import { displayNames } from './intl.ts';

export const scales = ['village', 'town', 'city', 'region', 'national'] as const;

export const themes = [
	'youth',
	'children-and-families',
	'public-space',
	'culture-and-leisure',
	'social-inclusion',
	'social-entrepreneurship',
	'civic-participation',
	'local-economy',
	'education',
	'community-development',
] as const;

export const sectors = [
	'municipality',
	'ngo',
	'community-group',
	'youth-organisation',
	'social-enterprise',
	'business',
	'school',
	'public-institution',
	'religious',
	'other',
] as const;

export const fundingSources = [
	'municipal-budget',
	'eu-funds',
	'national-grant',
	'corporate-sponsorship',
	'in-kind',
	'private-donations',
	'fees',
] as const;

export const evidenceLevels = ['documented', 'illustrative'] as const;

export type Scale = (typeof scales)[number];
export type Theme = (typeof themes)[number];
export type Sector = (typeof sectors)[number];
export type FundingSource = (typeof fundingSources)[number];
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** Taxonomies that have translated labels (`taxonomy.<name>.<value>` in UI strings). */
export const taxonomies = {
	scale: scales,
	theme: themes,
	sector: sectors,
	funding: fundingSources,
	evidence: evidenceLevels,
} as const;
export type TaxonomyName = keyof typeof taxonomies;

/** True for an ISO 3166-1 alpha-2 code that Intl knows as a region. */
export function isCountryCode(code: string): boolean {
	if (!/^[A-Z]{2}$/.test(code)) return false;
	const name = displayNames('en', { type: 'region', fallback: 'none' }).of(code);
	return name !== undefined;
}

export function countryName(code: string, locale: string): string {
	return displayNames(locale, { type: 'region' }).of(code) ?? code;
}
