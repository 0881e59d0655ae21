import fs from 'node:fs';
import path from 'node:path';
import {
	articleTextSchema,
	checklistTextSchema,
	factsSchemas,
	glossaryTermsSchema,
	glossaryTextSchema,
	type ArticleText,
	type ChecklistText,
	type FactsByType,
	type GlossaryTerms,
	type GlossaryText,
	type TextByType,
} from '../model/content-schema.ts';
import { entryTypes, isArticleType, requiredSections, slugPattern, typeSegment, type ArticleType, type EntryType } from '../model/entry-types.ts';
import { parseArticle } from './mdx-safety.ts';
import { parseYaml, zodProblems, type YamlSource } from './problems.ts';
import type { Problem } from '../shared/problem.ts';
import { referencesOf } from '../model/references.ts';
import { avoidedTerms, termbaseProblems } from './termbase.ts';
import { readContentFile } from './content-file.ts';
import { factFields, type FactField } from '../model/taxonomy.ts';
import { placeholder, placeholderLines } from './placeholder.ts';
import { loadPagesIn, pagesFolder, type LoadedPage } from './local-pages.ts';
import { loadOrganisationsIn, organisationsFolder, type LoadedOrganisation } from './organisations.ts';

/**
 * Reads and checks the whole content tree without Astro, so `npm run validate`
 * and the start of every build apply exactly the same rules.
 */
export const factsFileName = 'entry.yaml';
export const glossaryFolder = 'glossary';
export const glossaryTermsFile = 'terms.yaml';

export interface TextFile<T> {
	locale: string;
	file: string;
	data: T;
}

export interface LoadedEntry<T extends EntryType = EntryType> {
	type: T;
	slug: string;
	folder: string;
	factsFile: string;
	facts: FactsByType[T];
	texts: TextFile<TextByType<T>>[];
}

/** Any checked entry: its `type` narrows its facts and texts. */
export type AnyLoadedEntry = { [T in EntryType]: LoadedEntry<T> }[EntryType];

export interface LoadedGlossary {
	termsFile?: string;
	terms: GlossaryTerms;
	texts: TextFile<GlossaryText>[];
}

export interface ContentOptions {
	root: string;
	contentDirs: string[];
	/** Locales a locale file may be written in (enabled ones and any with UI strings). */
	knownLocales: string[];
	/** Translated level-2 headings of a type, or undefined when the locale has no strings. */
	sectionHeadings: (type: ArticleType, locale: string) => string[] | undefined;
}

export interface LoadedContent {
	entries: AnyLoadedEntry[];
	glossary: LoadedGlossary;
	/** A site's own free-standing pages (src/content/local-pages.ts). */
	pages: LoadedPage[];
	/** The local partner directory (src/lib/organisations.ts). */
	organisations: LoadedOrganisation[];
	problems: Problem[];
}

const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/** The entries of a folder, without symbolic links and hidden entries: checkTree reports those. */
function listDir(dir: string): fs.Dirent[] {
	if (!fs.existsSync(dir) || !fs.lstatSync(dir).isDirectory()) return [];
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((d) => !d.isSymbolicLink() && !d.name.startsWith('.'))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Symbolic links could publish or reveal files from outside the repository,
 * and hidden files are easy to overlook in a review: neither is allowed
 * anywhere under a content folder.
 */
function checkTree(root: string, dir: string, problems: Problem[]): void {
	for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, dirent.name);
		const file = rel(root, full);
		if (dirent.isSymbolicLink())
			problems.push({
				file,
				field: '(file)',
				message: 'is a symbolic link: content folders hold only real files and folders (replace the link with what it points to, or remove it)',
			});
		else if (dirent.name.startsWith('.'))
			problems.push({
				file,
				field: '(file)',
				message: `hidden ${dirent.isDirectory() ? 'folder' : 'file'}: content folders hold no hidden entries (remove it)`,
			});
		else if (dirent.isDirectory()) checkTree(root, full, problems);
	}
}

