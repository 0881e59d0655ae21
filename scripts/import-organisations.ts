/**
 * npm run import:organisations -- <file.csv> [--map mapping.yaml] [--update]
 *   [--lang <locale>] [--country <CC>] [--dir <content folder>] [--dry-run]
 *
 * Turns a survey export into entries of the local partner directory
 * (<content folder>/organisations/<slug>/). Rows without consent are never
 * written; entries an editor changed are kept unless --update is given; a
 * second run with the same file changes nothing. See docs/self-hosting.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYamlValue } from 'yaml';
import {
	answerIndex,
	decide,
	formatImportProblem,
	mappingSchema,
	mergeMappings,
	organisationFiles,
	planImport,
	type ImportMapping,
} from './lib/organisation-import.ts';
import { organisationsFolder } from '../src/content/organisations.ts';
import { nameKey } from '../src/model/organisations.ts';
import { ContentError, formatProblem } from '../src/shared/problem.ts';
import { loadSite } from '../src/content/load-site.ts';
import { typeSegment } from '../src/model/entry-types.ts';
import type { UiStrings } from '../src/shared/ui-strings.ts';

const root = process.cwd();
const usage = `Usage: npm run import:organisations -- <file.csv> [--map mapping.yaml] [--update] [--lang lt] [--country LT] [--dir <content folder>] [--dry-run]`;
const defaultMappingFile = 'import/organisations-mapping.yaml';

function fail(message: string): never {
	console.error(`import:organisations: ${message}\n\n${usage}`);
	process.exit(1);
}

const argv = process.argv.slice(2);
const flags = new Map<string, string | true>();
const positional: string[] = [];
for (let i = 0; i < argv.length; i++) {
	const arg = argv[i]!;
	if (arg === '--update' || arg === '--dry-run') flags.set(arg, true);
	else if (['--map', '--lang', '--country', '--dir'].includes(arg)) {
		const value = argv[++i];
		if (!value || value.startsWith('--')) fail(`${arg} needs a value`);
		flags.set(arg, value);
	} else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
	else positional.push(arg);
}
if (positional.length !== 1) fail('give exactly one CSV file');
const csvFile = positional[0]!;
if (!fs.existsSync(csvFile)) fail(`${csvFile} does not exist`);

let site: ReturnType<typeof loadSite>;
try {
	site = loadSite(root);
} catch (error) {
	if (error instanceof ContentError) fail(`the site configuration has problems:\n${error.problems.map(formatProblem).join('\n')}`);
	throw error;
}
const { config } = site;

function readMapping(file: string): ImportMapping {
	const parsed = mappingSchema.safeParse(parseYamlValue(fs.readFileSync(file, 'utf8')) ?? {});
	if (!parsed.success) fail(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
	return parsed.data;
}
let mapping = readMapping(path.resolve(root, defaultMappingFile));
if (typeof flags.get('--map') === 'string') mapping = mergeMappings(mapping, readMapping(flags.get('--map') as string));
if (typeof flags.get('--lang') === 'string') mapping.locale = flags.get('--lang') as string;
if (typeof flags.get('--country') === 'string') mapping.country = (flags.get('--country') as string).toUpperCase();

// A municipality's own folder comes after the shared library: that is where its directory goes.
const dir = typeof flags.get('--dir') === 'string' ? (flags.get('--dir') as string) : config.contentDirs.at(-1)!;
if (!config.contentDirs.includes(dir)) fail(`--dir "${dir}" is not one of contentDirs (${config.contentDirs.join(', ')})`);
const target = path.resolve(root, dir, organisationsFolder);

// Answer labels in every language the project has strings for, not only the enabled ones.
const strings: Record<string, UiStrings> = { ...site.strings };
for (const file of fs.readdirSync(path.resolve(root, 'src/i18n'))) {
	const locale = path.basename(file, '.json');
	strings[locale] ??= JSON.parse(fs.readFileSync(path.resolve(root, 'src/i18n', file), 'utf8')) as UiStrings;
}

const readYaml = (file: string): unknown => (fs.existsSync(file) ? parseYamlValue(fs.readFileSync(file, 'utf8')) : undefined);
const existing = (fs.existsSync(target) ? fs.readdirSync(target) : []).flatMap((slug) => {
	const facts = readYaml(path.join(target, slug, 'entry.yaml')) as { name?: unknown; place?: unknown } | undefined;
	return facts && typeof facts.name === 'string' && typeof facts.place === 'string' ? [{ slug, name: facts.name, place: facts.place }] : [];
});
const caseSlugs = new Set(
	config.contentDirs.flatMap((d) => (fs.existsSync(path.resolve(root, d, typeSegment.case)) ? fs.readdirSync(path.resolve(root, d, typeSegment.case)) : [])),
);

const plan = planImport(fs.readFileSync(csvFile, 'utf8'), {
	mapping,
	answers: answerIndex(strings, mapping),
	knownLocales: config.locales,
	defaultLocale: config.defaultLocale,
	caseSlugs,
	existing,
	today: new Date().toISOString().slice(0, 10),
});

const sourceName = path.basename(csvFile);
for (const problem of plan.problems) console.log(formatImportProblem(sourceName, problem));

const dryRun = flags.has('--dry-run');
const counts = { created: 0, updated: 0, unchanged: 0, kept: 0 };
for (const organisation of plan.organisations) {
	const folder = path.join(target, organisation.slug);
	const shown = path.relative(root, folder);
	const files = organisationFiles(organisation, sourceName);
	const textFile = path.join(folder, `${organisation.locale}.yaml`);
	const onDisk = fs.existsSync(path.join(folder, 'entry.yaml'))
		? { facts: readYaml(path.join(folder, 'entry.yaml')), text: readYaml(textFile) ?? null }
		: undefined;
	const decision = decide(onDisk, files, flags.has('--update'));
	if (decision.action === 'unchanged') {
		counts.unchanged++;
		continue;
	}
	if (decision.action === 'keep') {
		counts.kept++;
		console.log(
			`${sourceName}: row ${organisation.row}: kept ${shown}: ${decision.reason === 'hand-edited' ? 'it was edited by hand since the last import' : 'it was written by hand'}; compare it with the row, or run again with --update to replace it`,
		);
		continue;
	}
	if (!dryRun) {
		fs.mkdirSync(folder, { recursive: true });
		fs.writeFileSync(path.join(folder, 'entry.yaml'), files.entry);
		fs.writeFileSync(textFile, files.text);
	}
	if (decision.action === 'create') counts.created++;
	else counts.updated++;
	console.log(`${dryRun ? 'would ' : ''}${decision.action === 'create' ? 'create' : decision.action === 'update' ? 'update' : 'replace'} ${shown}`);
}

// A withdrawn consent is a "no" in the survey: the entry stays until an editor deletes it, so say so.
for (const row of plan.withoutConsent) {
	const listed = existing.find((e) => nameKey(e.name) === nameKey(row.name) && nameKey(e.place) === nameKey(row.place));
	if (listed)
		console.log(
			`${sourceName}: row ${row.row}: "${row.name}" has no consent in this export but is listed as ${path.join(dir, organisationsFolder, listed.slug)}: if it withdrew its consent, delete that folder`,
		);
}

const errors = plan.problems.filter((p) => p.severity === 'error').length;
console.log(
	`\n${dryRun ? 'Dry run: ' : ''}${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.kept} kept as edited, ${plan.withoutConsent.length} without consent (not written), ${errors} error${errors === 1 ? '' : 's'}.`,
);
if (!dryRun && counts.created + counts.updated > 0)
	console.log('Next: run "npm run validate", read the new entries, and add translations as <locale>.yaml next to them.');
process.exit(errors > 0 ? 1 : 0);
