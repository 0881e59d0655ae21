import fs from 'node:fs';
import path from 'node:path';
import { organisationFactsSchema, organisationTextSchema, type OrganisationFacts, type OrganisationText } from '../model/organisation-schema.ts';
import { slugPattern } from '../model/entry-types.ts';
import { parseYaml, zodProblems } from './problems.ts';
import type { Problem } from '../shared/problem.ts';
import { readContentFile } from './content-file.ts';
import type { OrganisationFactField } from '../model/taxonomy.ts';
import { buildDate, sameOrganisation } from '../model/organisations.ts';

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

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Reads the organisations of one content folder into `out`, reporting every problem with its file, line and field. */
export function loadOrganisationsIn(
	base: string,
	root: string,
	knownLocales: string[],
	out: LoadedOrganisation[],
	problems: Problem[],
	today: Date = buildDate(),
): void {
	const dir = path.join(base, organisationsFolder);
	if (!fs.existsSync(dir)) return;
	for (const dirent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		// Symbolic links and hidden entries are reported by the content-tree walk.
		if (dirent.isSymbolicLink() || dirent.name.startsWith('.')) continue;
		const folder = path.join(dir, dirent.name);
		if (!dirent.isDirectory()) {
			problems.push({
				file: rel(root, folder),
				field: '(file)',
				message: `organisations are folders: move it to ${organisationsFolder}/<slug>/${organisationFactsFile}`,
			});
			continue;
		}
		const loaded = loadOrganisation(dirent.name, folder, root, knownLocales, problems, today);
		if (!loaded) continue;
		const earlier = out.find((o) => o.slug === loaded.slug);
		if (earlier) {
			problems.push({
				file: loaded.factsFile,
				field: '(slug)',
				message: `"${loaded.slug}" is also defined in ${earlier.factsFile}: both would produce the same page (rename one folder)`,
			});
			continue;
		}
		const twin = out.find((o) => sameOrganisation(o.facts, loaded.facts));
		if (twin)
			problems.push({
				file: loaded.factsFile,
				line: 1,
				field: 'name',
				message: `"${loaded.facts.name}" in ${loaded.facts.place} is already listed as ${twin.factsFile} (keep one entry per organisation)`,
			});
		out.push(loaded);
	}
}

function loadOrganisation(
	slug: string,
	folder: string,
	root: string,
	knownLocales: string[],
	problems: Problem[],
	today: Date,
): LoadedOrganisation | undefined {
	const factsFull = path.join(folder, organisationFactsFile);
	const factsFile = rel(root, factsFull);
	if (!slugPattern.test(slug)) {
		problems.push({
			file: rel(root, folder),
			field: '(slug)',
			message: `"${slug}" is not a valid slug (lowercase ASCII words joined by hyphens, such as "trakai-youth-centre")`,
		});
		return undefined;
	}
	if (!fs.existsSync(factsFull)) {
		problems.push({
			file: factsFile,
			field: '(file)',
			message: `missing facts file (every organisation folder needs ${organisationFactsFile}; "npm run import:organisations" writes one)`,
		});
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
			problems.push({ file, field: '(file)', message: "unexpected file (an organisation's texts are named <locale>.yaml, such as lt.yaml)" });
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
	if (texts.length === 0)
		problems.push({ file: factsFile, field: '(translations)', message: `no valid text next to it (add ${facts.sourceLocale}.yaml with "description: …")` });
	else if (!texts.some((t) => t.locale === facts.sourceLocale))
		problems.push({
			file: factsFile,
			line: source.lineOf(['sourceLocale']),
			field: 'sourceLocale',
			message: `"${facts.sourceLocale}" has no ${facts.sourceLocale}.yaml in this folder (found: ${texts.map((t) => t.locale).join(', ')})`,
		});
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
	if (facts.confirmed > tomorrow)
		report(['confirmed'], 'confirmed', `${day(facts.confirmed)} is in the future: write the date the organisation confirmed its details`);
	if (facts.consent.date > tomorrow)
		report(['consent', 'date'], 'consent.date', `${day(facts.consent.date)} is in the future: write the date consent was given`);
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
	if (!facts.consent.source)
		report(['consent'], 'consent.source', 'an organisation listed from a public source names that source: add source: <id of the source in sources>');
	if (facts.sources.length === 0) {
		report(
			['consent'],
			'sources',
			'basis public-source needs the public source that names the organisation (add sources: with title, url, accessed and supports)',
		);
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
			report(
				at,
				field,
				`no source supports "${field}": an organisation listed from a public source states only what a cited source says (add "${field}" to the supports of the source that says it, or remove it)`,
			);
	}
	return problems;
}