/** The text of a content file, or undefined after reporting why it cannot be used. */
function readText(root: string, full: string, problems: Problem[]): string | undefined {
	const result = readContentFile(rel(root, full), full);
	problems.push(...result.problems);
	return result.text;
}

function readYaml(root: string, full: string, problems: Problem[]): YamlSource | undefined {
	const text = readText(root, full, problems);
	return text === undefined ? undefined : parseYaml(rel(root, full), text);
}

/** Every file under the content folders with its size and modification time: equal fingerprints mean unchanged content. */
export function contentFingerprint(root: string, contentDirs: string[]): string {
	const parts: string[] = [];
	for (const contentDir of contentDirs) {
		const base = path.resolve(root, contentDir);
		if (!fs.existsSync(base)) continue;
		for (const file of (fs.readdirSync(base, { recursive: true }) as string[]).sort()) {
			const stat = fs.statSync(path.join(base, file));
			if (stat.isFile()) parts.push(`${contentDir}/${file}:${stat.size}:${stat.mtimeMs}`);
		}
	}
	return parts.join('\n');
}

export function loadContent(options: ContentOptions): LoadedContent {
	const { root, contentDirs, knownLocales } = options;
	const problems: Problem[] = [];
	const entries: AnyLoadedEntry[] = [];
	const seen = new Map<string, AnyLoadedEntry>();
	const glossary: LoadedGlossary = { terms: [], texts: [] };
	const declared = new Set<string>();
	const knownSegments = new Set([...Object.values(typeSegment), glossaryFolder, pagesFolder, organisationsFolder]);
	const pages: LoadedPage[] = [];
	const organisations: LoadedOrganisation[] = [];

	for (const contentDir of contentDirs) {
		const base = path.resolve(root, contentDir);
		const inside = path.relative(root, base);
		if (inside.startsWith('..') || path.isAbsolute(inside)) {
			problems.push({ file: contentDir, field: 'contentDirs', message: 'a content folder must be inside the project folder' });
			continue;
		}
		if (!fs.existsSync(base)) {
			problems.push({ file: contentDir, field: 'contentDirs', message: 'content folder does not exist' });
			continue;
		}
		if (!fs.lstatSync(base).isDirectory()) {
			problems.push({ file: contentDir, field: 'contentDirs', message: 'is not a folder (a content folder may not be a symbolic link)' });
			continue;
		}
		checkTree(root, base, problems);
		for (const dirent of listDir(base)) {
			if (!knownSegments.has(dirent.name))
				problems.push({
					file: rel(root, path.join(base, dirent.name)),
					field: '(folder)',
					message: `unexpected ${dirent.isDirectory() ? 'folder' : 'file'} (allowed: ${[...knownSegments].join(', ')})`,
				});
		}
		for (const type of entryTypes) {
			for (const dirent of listDir(path.join(base, typeSegment[type]))) {
				const folder = path.join(base, typeSegment[type], dirent.name);
				if (!dirent.isDirectory()) {
					problems.push({ file: rel(root, folder), field: '(file)', message: `entries are folders: move it to ${typeSegment[type]}/<slug>/` });
					continue;
				}
				// A folder with a facts file exists for references even if its facts are invalid: one problem, not a cascade.
				if (slugPattern.test(dirent.name) && fs.existsSync(path.join(folder, factsFileName))) declared.add(`${type}/${dirent.name}`);
				const entry = loadEntry(type, dirent.name, folder, options, problems);
				if (!entry) continue;
				const key = `${type}/${entry.slug}`;
				const earlier = seen.get(key);
				if (earlier) {
					problems.push({
						file: entry.factsFile,
						field: '(slug)',
						message: `"${entry.slug}" is also defined in ${earlier.factsFile}: both would produce the same page (rename one folder)`,
					});
					continue;
				}
				seen.set(key, entry);
				entries.push(entry);
			}
		}
		loadGlossary(path.join(base, glossaryFolder), root, knownLocales, glossary, problems);
		loadPagesIn(base, root, knownLocales, pages, problems);
		loadOrganisationsIn(base, root, knownLocales, organisations, problems);
	}

	problems.push(
		...checkReferences(entries, glossary, declared),
		...checkOrganisationCases(root, organisations, declared),
		...checkDuplicateTitles(entries),
		...checkTermbase(root, entries, glossary, pages),
	);
	// Parsed values are often slices of the file they came from, and a slice keeps its whole file alive:
	// a copy keeps only the values, so a build does not hold every source file in memory until it ends.
	return structuredClone({ entries, glossary, pages, organisations, problems });
}

