import { entryTypes, isArticleType, requiredSections, slugPattern, typeSegment, type ArticleType, type EntryType } from '../../src/model/entry-types.ts';
import { referenceFields, type TargetKind } from '../../src/model/references.ts';
import { evidenceLevels, factFields, fundingSources, reviewerRoles, reviewKinds, scales, sectors, siteTools, themes } from '../../src/model/taxonomy.ts';
import { placeholder } from '../../src/content/placeholder.ts';
import type { UiStrings } from '../../src/shared/ui-strings.ts';

/**
 * `npm run new`: the text of a new entry's files. Everything here is pure; the
 * script in scripts/new-entry.ts reads the disk and writes the files.
 */

/**
 * Marks what an editor still has to write. Validation reports every file that
 * still contains it, so a half-filled entry can never be published.
 */
/** "legalForm" → "legal-form": the name editors type on the command line. */
export function typeArgument(type: EntryType): string {
	return type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Accepts "legal-form", "legalForm" or the URL segment "legal-forms". */
export function parseType(name: string): EntryType | undefined {
	return entryTypes.find((type) => name === type || name === typeArgument(type) || name === typeSegment[type]);
}

export interface NewEntryArgs {
	type: EntryType;
	slug: string;
	locale?: string;
	dir?: string;
}

export const usage = `Usage: npm run new -- <type> <slug> [--lang <locale>] [--dir <content folder>]
  type: ${entryTypes.map(typeArgument).join(', ')}
  slug: lowercase words joined by hyphens, such as "youth-council-partnership"`;

/** Reads the command line; returns an error message instead of throwing. */
export function parseNewEntryArgs(argv: string[]): NewEntryArgs | { error: string } {
	const positional: string[] = [];
	const options: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const match = /^--(lang|dir)(?:=(.*))?$/.exec(arg);
		if (match) {
			const value = match[2] ?? argv[++i];
			if (!value) return { error: `--${match[1]} needs a value` };
			options[match[1]!] = value;
		} else if (arg.startsWith('--')) return { error: `unknown option "${arg}"` };
		else positional.push(arg);
	}
	if (positional.length !== 2) return { error: 'give exactly a type and a slug' };
	const [typeName, slug] = positional as [string, string];
	const type = parseType(typeName);
	if (!type) return { error: `"${typeName}" is not an entry type (allowed: ${entryTypes.map(typeArgument).join(', ')})` };
	return { type, slug, locale: options.lang, dir: options.dir };
}

/** Why a slug cannot be used, or undefined when it can. `existing` are the folders that already hold it. */
export function slugProblem(slug: string, existing: string[]): string | undefined {
	if (!slugPattern.test(slug))
		return `"${slug}" is not a valid slug: use lowercase ASCII letters and digits in words joined by single hyphens, such as "youth-council-partnership"`;
	if (existing.length) return `"${slug}" already exists: ${existing.join(', ')} (slugs never change or repeat; choose another one)`;
	return undefined;
}

/**
 * Values already known when the files are written for someone, such as the
 * answers of an issue form (scripts/lib/issue-to-entry.ts). What is given is
 * written (quoted, so text never becomes YAML or MDX syntax); what is not
 * stays a placeholder for an editor, exactly as with `npm run new`.
 */
export interface CaseFactValues {
	country: string;
	scale: string;
	years?: { start: number; end?: number | 'ongoing' };
	themes: string[];
	partners: { sector: string; name?: string }[];
	methods: string[];
	cooperationForms: string[];
	funding: string[];
	evidence: string;
}
export interface SourceValue {
	title: string;
	url?: string;
	accessed?: string;
	supports?: string[];
}
export interface TextValues {
	title: string;
	summary: string;
	place?: string;
	result?: string;
	/** Markdown of each required section, by section key; a missing one stays a placeholder. */
	sections?: Record<string, string>;
	/** The whole Markdown body (a translation), instead of sections. */
	body?: string;
}
export interface ScaffoldValues {
	facts?: CaseFactValues;
	sources?: SourceValue[];
	text?: TextValues;
}

/** A YAML scalar for any text: JSON's double-quoted strings are valid YAML and carry every character as text. */
const quote = (text: string) => JSON.stringify(text);
const quotedList = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;

export interface ScaffoldInput {
	type: EntryType;
	slug: string;
	/** The language the editor writes in; becomes sourceLocale. */
	locale: string;
	/** YYYY-MM-DD */
	today: string;
	/** Slugs (and glossary term ids) that exist, to list in the comments. */
	available: Partial<Record<TargetKind, string[]>>;
	strings: UiStrings;
	values?: ScaffoldValues;
}

export interface ScaffoldFile {
	/** Path inside the entry folder. */
	name: string;
	text: string;
}

const list = (values: readonly string[]) => values.join(', ');
const targetLabel: Record<TargetKind, string> = {
	case: 'case slugs',
	method: 'method slugs',
	legalForm: 'legal-form slugs',
	pitfall: 'pitfall slugs',
	checklist: 'checklist slugs',
	term: 'glossary term ids',
};

