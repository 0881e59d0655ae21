import fs from 'node:fs';
import path from 'node:path';
import { loadContent, sectionHeadingsFrom, type LoadedEntry } from '../../src/content/content-tree.ts';
import { entryTypes, isArticleType, typeFromSegment, typeSegment, type EntryType } from '../../src/model/entry-types.ts';
import { formText } from '../../src/site/issue-form-text.ts';
import { choiceId, formLocales, readAnswers, taxonomyValues, partnerSlots, type FormAnswers, type FormLocale } from '../../src/site/issue-forms.ts';
import { formatProblem } from '../../src/shared/problem.ts';
import type { TargetKind } from '../../src/model/references.ts';
import { scaffoldFiles, type CaseFactValues, type SourceValue, type TextValues } from './scaffold.ts';
import { loadSite } from '../../src/content/load-site.ts';
import { isCountryCode, type FactField } from '../../src/model/taxonomy.ts';
import type { UiStrings } from '../../src/shared/ui-strings.ts';

/**
 * `npm run issue:entry`: turns the answers of an issue form into entry files.
 * The issue body is data: it is parsed as text, every answer is checked
 * against the form's choices, written through the scaffolder (which quotes
 * it) and checked by the same validator as `npm run validate`. Nothing in it
 * is ever run.
 */

export interface ExistingEntry {
	type: EntryType;
	slug: string;
	/** Folder relative to the project root. */
	folder: string;
	locales: string[];
}

export interface ConvertContext {
	today: string;
	/** UI strings by locale (section headings, taxonomy labels). */
	strings: Record<string, UiStrings>;
	entries: ExistingEntry[];
	/** Content folder a new entry is written to, relative to the project root. */
	outDir: string;
}

export interface PlannedFile {
	/** Relative to the project root. */
	path: string;
	text: string;
}

export interface Conversion {
	answers?: FormAnswers;
	/** The form's language: messages are written in it. */
	locale: FormLocale;
	files: PlannedFile[];
	/** What the contributor has to fix, in plain language. */
	problems: string[];
	/** The folder of the entry concerned. */
	folder?: string;
}

/** Title → slug: ASCII words joined by hyphens, at most about 60 characters. */
export function slugify(title: string): string {
	const words = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ł/g, 'l')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		if (slug && slug.length + word.length + 1 > 60) break;
		slug = slug ? `${slug}-${word}` : word.slice(0, 60);
	}
	return slug || 'case';
}

/**
 * Answer text as Markdown that MDX reads as text: braces and "<" would start
 * an expression or a tag, so they are escaped; a heading of level 1 or 2
 * would break the entry's sections, so it becomes level 3 (unless kept).
 */
export function markdownText(text: string, keepSectionHeadings = false): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => (!keepSectionHeadings && /^#{1,2}\s/.test(line) ? line.replace(/^#{1,2}/, '###') : line))
		.join('\n')
		.replace(/[{}<]/g, (c) => `\\${c}`)
		.trim();
}

const ids = (answer: string) => [...answer.matchAll(/\(([a-z0-9-]+)\)/g)].map((m) => m[1]!);