function loadEntry(type: EntryType, slug: string, folder: string, options: ContentOptions, problems: Problem[]): AnyLoadedEntry | undefined {
	const { root, knownLocales } = options;
	const factsFull = path.join(folder, factsFileName);
	const factsFile = rel(root, factsFull);
	if (!slugPattern.test(slug)) {
		problems.push({
			file: rel(root, folder),
			field: '(slug)',
			message: `"${slug}" is not a valid slug (lowercase ASCII words joined by hyphens, such as "local-round-table")`,
		});
		return undefined;
	}
	if (!fs.existsSync(factsFull)) {
		problems.push({
			file: factsFile,
			field: '(file)',
			message: `missing facts file (every ${typeSegment[type]} folder needs ${factsFileName}; run "npm run new" to scaffold one)`,
		});
		return undefined;
	}
	const factsText = readText(root, factsFull, problems);
	if (factsText === undefined) return undefined;
	const unfilled = placeholderProblems(factsFile, factsText);
	problems.push(...unfilled);
	const source = parseYaml(factsFile, factsText);
	problems.push(...source.problems);
	if (source.problems.length) return undefined;
	const parsed = factsSchemas[type].safeParse(source.data);
	if (!parsed.success) {
		// A placeholder line is reported once, as a placeholder, not again as a schema error.
		const unfilledLines = new Set(unfilled.map((p) => p.line));
		problems.push(...zodProblems(parsed.error, factsFile, source.lineOf).filter((p) => !unfilledLines.has(p.line)));
		// The locale files are not checked without valid facts, but their placeholders are listed so one run shows all there is to fill in.
		for (const dirent of listDir(folder))
			if (dirent.isFile() && dirent.name !== factsFileName) {
				const text = readText(root, path.join(folder, dirent.name), problems);
				if (text !== undefined) problems.push(...placeholderProblems(rel(root, path.join(folder, dirent.name)), text));
			}
		return undefined;
	}
	const facts = parsed.data as FactsByType[EntryType];
	factsLines.set(factsFile, source.lineOf);
	const extension = isArticleType(type) ? '.mdx' : '.yaml';
	const texts: TextFile<ArticleText | ChecklistText>[] = [];
	for (const dirent of listDir(folder)) {
		if (dirent.name === factsFileName) continue;
		const full = path.join(folder, dirent.name);
		const file = rel(root, full);
		const ext = path.extname(dirent.name);
		const locale = path.basename(dirent.name, ext);
		if (ext !== extension) {
			problems.push({ file, field: '(file)', message: `unexpected file (translations of this type are named <locale>${extension}, such as en${extension})` });
			continue;
		}
		if (!knownLocales.includes(locale)) {
			problems.push({
				file,
				field: '(locale)',
				message: `"${locale}" is not a known locale (known: ${knownLocales.join(', ')}; add its UI strings file to enable a new language)`,
			});
			continue;
		}
		const text = readText(root, full, problems);
		if (text === undefined) continue;
		problems.push(...placeholderProblems(file, text));
		const data = isArticleType(type)
			? checkArticle(type, locale, file, text, options, problems)
			: checkChecklistText(facts as FactsByType['checklist'], file, text, problems);
		if (data) texts.push({ locale, file, data });
	}
	if (type === 'case') problems.push(...caseFactsProblems(factsFile, facts as FactsByType['case'], texts as TextFile<ArticleText>[], source.lineOf));
	if (texts.length === 0)
		problems.push({ file: factsFile, field: '(translations)', message: `no valid translation next to it (add at least ${facts.sourceLocale}${extension})` });
	else if (!texts.some((t) => t.locale === facts.sourceLocale) && !problems.some((p) => p.file.startsWith(`${rel(root, folder)}/`) && p.file !== factsFile))
		problems.push({
			file: factsFile,
			line: source.lineOf(['sourceLocale']),
			field: 'sourceLocale',
			message: `"${facts.sourceLocale}" has no ${facts.sourceLocale}${extension} in this folder (allowed: ${texts.map((t) => t.locale).join(', ')})`,
		});
	// Checked against the schema of `type` above, so facts and texts are that kind's.
	return { type, slug, folder: rel(root, folder), factsFile, facts, texts } as AnyLoadedEntry;
}