/** Pads values so the comments line up, which keeps the file easy to scan. */
function lines(rows: [string, string?][]): string {
	const width = Math.max(...rows.map(([code, comment]) => (comment === undefined ? 0 : code.length))) + 2;
	return `${rows.map(([code, comment]) => (comment === undefined ? code : `${code.padEnd(width)}# ${comment}`)).join('\n')}\n`;
}

function referenceRows(type: EntryType, available: ScaffoldInput['available'], required?: string): [string, string?][] {
	return Object.entries(referenceFields[type] as Record<string, TargetKind>).map(([field, target]) => {
		const known = available[target] ?? [];
		const choices = known.length ? list(known) : 'none yet';
		return field === required
			? [
					`${field}: [${placeholder}]`,
					`${targetLabel[target]}, or [] when cooperationForms names one (a case names at least one method or legal form): ${choices}`,
				]
			: [`${field}: []`, `${targetLabel[target]}: ${choices}`];
	});
}

function sourceRows(input: ScaffoldInput): [string, string?][] {
	const given = input.values?.sources;
	if (!given?.length)
		return [
			[`  - title: ${placeholder}`, 'title of the document, in its own language'],
			['    # id: council-decision', 'short name, used as a footnote label [^council-decision] in the text'],
			['    # publisher: Name of the publisher', undefined],
			['    # url: https://example.org/page', 'http(s) only; required for a documented case'],
			['    # date: 2024-03-01', 'publication date, when known'],
			[`    # accessed: ${input.today}`, 'when you last opened it; required for a documented case'],
			[`    # supports: [${list(factFields)}]`, 'facts of a documented case this source states'],
		];
	return given.flatMap((source, i): [string, string?][] => [
		[`  - title: ${quote(source.title)}`, i === 0 ? 'title of the document, in its own language' : undefined],
		['    # publisher: Name of the publisher', undefined],
		...(source.url ? [[`    url: ${quote(source.url)}`] as [string]] : []),
		...(source.accessed ? [[`    accessed: ${source.accessed}`] as [string]] : []),
		...(source.supports ? [[`    supports: [${source.supports.join(', ')}]`, 'check: the facts this source states'] as [string, string]] : []),
	]);
}

function commonRows(input: ScaffoldInput): [string, string?][] {
	return [
		[`sourceLocale: ${input.locale}`, 'language the text was first written in'],
		['sources:', 'at least one document the facts come from; no personal data'],
		...sourceRows(input),
		['reviews: []', 'add a review only when one took place, such as:'],
		[`#   - { date: ${input.today}, kind: language, locale: ${input.locale}, by: native-editor }`, `kind: ${list(reviewKinds)}; by: ${list(reviewerRoles)}`],
	];
}

/** The facts file: every field of the type, with its allowed values in a comment. */
export function factsTemplate(input: ScaffoldInput): string {
	const { type, slug, available } = input;
	const header: [string, string?][] = [
		[`# Facts of "${slug}": written once and shared by every language.`, undefined],
		['# Replace every placeholder value, then run: npm run validate   (see docs/content-model.md)', undefined],
	];
	const rows: [string, string?][] = [];
	const given = input.values?.facts;
	if (type === 'case' && given) {
		rows.push(
			[`country: ${quote(given.country)}`, 'ISO 3166-1 alpha-2 code in capitals'],
			[`scale: ${given.scale}`, `one of: ${list(scales)}`],
			...(given.years
				? [
						['years:', 'only what a source states'] as [string, string],
						[`  start: ${given.years.start}`] as [string],
						...(given.years.end !== undefined ? [[`  end: ${given.years.end}`] as [string]] : []),
					]
				: []),
			[`themes: [${given.themes.join(', ')}]`, `one or more of: ${list(themes)}`],
			['partners:', 'at least two'],
			...given.partners.flatMap((p): [string, string?][] => [
				[`  - sector: ${p.sector}`, undefined],
				...(p.name ? [[`    name: ${quote(p.name)}`] as [string]] : []),
			]),
			[`cooperationForms: ${quotedList(given.cooperationForms)}`, `${targetLabel.legalForm}: ${list(available.legalForm ?? []) || 'none yet'}`],
			[
				`methods: ${quotedList(given.methods)}`,
				`${targetLabel.method} (a case names at least one method or legal form): ${list(available.method ?? []) || 'none yet'}`,
			],
			['pitfalls: []', `${targetLabel.pitfall}: ${list(available.pitfall ?? []) || 'none yet'}`],
			[`funding: [${given.funding.join(', ')}]`, `any of: ${list(fundingSources)}`],
			[`evidence: ${given.evidence}`, `one of: ${list(evidenceLevels)}`],
			['featured: false', 'true shows a documented case on the home page'],
		);
	} else if (type === 'case') {
		rows.push(
			[`country: ${placeholder}`, 'ISO 3166-1 alpha-2 code in capitals, such as HU, LV, LT, SE, PT'],
			[`scale: ${placeholder}`, `one of: ${list(scales)}`],
			['years:', 'a documented case: only what a source states (remove years if none does); a scenario: remove years'],
			[`  start: ${placeholder}`, 'year the cooperation started, such as 2022'],
			[`  end: ${placeholder}`, 'year it ended, or: ongoing; remove the line when unknown'],
			[`themes: [${placeholder}]`, `one or more of: ${list(themes)}`],
			['partners:', 'at least two'],
			[`  - sector: ${placeholder}`, `one of: ${list(sectors)}`],
			['    # name: Named only when a citable source names it', undefined],
			[`  - sector: ${placeholder}`, undefined],
			...referenceRows(type, available, 'methods'),
			['funding: []', `any of: ${list(fundingSources)}`],
			[`evidence: ${placeholder}`, `one of: ${list(evidenceLevels)} (documented: every fact from a cited source; scenario: an invented example)`],
			['featured: false', 'true shows a documented case on the home page'],
		);
	} else if (type === 'legalForm') {
		rows.push(
			['references: []', 'legal instruments you can name with confidence, per country; leave a country out when unsure'],
			['  # - country: LV', 'ISO 3166-1 alpha-2 code'],
			['  #   name: "Name of the law or regulation"', undefined],
			['  #   article: "40. pants"', 'optional: the article(s) that matter'],
			['  #   url: https://likumi.lv/ta/id/…', 'optional: the official portal (likumi.lv, njt.hu, e-tar.lt)'],
			...referenceRows(type, available),
		);
	} else if (type === 'checklist') {
		rows.push(
			['phases:', 'in order; ids never change after publishing (saved progress is keyed by them)'],
			['  - id: phase-1', 'rename to a short id such as "preparation"'],
			['    items:', undefined],
			['      - id: item-1', 'rename to a short id such as "map-organisations"'],
			['        methods: []', `${targetLabel.method}: ${list(available.method ?? []) || 'none yet'}`],
			['        legalForms: []', `${targetLabel.legalForm}: ${list(available.legalForm ?? []) || 'none yet'}`],
			['        tools: []', `pages of the local partner directory: ${list(siteTools)}`],
		);
	} else {
		rows.push(...referenceRows(type, available));
		if (type === 'method') rows.push(['tools: []', `pages of the local partner directory this method uses: ${list(siteTools)}`]);
	}
	return lines([...header, ...rows, ...commonRows(input)]);
}

