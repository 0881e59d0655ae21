import fs from 'node:fs';
import path from 'node:path';
import { organisationFactsSchema, organisationTextSchema, type OrganisationFacts, type OrganisationText } from '../schemas/organisation.ts';
import { slugPattern } from './entry-types.ts';
import { parseYaml, zodProblems, type Problem } from './problems.ts';
import { readContentFile } from './content-file.ts';
import { capacities, type Capacity, type OrganisationFactField } from './taxonomy.ts';

/**
 * The local partner directory: organisations with what they offer and what
 * they need. `<content folder>/organisations/<slug>/entry.yaml` holds the facts
 * and the consent record; `<locale>.yaml` says what the organisation does in
 * that language. Plain YAML rather than MDX, because the text is a survey
 * answer (a short paragraph, no headings or footnotes) that the import writes
 * and compares field by field.
 */
export const organisationsFolder = 'organisations';
export const organisationFactsFile = 'entry.yaml';

export interface LoadedOrganisation {
	slug: string;
	folder: string;
	factsFile: string;
	facts: OrganisationFacts;
	texts: { locale: string; file: string; data: OrganisationText }[];
}

const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

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

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Reads the organisations of one content folder into `out`, reporting every problem with its file, line and field. */
export function loadOrganisationsIn(base: string, root: string, knownLocales: string[], out: LoadedOrganisation[], problems: Problem[], today: Date = buildDate()): void {
	const dir = path.join(base, organisationsFolder);
	if (!fs.existsSync(dir)) return;
	for (const dirent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		// Symbolic links and hidden entries are reported by the content-tree walk.
		if (dirent.isSymbolicLink() || dirent.name.startsWith('.')) continue;
		const folder = path.join(dir, dirent.name);
		if (!dirent.isDirectory()) {
			problems.push({ file: rel(root, folder), field: '(file)', message: `organisations are folders: move it to ${organisationsFolder}/<slug>/${organisationFactsFile}` });
			continue;
		}
		const loaded = loadOrganisation(dirent.name, folder, root, knownLocales, problems, today);
		if (!loaded) continue;
		const earlier = out.find((o) => o.slug === loaded.slug);
		if (earlier) {
			problems.push({ file: loaded.factsFile, field: '(slug)', message: `"${loaded.slug}" is also defined in ${earlier.factsFile}: both would produce the same page (rename one folder)` });
			continue;
		}
		const twin = out.find((o) => sameOrganisation(o.facts, loaded.facts));
		if (twin) problems.push({ file: loaded.factsFile, line: 1, field: 'name', message: `"${loaded.facts.name}" in ${loaded.facts.place} is already listed as ${twin.factsFile} (keep one entry per organisation)` });
		out.push(loaded);
	}
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

function loadOrganisation(slug: string, folder: string, root: string, knownLocales: string[], problems: Problem[], today: Date): LoadedOrganisation | undefined {
	const factsFull = path.join(folder, organisationFactsFile);
	const factsFile = rel(root, factsFull);
	if (!slugPattern.test(slug)) {
		problems.push({ file: rel(root, folder), field: '(slug)', message: `"${slug}" is not a valid slug (lowercase ASCII words joined by hyphens, such as "trakai-youth-centre")` });
		return undefined;
	}
	if (!fs.existsSync(factsFull)) {
		problems.push({ file: factsFile, field: '(file)', message: `missing facts file (every organisation folder needs ${organisationFactsFile}; "npm run import:organisations" writes one)` });
		return undefined;
	}
	const read = readContentFile(factsFile, factsFull);
	problems.push(...read.problems);
	if (read.text === undefined) return undefined;
	const source = parseYaml(factsFile, read.text);
	problems.push(...source.problems);
	if (source.problems.length) return undefined;
	const parsed = organisationFactsSchema.safeParse(source.data);
	if (!parsed.success) {
		problems.push(...zodProblems(parsed.error, factsFile, source.lineOf));
		return undefined;
	}
	const facts = parsed.data;
	const texts: LoadedOrganisation['texts'] = [];
	for (const name of fs.readdirSync(folder).sort()) {
		if (name === organisationFactsFile || name.startsWith('.')) continue;
		const full = path.join(folder, name);
		const file = rel(root, full);
		const locale = path.basename(name, '.yaml');
		if (!name.endsWith('.yaml')) {
			problems.push({ file, field: '(file)', message: 'unexpected file (an organisation\'s texts are named <locale>.yaml, such as lt.yaml)' });
			continue;
		}
		if (!knownLocales.includes(locale)) {
			problems.push({ file, field: '(locale)', message: `"${locale}" is not a known locale (known: ${knownLocales.join(', ')})` });
			continue;
		}
		const text = readContentFile(file, full);
		problems.push(...text.problems);
		if (text.text === undefined) continue;
		const yaml = parseYaml(file, text.text);
		problems.push(...yaml.problems);
		if (yaml.problems.length) continue;
		const data = organisationTextSchema.safeParse(yaml.data);
		if (!data.success) {
			problems.push(...zodProblems(data.error, file, yaml.lineOf));
			continue;
		}
		texts.push({ locale, file, data: data.data });
	}
	problems.push(...organisationFactsProblems(factsFile, facts, texts.length > 0, source.lineOf, today));
	if (texts.length === 0) problems.push({ file: factsFile, field: '(translations)', message: `no valid text next to it (add ${facts.sourceLocale}.yaml with "description: …")` });
	else if (!texts.some((t) => t.locale === facts.sourceLocale))
		problems.push({ file: factsFile, line: source.lineOf(['sourceLocale']), field: 'sourceLocale', message: `"${facts.sourceLocale}" has no ${facts.sourceLocale}.yaml in this folder (found: ${texts.map((t) => t.locale).join(', ')})` });
	return { slug, folder: rel(root, folder), factsFile, facts, texts };
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Rules the schema cannot state: dates not in the future, no capacity twice,
 * and for an organisation listed from a public source, a cited source that
 * states every fact the entry gives.
 */
export function organisationFactsProblems(file: string, facts: OrganisationFacts, hasText: boolean, lineOf: LineOf, today: Date): Problem[] {
	const problems: Problem[] = [];
	const report = (at: (string | number)[], field: string, message: string) => problems.push({ file, line: lineOf(at), field, message });
	const tomorrow = new Date(today.getTime() + 24 * 3600 * 1000);
	if (facts.confirmed > tomorrow) report(['confirmed'], 'confirmed', `${day(facts.confirmed)} is in the future: write the date the organisation confirmed its details`);
	if (facts.consent.date > tomorrow) report(['consent', 'date'], 'consent.date', `${day(facts.consent.date)} is in the future: write the date consent was given`);
	for (const side of ['offers', 'needs'] as const) {
		const seen = new Set<string>();
		facts[side].forEach((value, i) => {
			if (seen.has(value)) report([side, i], `${side}[${i}]`, `"${value}" is listed twice (remove one)`);
			seen.add(value);
		});
	}
	const ids = new Set(facts.sources.flatMap((s) => (s.id ? [s.id] : [])));
	if (facts.consent.source && !ids.has(facts.consent.source))
		report(['consent', 'source'], 'consent.source', `no source with id "${facts.consent.source}" in sources (ids: ${[...ids].join(', ') || 'none'})`);
	if (facts.consent.basis !== 'public-source') return problems;
	if (!facts.consent.source) report(['consent'], 'consent.source', 'an organisation listed from a public source names that source: add source: <id of the source in sources>');
	if (facts.sources.length === 0) {
		report(['consent'], 'sources', 'basis public-source needs the public source that names the organisation (add sources: with title, url, accessed and supports)');
		return problems;
	}
	const stated: [OrganisationFactField, (string | number)[], boolean][] = [
		['name', ['name'], true],
		['sector', ['sector'], true],
		['place', ['place'], true],
		['website', ['website'], facts.website !== undefined],
		['contact', ['email'], facts.email !== undefined || facts.phone !== undefined],
		['description', ['sourceLocale'], hasText],
		['offers', ['offers'], facts.offers.length > 0],
		['needs', ['needs'], facts.needs.length > 0],
		['cases', ['cases'], facts.cases.length > 0],
	];
	for (const [field, at, present] of stated) {
		if (present && !facts.sources.some((s) => s.supports.includes(field)))
			report(at, field, `no source supports "${field}": an organisation listed from a public source states only what a cited source says (add "${field}" to the supports of the source that says it, or remove it)`);
	}
	return problems;
}

/** Organisations that list a capacity on one side. */
export function withCapacity<T extends { facts: Pick<OrganisationFacts, 'offers' | 'needs'> }>(organisations: T[], side: 'offers' | 'needs', capacity: Capacity): T[] {
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
export function matchesFor<T extends { slug: string; facts: Pick<OrganisationFacts, 'offers' | 'needs'> }>(organisation: T, all: T[]): { canGet: Match<T>[]; canGive: Match<T>[] } {
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
export function directoryFacetValues<T extends { slug: string; facts: Pick<OrganisationFacts, 'sector' | 'place' | 'offers' | 'needs'> }>(organisations: T[], facet: DirectoryFacet): { value: string; segment: string; organisations: T[] }[] {
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

/** Route of each directory tool page (routes.ts). */
export const toolRoute = { 'partner-directory': 'directory', 'offers-and-needs': 'offersAndNeeds', 'capacity-matrix': 'capacityMatrix' } as const;