function checkArticle(type: ArticleType, locale: string, file: string, text: string, options: ContentOptions, problems: Problem[]): ArticleText | undefined {
	const article = parseArticle(file, text);
	problems.push(...article.problems);
	if (article.frontmatter === undefined) {
		if (!article.problems.length)
			problems.push({ file, line: 1, field: '(frontmatter)', message: 'missing frontmatter: start the file with --- title: … summary: … ---' });
		return undefined;
	}
	// Frontmatter starts on line 2, after the opening ---.
	const source = parseYaml(file, article.frontmatter);
	const lineOf = (p: readonly PropertyKey[]) => (source.lineOf(p) ?? 0) + 1;
	problems.push(...source.problems.map((p) => ({ ...p, field: '(frontmatter)', line: (p.line ?? 0) + 1 })));
	if (source.problems.length) return undefined;
	const parsed = articleTextSchema.safeParse(source.data);
	if (!parsed.success) {
		problems.push(...zodProblems(parsed.error, file, lineOf));
		return undefined;
	}
	problems.push(...caseTextProblems(type, file, parsed.data, lineOf));
	const expected = options.sectionHeadings(type, locale);
	if (expected) problems.push(...checkSections(file, article.sections, expected));
	return article.problems.length ? undefined : parsed.data;
}

/** `place` belongs to every case text (in that language); `place` and `result` to case texts only. */
function caseTextProblems(type: ArticleType, file: string, text: ArticleText, lineOf: LineOf): Problem[] {
	if (type === 'case')
		return text.place
			? []
			: [{ file, line: lineOf([]), field: 'place', message: 'required field is missing: the place of the case in this language, such as "Valmieras novads"' }];
	return (['place', 'result'] as const)
		.filter((field) => text[field] !== undefined)
		.map((field) => ({ file, line: lineOf([field]), field, message: `only case studies have a "${field}" (remove it)` }));
}

/**
 * A documented case states only what its sources support: every source has an
 * address, the date it was read and the facts it supports, and every fact the
 * case states is supported by at least one source. A scenario states no years
 * and is never featured as a real example.
 */
