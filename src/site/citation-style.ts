import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
// CSL locale data (citation-style-language/locales, CC BY-SA 3.0, https://citationstyles.org/): see src/csl-locales/README.md.
import enGB from '../csl-locales/locales-en-GB.xml?raw';
import huHU from '../csl-locales/locales-hu-HU.xml?raw';
import ltLT from '../csl-locales/locales-lt-LT.xml?raw';
import lvLV from '../csl-locales/locales-lv-LV.xml?raw';
import { oneLine, type CslItem } from './citation-format.ts';
import shippedTemplates from './citation-templates.json';

/**
 * The readable citation (APA) in the page's language, formatted by the CSL
 * processor with the CSL locale data the atlas ships. Kept apart from the data
 * formats (citation-format.ts), which the build also writes outside Vite.
 */

/** The CSL locale files the atlas ships, by the page languages they serve. */
const cslLocales: Record<string, [name: string, xml: string]> = {
	en: ['en-GB', enGB],
	hu: ['hu-HU', huHU],
	lt: ['lt-LT', ltLT],
	lv: ['lv-LV', lvLV],
};
/** The CSL locales whose APA templates ship made (citation-templates.json): each shipped one and CSL's default. */
export const shippedCslLocales = [...Object.values(cslLocales).map(([name]) => name), 'en-US'].sort();
let localesAdded = false;

/** The CSL locale for a page language; a language without locale data gets CSL's default (en-US). */
export function cslLocale(locale: string): string {
	addShippedLocales();
	return cslLocales[locale.split('-')[0]!]?.[0] ?? 'en-US';
}

/** Gives citation-js the shipped CSL locale files, once. */
function addShippedLocales(): void {
	if (localesAdded) return;
	const csl = plugins.config.get('@csl');
	for (const [name, xml] of Object.values(cslLocales)) csl.locales.add(name, xml);
	localesAdded = true;
}

/** The variables of the readable citation that differ from entry to entry. */
const referenceFields = ['author', 'year', 'title', 'genre', 'site', 'publisher', 'url'] as const;
type ReferenceField = (typeof referenceFields)[number];
export type ReferencePart = string | { field: ReferenceField; text: string };

/**
 * One item's APA reference as plain text, as citation-js formats it, from a
 * processor made for this call. citation-js keeps every processor it makes
 * for the life of the process (about 50 MB each, one per language), which
 * held a build's memory up until its end; this one is garbage once done.
 */
function apaText(item: CslItem, lang: string): string {
	const csl = plugins.config.get('@csl');
	const engine = new CSL.Engine(
		{ retrieveItem: () => item, retrieveLocale: (name: string) => csl.locales.get(name) ?? csl.locales.get(name.replace('-', '_')) ?? {} },
		csl.styles.get('apa'),
		csl.locales.has(lang) ? lang : undefined,
		true,
	);
	engine.setOutputFormat('text');
	engine.opt.development_extensions.wrap_url_and_doi = false;
	engine.updateItems([item.id]);
	const [{ bibstart, bibend }, entries] = engine.makeBibliography();
	return bibstart + entries.join('') + bibend;
}

/** Stands for the year while the template is made: a year no entry has. */
const templateYear = 1111;
const marker = (field: string) => `\uE000${field}\uE000`;
const templates = new Map<string, ReferencePart[]>(Object.entries(shippedTemplates as Record<string, ReferencePart[]>));

/**
 * The readable citation's shape in one language: the CSL processor formats
 * an item whose values are markers, once per language, and each entry's
 * values are put in place. Formatting every entry page's citation with the
 * processor cost 10–30 ms a page, minutes at 4,000 pages; APA treats these
 * variables the same whatever their text, so the result is the same.
 *
 * The shapes of the shipped CSL locales come made, from
 * citation-templates.json: building the processor for APA takes about 0.7 s
 * a language, on every build. tests/unit/citation.test.ts makes them again
 * and fails if the file differs (`npx vitest run -u tests/unit/citation.test.ts`
 * rewrites it); any other language is made here.
 */
function referenceTemplate(locale: string): ReferencePart[] {
	const lang = cslLocale(locale);
	let template = templates.get(lang);
	if (!template) {
		template = makeReferenceTemplate(lang);
		templates.set(lang, template);
	}
	return template;
}

/** The readable citation's shape for a CSL locale, from the CSL processor. */
export function makeReferenceTemplate(lang: string): ReferencePart[] {
	addShippedLocales();
	const sample: CslItem = {
		id: 'template',
		'citation-key': 'template',
		type: 'entry-encyclopedia',
		title: marker('title'),
		'container-title': marker('site'),
		author: [{ literal: marker('author') }],
		publisher: marker('publisher'),
		issued: { 'date-parts': [[templateYear, 1, 1]] },
		URL: marker('url'),
		language: 'en',
		abstract: '',
		genre: marker('genre'),
	};
	const text = oneLine(apaText(sample, lang).replace(String(templateYear), marker('year')));
	const template: ReferencePart[] = text
		.split('\uE000')
		.map((part, i) => (i % 2 ? { field: part as ReferenceField, text: '' } : part))
		.filter((part) => part !== '');
	const found = template.filter((p) => typeof p !== 'string').map((p) => (p as { field: string }).field);
	for (const field of ['author', 'year', 'title', 'url'] as const)
		if (!found.includes(field)) throw new Error(`The APA citation template for ${lang} lost the ${field}; check the CSL locale file`);
	return template;
}

/** The readable citation (APA, plain text) in the reader's language, in parts so a page can mark the title. */
export function referenceParts(item: CslItem, locale: string): ReferencePart[] {
	const values: Record<ReferenceField, string> = {
		author: item.author.map((a) => a.literal).join(', '),
		year: String(item.issued['date-parts'][0][0]),
		title: item.title,
		genre: item.genre,
		site: item['container-title'],
		publisher: item.publisher,
		url: item.URL,
	};
	return referenceTemplate(locale).map((part) => (typeof part === 'string' ? part : { field: part.field, text: values[part.field] }));
}

export function formatReference(item: CslItem, locale: string): string {
	return referenceParts(item, locale)
		.map((part) => (typeof part === 'string' ? part : part.text))
		.join('');
}