/** An entry named by its citation identifier or the address of one of its pages. */
export function findEntry(value: string, entries: ExistingEntry[]): ExistingEntry | undefined {
	const text = value.trim();
	const byId = /^cooperation-atlas:([A-Za-z]+)\/([a-z0-9-]+)$/.exec(text);
	if (byId) return entries.find((e) => e.type === byId[1] && e.slug === byId[2]);
	const byPath = /\/([a-z-]+)\/([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(text);
	if (byPath) {
		const type = typeFromSegment(byPath[1]!);
		return type && entries.find((e) => e.type === type && e.slug === byPath[2]);
	}
	return undefined;
}

function convertCase(answers: FormAnswers, context: ConvertContext, problems: string[]): Conversion {
	const t = formText[answers.locale].problems;
	const get = (id: string) => answers.values.get(id)?.trim() ?? '';
	const label = (id: string) => answers.labels.get(id) ?? id;
	// Title, summary, place and result are one-line fields.
	const line = (id: string) => get(id).replace(/\s+/g, ' ');
	const required = (id: string) => {
		const value = get(id);
		if (!value) problems.push(t.missing(label(id)));
		return value;
	};
	const choice = <T extends string>(id: string, allowed: readonly T[], isRequired = true): T | undefined => {
		const value = isRequired ? required(id) : get(id);
		if (!value) return undefined;
		const found = choiceId(value);
		if (!found || !allowed.includes(found as T)) {
			problems.push(t.notAllowed(label(id), value));
			return undefined;
		}
		return found as T;
	};
	const choices = <T extends string>(id: string, allowed: readonly T[], isRequired: boolean): T[] => {
		const value = isRequired ? required(id) : get(id);
		if (!value) return [];
		const found = ids(value);
		const bad = found.filter((v) => !allowed.includes(v as T));
		if (!found.length || bad.length) problems.push(t.notAllowed(label(id), value));
		return found.filter((v): v is T => allowed.includes(v as T));
	};

	const title = required('title');
	const locale = choice('language', formLocales) ?? answers.locale;
	// Checked for being answered; the text itself comes from the section answers.
	required('summary');
	const countryAnswer = required('country');
	const country = countryAnswer.toUpperCase();
	if (countryAnswer && !isCountryCode(country)) problems.push(t.country(label('country'), countryAnswer));
	required('place');
	const scale = choice('scale', taxonomyValues.scale);
	const evidence = choice('evidence', taxonomyValues.evidence);
	const themes = choices('themes', taxonomyValues.theme, true);

	const year = (id: string, allowOngoing: boolean): number | 'ongoing' | undefined => {
		const value = get(id);
		if (!value) return undefined;
		if (allowOngoing && value.toLowerCase() === 'ongoing') return 'ongoing';
		const n = /^\d{4}$/.test(value) ? Number(value) : NaN;
		if (!(n >= 1900 && n <= 2100)) {
			problems.push(t.year(label(id), value));
			return undefined;
		}
		return n;
	};
	const start = year('year-start', false) as number | undefined;
	const end = year('year-end', true);
	if (typeof start === 'number' && typeof end === 'number' && end < start) problems.push(t.yearOrder);

	const partners: CaseFactValues['partners'] = [];
	for (let n = 1; n <= partnerSlots; n++) {
		const sector = choice(`partner-${n}-sector`, taxonomyValues.sector, n <= 2 || Boolean(get(`partner-${n}-name`)));
		const name = get(`partner-${n}-name`);
		if (sector) partners.push({ sector, ...(name ? { name } : {}) });
	}
	const funding = choices('funding', taxonomyValues.funding, false);
	const result = get('result');

	// Methods and legal forms: atlas page addresses or citation identifiers, one per line.
	const methods: string[] = [];
	const cooperationForms: string[] = [];
	for (const line of get('links')
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)) {
		const entry = findEntry(line, context.entries);
		if (entry?.type === 'method') methods.push(entry.slug);
		else if (entry?.type === 'legalForm') cooperationForms.push(entry.slug);
		else problems.push(t.entry(line));
	}

	const sources: SourceValue[] = [];
	const sourceLines = required('sources')
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	sourceLines.forEach((line, i) => {
		const raw = /https?:\/\/[^\s<>"]+/.exec(line)?.[0];
		const url = raw?.replace(/[.,;)]+$/, '');
		const rest = raw ? line.replace(raw, ' ') : line;
		const sourceTitle = rest.replace(/^[\s\-–—:|,*]+|[\s\-–—:|,]+$/g, '').replace(/\s{2,}/g, ' ');
		if (!url || !sourceTitle) problems.push(t.sourceLine(i + 1, line));
		else sources.push({ title: sourceTitle, url, accessed: context.today });
	});

	const documented = evidence === 'documented';
	// A documented case's sources state the facts it gives; the reviewer narrows each source's list in the pull request.
	const stated: FactField[] = [
		'place',
		'partners',
		...(start !== undefined ? (['years'] as const) : []),
		...(funding.length ? (['funding'] as const) : []),
		...(cooperationForms.length ? (['cooperationForms'] as const) : []),
		...(result ? (['result'] as const) : []),
	];
	for (const source of sources) if (documented) source.supports = stated;

	const slugs = context.entries.filter((e) => e.type === 'case').map((e) => e.slug);
	let slug = slugify(title);
	for (let n = 2; slugs.includes(slug); n++) slug = `${slugify(title)}-${n}`;
	const folder = path.posix.join(context.outDir, typeSegment.case, slug);
	const conversion: Conversion = { answers, locale: answers.locale, files: [], problems, folder };
	if (problems.length || !scale || !evidence) return conversion;

	const sections = Object.fromEntries(
		[...answers.values]
			.filter(([id, value]) => id.startsWith('section-') && value.trim())
			.map(([id, value]) => [id.slice('section-'.length), markdownText(value)]),
	);
	const text: TextValues = { title: line('title'), summary: line('summary'), place: line('place'), ...(result ? { result: line('result') } : {}), sections };
	const facts: CaseFactValues = {
		country,
		scale,
		...(documented && start !== undefined ? { years: { start, ...(end !== undefined ? { end } : {}) } } : {}),
		themes,
		partners,
		methods,
		cooperationForms,
		funding,
		evidence,
	};
	const strings = context.strings[locale] ?? context.strings.en!;
	const files = scaffoldFiles({
		type: 'case',
		slug,
		locale,
		today: context.today,
		available: availableOf(context.entries),
		strings,
		values: { facts, sources, text },
	});
	conversion.files = files.map((f) => ({ path: path.posix.join(folder, f.name), text: f.text }));
	return conversion;
}

function availableOf(entries: ExistingEntry[]): Partial<Record<TargetKind, string[]>> {
	return Object.fromEntries(
		entryTypes.map((type) => [
			type,
			entries
				.filter((e) => e.type === type)
				.map((e) => e.slug)
				.sort(),
		]),
	);
}

function convertTranslation(answers: FormAnswers, context: ConvertContext, problems: string[]): Conversion {
	const t = formText[answers.locale].problems;
	const get = (id: string) => answers.values.get(id)?.trim() ?? '';
	const label = (id: string) => answers.labels.get(id) ?? id;
	for (const id of ['entry', 'language', 'title', 'summary', 'text']) if (!get(id)) problems.push(t.missing(label(id)));
	const entry = get('entry') ? findEntry(get('entry'), context.entries) : undefined;
	if (get('entry') && !entry) problems.push(t.entry(get('entry')));
	const language = get('language') ? choiceId(get('language')) : undefined;
	if (get('language') && !(formLocales as readonly string[]).includes(language ?? '')) problems.push(t.notAllowed(label('language'), get('language')));
	const conversion: Conversion = { answers, locale: answers.locale, files: [], problems, folder: entry?.folder };
	if (!entry || !language) return conversion;
	if (!isArticleType(entry.type)) problems.push(t.checklist);
	if (entry.locales.includes(language)) problems.push(t.language(language));
	if (problems.length) return conversion;
	const line = (id: string) => get(id).replace(/\s+/g, ' ');
	const text: TextValues = {
		title: line('title'),
		summary: line('summary'),
		...(entry.type === 'case' && get('place') ? { place: line('place') } : {}),
		...(entry.type === 'case' && get('result') ? { result: line('result') } : {}),
		body: markdownText(get('text'), true),
	};
	const strings = context.strings[language] ?? context.strings.en!;
	const [, file] = scaffoldFiles({ type: entry.type, slug: entry.slug, locale: language, today: context.today, available: {}, strings, values: { text } });
	conversion.files = [{ path: path.posix.join(entry.folder, file!.name), text: file!.text }];
	return conversion;
}

/** What an issue body becomes: the files to write, or the problems to fix first. */
export function convertIssue(body: string, context: ConvertContext): Conversion {
	const answers = readAnswers(body, (locale) => context.strings[locale] ?? context.strings.en!);
	if (!answers) return { locale: 'en', files: [], problems: [formText.en.problems.unknownForm] };
	const problems: string[] = [];
	if (answers.kind === 'case') return convertCase(answers, context, problems);
	if (answers.kind === 'translation') return convertTranslation(answers, context, problems);
	const entry = findEntry(answers.values.get('entry') ?? '', context.entries) ?? findEntry(answers.values.get('page') ?? '', context.entries);
	if (!entry) problems.push(formText[answers.locale].problems.entry(answers.values.get('entry') || answers.values.get('page') || ''));
	return { answers, locale: answers.locale, files: [], problems, folder: entry?.folder };
}

export interface RunResult {
	conversion: Conversion;
	/** Validator problems in the written files, as `file:line: field: message`. */
	checks: string[];
	/** The report for the issue comment, in the form's language. */
	report: string;
	written: string[];
}

/** Reads the site and its content, converts the body, writes the files and checks them. */
export function runIssueToEntry(body: string, options: { root: string; configFile?: string; outDir?: string; today?: string }): RunResult {
	const { root } = options;
	const site = loadSite(root, options.configFile);
	const outDir = options.outDir ?? site.config.contentDirs.at(-1)!;
	const contentDirs = site.config.contentDirs.includes(outDir) ? site.config.contentDirs : [...site.config.contentDirs, outDir];
	const contentOptions = { root, contentDirs, knownLocales: site.knownLocales, sectionHeadings: sectionHeadingsFrom(site.strings) };
	const before = loadContent(contentOptions);
	const entries = before.entries.map((e: LoadedEntry) => ({ type: e.type, slug: e.slug, folder: e.folder, locales: e.texts.map((x) => x.locale) }));
	const strings: Record<string, UiStrings> = { ...site.strings };
	for (const locale of formLocales) {
		const file = path.join(root, 'src/i18n', `${locale}.json`);
		if (!strings[locale] && fs.existsSync(file)) strings[locale] = JSON.parse(fs.readFileSync(file, 'utf8')) as UiStrings;
	}
	const conversion = convertIssue(body, { today: options.today ?? new Date().toISOString().slice(0, 10), strings, entries, outDir });
	const t = formText[conversion.locale].problems;
	const written: string[] = [];
	const checks: string[] = [];
	for (const file of conversion.files) {
		const full = path.resolve(root, file.path);
		if (fs.existsSync(full)) conversion.problems.push(t.exists(file.path));
	}
	if (!conversion.problems.length) {
		for (const file of conversion.files) {
			const full = path.resolve(root, file.path);
			fs.mkdirSync(path.dirname(full), { recursive: true });
			fs.writeFileSync(full, file.text, { flag: 'wx' });
			written.push(file.path);
		}
		if (written.length) {
			const after = loadContent(contentOptions);
			const folder = `${conversion.folder}/`;
			checks.push(...after.problems.filter((p) => p.file.startsWith(folder)).map(formatProblem));
		}
	}
	const lines: string[] = [];
	if (conversion.problems.length) lines.push(...conversion.problems.map((p) => `- ${p}`));
	if (written.length) lines.push(t.written(written.map((f) => `\`${f}\``).join(', ')));
	if (checks.length) lines.push('', t.validator, '', ...checks.map((c) => `- \`${c}\``));
	if (conversion.answers?.kind === 'correction' && !conversion.problems.length) lines.push(t.correction(`\`${conversion.folder}/\``));
	return { conversion, checks, report: lines.join('\n'), written };
}