export function caseFactsProblems(factsFile: string, facts: FactsByType['case'], texts: TextFile<ArticleText>[], lineOf: LineOf): Problem[] {
	const problems: Problem[] = [];
	const report = (path: (string | number)[], message: string) => problems.push({ file: factsFile, line: lineOf(path), field: fieldName(path), message });
	const ids = new Set<string>();
	facts.sources.forEach((s, i) => {
		if (s.id && ids.has(s.id)) report(['sources', i, 'id'], `"${s.id}" names another source in this file already (ids are unique)`);
		if (s.id) ids.add(s.id);
	});
	if (facts.evidence === 'scenario') {
		if (facts.years) report(['years'], 'a scenario shows no years (remove "years": an invented example must not look like a dated real one)');
		if (facts.featured) report(['featured'], 'only documented cases are featured on the home page (remove "featured")');
		return problems;
	}
	facts.sources.forEach((s, i) => {
		if (!s.url) report(['sources', i, 'url'], 'a documented case cites every source with its address (add url: https://…)');
		if (!s.accessed) report(['sources', i, 'accessed'], 'add the date you last opened the source (accessed: YYYY-MM-DD)');
		if (s.supports.length === 0)
			report(['sources', i, 'supports'], `list the facts this source supports (supports: [${factFields.join(', ')}]), or remove the source`);
	});
	const stated: { field: FactField; path: string[] }[] = [
		{ field: 'place', path: ['country'] },
		...(facts.years ? [{ field: 'years' as const, path: ['years'] }] : []),
		{ field: 'partners', path: ['partners'] },
		...(facts.funding.length ? [{ field: 'funding' as const, path: ['funding'] }] : []),
		...(facts.cooperationForms.length ? [{ field: 'cooperationForms' as const, path: ['cooperationForms'] }] : []),
		...(texts.some((t) => t.data.result) ? [{ field: 'result' as const, path: ['sources'] }] : []),
	];
	for (const { field, path } of stated) {
		if (!facts.sources.some((s) => s.supports.includes(field)))
			report(path, `no source supports "${field}": add "${field}" to the supports list of the source that states it, or remove what no source states`);
	}
	return problems;
}

/** A scaffolded value nobody replaced yet: reported so an unfinished entry cannot be published. */
function placeholderProblems(file: string, text: string): Problem[] {
	return placeholderLines(text).map(({ line, field }) => ({
		file,
		line,
		field,
		message: `placeholder "${placeholder}" left by "npm run new": replace it with the real text or value`,
	}));
}

/** The required sections must all be there, in order; extra level-2 sections may follow them. */
export function checkSections(file: string, found: { text: string; line: number }[], expected: string[]): Problem[] {
	const problems: Problem[] = [];
	let cursor = 0;
	for (const heading of expected) {
		const index = found.findIndex((s, i) => i >= cursor && s.text === heading);
		if (index === -1) {
			const elsewhere = found.find((s) => s.text === heading);
			problems.push({
				file,
				// Where it belongs: before the next section found, or after the last one.
				line: elsewhere?.line ?? found.find((_, i) => i >= cursor)?.line ?? found.at(-1)?.line,
				field: 'body',
				message: elsewhere
					? `section "## ${heading}" is out of order (expected order: ${expected.join(' · ')})`
					: `missing section "## ${heading}" (expected sections: ${expected.join(' · ')})`,
			});
		} else cursor = index + 1;
	}
	return problems;
}

function checkChecklistText(facts: FactsByType['checklist'], file: string, text: string, problems: Problem[]): ChecklistText | undefined {
	const source = parseYaml(file, text);
	problems.push(...source.problems);
	if (source.problems.length) return undefined;
	const parsed = checklistTextSchema.safeParse(source.data);
	if (!parsed.success) {
		problems.push(...zodProblems(parsed.error, file, source.lineOf));
		return undefined;
	}
	const data = parsed.data;
	const before = problems.length;
	const phaseIds = new Set(facts.phases.map((p) => p.id));
	const itemIds = new Set(facts.phases.flatMap((p) => p.items.map((i) => i.id)));
	for (const id of phaseIds)
		if (!Object.hasOwn(data.phases, id))
			problems.push({ file, line: source.lineOf(['phases']), field: `phases.${id}`, message: 'missing title for this phase of entry.yaml' });
	for (const id of itemIds)
		if (!Object.hasOwn(data.items, id))
			problems.push({ file, line: source.lineOf(['items']), field: `items.${id}`, message: 'missing label for this item of entry.yaml' });
	for (const id of Object.keys(data.phases))
		if (!phaseIds.has(id))
			problems.push({
				file,
				line: source.lineOf(['phases', id]),
				field: `phases.${id}`,
				message: `no phase "${id}" in entry.yaml (allowed: ${[...phaseIds].join(', ')})`,
			});
	for (const id of Object.keys(data.items))
		if (!itemIds.has(id)) problems.push({ file, line: source.lineOf(['items', id]), field: `items.${id}`, message: `no item "${id}" in entry.yaml` });
	return problems.length === before ? data : undefined;
}

