/**
 * Controlled vocabularies. Each list is defined here once; schemas, filters,
 * facet pages, the codebook and the scaffolder all import it.
 */
import { displayNames } from '../shared/intl.ts';

export const scales = ['village', 'town', 'city', 'region', 'national', 'international'] as const;

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

export const fundingSources = ['municipal-budget', 'eu-funds', 'national-grant', 'corporate-sponsorship', 'in-kind', 'private-donations', 'fees'] as const;

/**
 * What an organisation in the local directory offers to others or needs from
 * them: one list for both sides, so every offer can meet a need. Drawn from the
 * LOCAL-Y-MPACT needs analysis (premises, staff, funding, communication) and the
 * Hungarian community-development wiki's capacity matrix ("who can give what to
 * whom": information, advice, venues, encouragement, equipment, expertise,
 * contacts, joint programmes, training).
 */
export const capacities = [
	'premises',
	'equipment',
	'volunteers',
	'staff-time',
	'expertise',
	'training',
	'advice-and-information',
	'local-knowledge',
	'events-and-programmes',
	'transport',
	'communication-channels',
	'funding',
	'contacts',
] as const;

/**
 * How an organisation agreed to be listed. Only a record of one of these
 * publishes an entry; public-source is for organisations a cited public source
 * names (the bundled library), where the entry states only what that source says.
 */
export const consentBases = ['survey-form', 'email', 'written', 'in-person', 'public-source'] as const;

/**
 * Pages of the local partner directory that a method or a checklist item can
 * point to (`tools:` in its facts), so the link survives base paths.
 */
export const siteTools = ['partner-directory', 'offers-and-needs', 'capacity-matrix'] as const;
export type SiteTool = (typeof siteTools)[number];

/** documented: every fact comes from a cited source; scenario: an invented example built on ideas from sources. */
export const evidenceLevels = ['documented', 'scenario'] as const;

/** Fact fields of a case that a source can support (`sources[].supports`). */
export const factFields = ['place', 'years', 'partners', 'funding', 'cooperationForms', 'result'] as const;

/** What a recorded review checked. */
export const reviewKinds = ['language', 'legal', 'facts'] as const;

/** Who reviewed, by role: a private person's name is never published. */
export const reviewerRoles = ['native-editor', 'lawyer', 'fact-checker', 'subject-expert'] as const;

export type Scale = (typeof scales)[number];
export type Theme = (typeof themes)[number];
export type Sector = (typeof sectors)[number];
export type FundingSource = (typeof fundingSources)[number];
export type EvidenceLevel = (typeof evidenceLevels)[number];
export type FactField = (typeof factFields)[number];
export type ReviewKind = (typeof reviewKinds)[number];
export type Capacity = (typeof capacities)[number];
export type ConsentBasis = (typeof consentBases)[number];

/** Facts of an organisation that a public source can support (`sources[].supports`). */
export const organisationFactFields = ['name', 'sector', 'place', 'website', 'contact', 'description', 'offers', 'needs', 'cases'] as const;
export type OrganisationFactField = (typeof organisationFactFields)[number];

/** Taxonomies that have translated labels (`taxonomy.<name>.<value>` in UI strings). */
export const taxonomies = {
	scale: scales,
	theme: themes,
	sector: sectors,
	funding: fundingSources,
	evidence: evidenceLevels,
	capacity: capacities,
	consent: consentBases,
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