/** Translated level-2 headings of an article type in the given UI strings. */
export function sectionHeadings(type: ArticleType, strings: UiStrings): string[] {
	const sections = (strings.sections as UiStrings | undefined)?.[type];
	if (!sections || typeof sections === 'string') throw new Error(`the UI strings have no "sections.${type}"`);
	return requiredSections[type].map((key) => {
		const heading = sections[key];
		if (typeof heading !== 'string') throw new Error(`the UI strings have no "sections.${type}.${key}"`);
		return heading;
	});
}

/** The locale file: title and summary to write, and the type's sections in order. */
export function textTemplate(input: ScaffoldInput): string {
	const { type, locale } = input;
	const given = input.values?.text;
	if (isArticleType(type) && given) {
		const optional = (name: 'place' | 'result') => (given[name] ? [`${name}: ${quote(given[name]!)}`] : []);
		const headings = sectionHeadings(type, input.strings);
		const body =
			given.body !== undefined
				? `${given.body.trim()}\n`
				: requiredSections[type].map((key, i) => `## ${headings[i]}\n\n${given.sections?.[key]?.trim() || placeholder}\n`).join('\n');
		return ['---', `title: ${quote(given.title)}`, `summary: ${quote(given.summary)}`, ...optional('place'), ...optional('result'), '---', '', body].join('\n');
	}
	if (isArticleType(type)) {
		const body = sectionHeadings(type, input.strings).map((heading) => `## ${heading}\n\n${placeholder}\n`);
		return [
			'---',
			`title: "${placeholder}"   # the title in this language (${locale}); unique within the language`,
			`summary: "${placeholder}"   # one or two plain sentences: what this is and why it matters`,
			...(type === 'case'
				? [
						`place: "${placeholder}"   # the place in this language`,
						`result: "${placeholder}"   # one sourced line on the result; remove the line when the sources state none`,
					]
				: []),
			'---',
			'',
			body.join('\n'),
		].join('\n');
	}
	return lines([
		[`title: "${placeholder}"`, `the title in this language (${locale})`],
		[`summary: "${placeholder}"`, 'one or two sentences'],
		['phases:', 'one per phase id of entry.yaml'],
		['  phase-1:', undefined],
		[`    title: "${placeholder}"`, undefined],
		['    # description: Optional sentence.', undefined],
		['items:', 'one per item id of entry.yaml'],
		['  item-1:', undefined],
		[`    label: "${placeholder}"`, 'what to do, as a short instruction'],
		['    # help: Optional sentence with a concrete hint.', undefined],
	]);
}

/** The files of a new entry folder, named relative to `<content folder>/<segment>/<slug>/`. */
export function scaffoldFiles(input: ScaffoldInput): ScaffoldFile[] {
	const extension = isArticleType(input.type) ? 'mdx' : 'yaml';
	return [
		{ name: 'entry.yaml', text: factsTemplate(input) },
		{ name: `${input.locale}.${extension}`, text: textTemplate(input) },
	];
}