function loadGlossary(folder: string, root: string, knownLocales: string[], glossary: LoadedGlossary, problems: Problem[]) {
	if (!fs.existsSync(folder)) return;
	const termsFull = path.join(folder, glossaryTermsFile);
	const ids = new Set(glossary.terms.map((t) => t.id));
	const termsSource = fs.existsSync(termsFull) ? readYaml(root, termsFull, problems) : undefined;
	if (termsSource) {
		problems.push(...termsSource.problems);
		const parsed = glossaryTermsSchema.safeParse(termsSource.data);
		if (!termsSource.problems.length && !parsed.success) problems.push(...zodProblems(parsed.error, rel(root, termsFull), termsSource.lineOf));
		if (parsed.success) {
			parsed.data.forEach((term, index) => {
				if (ids.has(term.id))
					problems.push({
						file: rel(root, termsFull),
						line: termsSource.lineOf([index, 'id']),
						field: `[${index}].id`,
						message: `term "${term.id}" is listed twice`,
					});
				ids.add(term.id);
				glossary.terms.push(term);
			});
			glossary.termsFile ??= rel(root, termsFull);
		}
	}
	for (const dirent of listDir(folder)) {
		if (dirent.name === glossaryTermsFile) continue;
		const full = path.join(folder, dirent.name);
		const file = rel(root, full);
		const locale = path.basename(dirent.name, '.yaml');
		if (!dirent.name.endsWith('.yaml') || !knownLocales.includes(locale)) {
			problems.push({
				file,
				field: '(file)',
				message: `unexpected file (glossary translations are named <locale>.yaml for a known locale: ${knownLocales.join(', ')})`,
			});
			continue;
		}
		const source = readYaml(root, full, problems);
		if (!source) continue;
		problems.push(...source.problems);
		const parsed = glossaryTextSchema.safeParse(source.data);
		if (!source.problems.length && !parsed.success) problems.push(...zodProblems(parsed.error, file, source.lineOf));
		if (!parsed.success) continue;
		for (const id of Object.keys(parsed.data)) {
			if (!ids.has(id)) problems.push({ file, line: source.lineOf([id]), field: id, message: `no term "${id}" in ${glossaryTermsFile} (add it there first)` });
			// A second content folder adds terms; it never silently replaces one.
			const earlier = glossary.texts.find((t) => t.locale === locale && Object.hasOwn(t.data, id));
			if (earlier)
				problems.push({
					file,
					line: source.lineOf([id]),
					field: id,
					message: `term "${id}" is already defined for "${locale}" in ${earlier.file} (keep one definition)`,
				});
		}
		glossary.texts.push({ locale, file, data: parsed.data });
	}
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;
const factsLines = new Map<string, LineOf>();

function checkReferences(entries: AnyLoadedEntry[], glossary: LoadedGlossary, index: Set<string>): Problem[] {
	const problems: Problem[] = [];
	const terms = new Set(glossary.terms.map((t) => t.id));
	for (const entry of entries) {
		const lineOf = factsLines.get(entry.factsFile);
		for (const ref of referencesOf(entry.type, entry.facts)) {
			const found = ref.target === 'term' ? terms.has(ref.slug) : index.has(`${ref.target}/${ref.slug}`);
			if (found) continue;
			const expectedFile = ref.target === 'term' ? `${glossaryFolder}/${glossaryTermsFile}` : `${typeSegment[ref.target]}/${ref.slug}/${factsFileName}`;
			problems.push({
				file: entry.factsFile,
				line: lineOf?.(ref.path),
				field: fieldName(ref.path),
				message: `refers to "${ref.slug}", which does not exist (looked for ${expectedFile} in the content folders)`,
			});
		}
		if (entry.type === 'case') {
			const facts = entry.facts;
			if (facts.methods.length + facts.cooperationForms.length === 0)
				problems.push({
					file: entry.factsFile,
					line: lineOf?.([]),
					field: 'methods',
					message: 'a case study names at least one method or legal form (methods or cooperationForms)',
				});
		}
	}
	for (const term of glossary.terms) {
		term.methods.forEach((slug, i) => {
			if (!index.has(`method/${slug}`))
				problems.push({
					file: glossary.termsFile ?? glossaryTermsFile,
					field: `${term.id}.methods[${i}]`,
					message: `refers to method "${slug}", which does not exist`,
				});
		});
	}
	return problems;
}

/** The cases an organisation names exist (the link graph then shows the organisation on each case too). */
function checkOrganisationCases(root: string, organisations: LoadedOrganisation[], index: Set<string>): Problem[] {
	const problems: Problem[] = [];
	for (const organisation of organisations) {
		const missing = organisation.facts.cases.map((slug, i) => ({ slug, i })).filter(({ slug }) => !index.has(`case/${slug}`));
		if (!missing.length) continue;
		const text = readContentFile(organisation.factsFile, path.resolve(root, organisation.factsFile)).text ?? '';
		const lineOf = parseYaml(organisation.factsFile, text).lineOf;
		for (const { slug, i } of missing)
			problems.push({
				file: organisation.factsFile,
				line: lineOf(['cases', i]),
				field: `cases[${i}]`,
				message: `refers to case "${slug}", which does not exist (looked for ${typeSegment.case}/${slug}/${factsFileName} in the content folders)`,
			});
	}
	return problems;
}

function fieldName(pathParts: (string | number)[]): string {
	return pathParts.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

function checkDuplicateTitles(entries: LoadedEntry[]): Problem[] {
	const problems: Problem[] = [];
	const titles = new Map<string, string>();
	for (const entry of entries) {
		for (const text of entry.texts) {
			const key = `${text.locale}\u0000${text.data.title.trim().toLocaleLowerCase(text.locale)}`;
			const other = titles.get(key);
			if (other)
				problems.push({
					file: text.file,
					line: 2,
					field: 'title',
					message: `"${text.data.title}" is already the title of ${other} (titles are unique within a language)`,
				});
			else titles.set(key, text.file);
		}
	}
	return problems;
}

/** Variants the termbase says to avoid, in every text of the locale that lists them. */
function checkTermbase(root: string, entries: LoadedEntry[], glossary: LoadedGlossary, pages: LoadedPage[]): Problem[] {
	const problems: Problem[] = [];
	for (const { locale, file: glossaryFile, data } of glossary.texts) {
		const terms = avoidedTerms(data);
		if (!terms.length) continue;
		const files = [...entries.flatMap((e) => e.texts), ...pages.flatMap((p) => p.texts)].filter((t) => t.locale === locale).map((t) => t.file);
		// These files were read and checked already; a file that cannot be read was reported then.
		for (const file of files) {
			const text = readContentFile(file, path.resolve(root, file)).text;
			if (text !== undefined) problems.push(...termbaseProblems(file, text, terms, glossaryFile));
		}
	}
	return problems;
}

/** The section headings a locale's UI strings define for each article type. */
export function sectionHeadingsFrom(strings: Record<string, unknown>) {
	return (type: ArticleType, locale: string): string[] | undefined => {
		const sections = (strings[locale] as { sections?: Record<string, Record<string, string>> } | undefined)?.sections?.[type];
		if (!sections) return undefined;
		return requiredSections[type].map((key) => sections[key] ?? key);
	};
}
