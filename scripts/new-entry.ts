/**
 * npm run new -- <type> <slug> [--lang <locale>] [--dir <content folder>]
 *
 * Creates an entry folder with a facts file (every field, allowed values in
 * comments) and a locale file with the type's sections, ready to fill in.
 * Refuses an invalid slug or one that exists in any content folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { glossaryFolder, glossaryTermsFile } from '../src/content/content-tree.ts';
import { entryTypes, slugPattern, typeSegment } from '../src/model/entry-types.ts';
import { parseYaml } from '../src/content/problems.ts';
import { ContentError, formatProblem } from '../src/shared/problem.ts';
import type { TargetKind } from '../src/model/references.ts';
import { parseNewEntryArgs, scaffoldFiles, slugProblem, usage } from './lib/scaffold.ts';
import { loadSite } from '../src/content/load-site.ts';

const root = process.cwd();

function fail(message: string): never {
	console.error(`npm run new: ${message}\n\n${usage}`);
	process.exit(1);
}

const args = parseNewEntryArgs(process.argv.slice(2));
if ('error' in args) fail(args.error);

let site: ReturnType<typeof loadSite>;
try {
	site = loadSite(root);
} catch (error) {
	if (error instanceof ContentError) fail(`the site configuration has problems:\n${error.problems.map(formatProblem).join('\n')}`);
	throw error;
}
const { config, strings } = site;

const locale = args.locale ?? config.defaultLocale;
const localeStrings = strings[locale];
if (!localeStrings) fail(`"${locale}" is not an enabled locale (enabled: ${config.locales.join(', ')})`);

// By default the new entry goes into the last content folder: a municipality's own folder comes after the shared library.
const dir = args.dir ?? config.contentDirs.at(-1)!;
if (!config.contentDirs.includes(dir)) fail(`--dir "${dir}" is not one of contentDirs in ${site.configFile} (${config.contentDirs.join(', ')})`);

const segment = typeSegment[args.type];
const existing = config.contentDirs.map((d) => path.join(d, segment, args.slug)).filter((folder) => fs.existsSync(path.resolve(root, folder)));
const problem = slugProblem(args.slug, existing);
if (problem) fail(problem);

/** Slugs already present per type, and glossary term ids, to list as choices in the comments. */
function available(): Partial<Record<TargetKind, string[]>> {
	const out: Partial<Record<TargetKind, string[]>> = {};
	for (const type of entryTypes) {
		const slugs = config.contentDirs.flatMap((d) => {
			const folder = path.resolve(root, d, typeSegment[type]);
			return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => slugPattern.test(name)) : [];
		});
		out[type] = [...new Set(slugs)].sort();
	}
	out.term = config.contentDirs.flatMap((d) => {
		const file = path.join(d, glossaryFolder, glossaryTermsFile);
		if (!fs.existsSync(path.resolve(root, file))) return [];
		const data = parseYaml(file, fs.readFileSync(path.resolve(root, file), 'utf8')).data;
		return Array.isArray(data) ? data.flatMap((t: { id?: unknown }) => (typeof t?.id === 'string' ? [t.id] : [])) : [];
	});
	return out;
}

const folder = path.join(dir, segment, args.slug);
const files = scaffoldFiles({
	type: args.type,
	slug: args.slug,
	locale,
	today: new Date().toISOString().slice(0, 10),
	available: available(),
	strings: localeStrings,
});
fs.mkdirSync(path.resolve(root, folder), { recursive: true });
for (const file of files) {
	// "wx" refuses to overwrite a file that appeared in the meantime.
	fs.writeFileSync(path.resolve(root, folder, file.name), file.text, { flag: 'wx' });
	console.log(`created ${path.join(folder, file.name)}`);
}
console.log(`\nNext: replace every FILL-IN in these files, then run "npm run validate".`);
