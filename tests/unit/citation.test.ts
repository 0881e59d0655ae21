import { describe, expect, it } from 'vitest';
import { citationId, formatCitations, splitCitationFile, toCsl, type CitationSource, type CslItem } from '../../src/site/citation-format.ts';
import { cslLocale, formatReference, makeReferenceTemplate, referenceParts, shippedCslLocales } from '../../src/site/citation-style.ts';

const source: CitationSource = {
	type: 'case',
	slug: 'river-cleanup',
	title: 'Upes tīrīšana: 100% kopā & {bez} maksas',
	summary: 'Pašvaldība un biedrība\nkopā tīra upi.',
	language: 'lv',
	url: 'https://atlas.example.org/lv/cases/river-cleanup/',
	siteName: 'Sadarbības atlants',
	publisher: 'Szentendre Város Önkormányzata',
	updated: new Date('2026-03-09T15:00:00Z'),
	genre: 'Gadījuma apraksts',
	license: 'CC BY 4.0',
};
const item = toCsl(source);
const other: CslItem = toCsl({ ...source, type: 'legalForm', slug: 'cooperation-agreement-with-a-long-name', title: 'Other' });

describe('citation identifier', () => {
	it('is the prefix, the type and the slug', () => {
		expect(citationId('legalForm', 'cooperation-agreement')).toBe('cooperation-atlas:legalForm/cooperation-agreement');
	});

	it('reads the format from a file name', () => {
		expect(splitCitationFile('river-cleanup.csl.json')).toEqual({ name: 'river-cleanup', format: 'csl-json' });
		expect(splitCitationFile('river-cleanup.bib')).toEqual({ name: 'river-cleanup', format: 'bibtex' });
		expect(splitCitationFile('river-cleanup.ris')).toEqual({ name: 'river-cleanup', format: 'ris' });
		expect(splitCitationFile('river-cleanup.json')).toBeUndefined();
		expect(splitCitationFile('.bib')).toBeUndefined();
	});
});

describe('CSL-JSON', () => {
	it('describes the entry as an encyclopedia entry with its date, language and corporate author, on one line per field', () => {
		const [parsed] = JSON.parse(formatCitations([item], 'csl-json'));
		expect(parsed).toEqual({
			id: 'cooperation-atlas:case/river-cleanup',
			'citation-key': 'cooperation-atlas:case/river-cleanup',
			type: 'entry-encyclopedia',
			title: source.title,
			'container-title': 'Sadarbības atlants',
			author: [{ literal: 'Szentendre Város Önkormányzata' }],
			publisher: 'Szentendre Város Önkormányzata',
			issued: { 'date-parts': [[2026, 3, 9]] },
			URL: source.url,
			language: 'lv',
			abstract: 'Pašvaldība un biedrība kopā tīra upi.',
			genre: 'Gadījuma apraksts',
			license: 'CC BY 4.0',
		});
	});
});

describe('BibTeX (citation-js)', () => {
	it('keys each entry by its identifier, keeps the corporate author whole and escapes LaTeX specials', () => {
		const text = formatCitations([item, other], 'bibtex');
		expect(text.match(/^@\w+\{cooperation-atlas:(case|legalForm)\/[a-z-]+,$/gm)).toEqual([
			'@misc{cooperation-atlas:case/river-cleanup,',
			'@misc{cooperation-atlas:legalForm/cooperation-agreement-with-a-long-name,',
		]);
		expect(text).toContain('author = {{Szentendre Város Önkormányzata}}');
		expect(text).toMatch(/title = \{Upes t.+: 100\\% kop.+ \\& \\textbraceleft\{\}bez\\textbraceright\{\} maksas\}/);
		expect(text).toContain('url = {https://atlas.example.org/lv/cases/river-cleanup/}');
		expect(text).toContain('year = {2026}');
		// Braces must balance, or the whole file fails to load in a reference manager.
		const unescaped = text.replace(/\\[{}]/g, '');
		expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
	});
});

describe('RIS (citation-js)', () => {
	it('writes one record per entry with the whole identifier, CRLF lines and an end tag', () => {
		const text = formatCitations([item, other], 'ris');
		const lines = text.split('\r\n');
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(text.match(/^TY {2}- /gm)).toHaveLength(2);
		expect(text.match(/^ER {2}- /gm)).toHaveLength(2);
		expect(lines).toContain('ID  - cooperation-atlas:case/river-cleanup');
		expect(lines).toContain('ID  - cooperation-atlas:legalForm/cooperation-agreement-with-a-long-name');
		expect(lines).toContain('AU  - Szentendre Város Önkormányzata');
		expect(lines).toContain('T2  - Sadarbības atlants');
		expect(lines).toContain('PY  - 2026');
		expect(lines).toContain('UR  - https://atlas.example.org/lv/cases/river-cleanup/');
		expect(lines).toContain('LA  - lv');
		// The summary's line break would otherwise start a bogus tag.
		expect(lines).toContain('AB  - Pašvaldība un biedrība kopā tīra upi.');
		for (const line of lines.filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
	});
});

describe('readable citation (CSL processor, APA, CSL locale data)', () => {
	it('maps page languages to the shipped CSL locales', () => {
		expect(['en', 'hu', 'lv', 'lt', 'sv'].map(cslLocale)).toEqual(['en-GB', 'hu-HU', 'lv-LV', 'lt-LT', 'en-US']);
	});

	it("formats the citation with the terms of the reader's language", () => {
		expect(formatReference(item, 'en')).toBe(
			'Szentendre Város Önkormányzata. (2026). Upes tīrīšana: 100% kopā & {bez} maksas [Gadījuma apraksts]. In Sadarbības atlants. Szentendre Város Önkormányzata. https://atlas.example.org/lv/cases/river-cleanup/',
		);
		expect(formatReference(item, 'lv')).toContain('. No Sadarbības atlants.');
		expect(formatReference(item, 'lv')).not.toContain(' In Sadarbības');
	});
});

describe('readable citation parts', () => {
	it('gives the same text as the CSL processor formatting the entry itself, in every shipped language', async () => {
		const { Cite } = await import('@citation-js/core');
		for (const locale of ['en', 'hu', 'lv', 'lt']) {
			const direct = new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: cslLocale(locale) }).trim();
			expect(formatReference(item, locale), locale).toBe(direct);
		}
	});

	it('ships the shapes the CSL processor makes for every shipped CSL locale and its default (npx vitest run -u rewrites them)', async () => {
		const made = Object.fromEntries(shippedCslLocales.map((lang) => [lang, makeReferenceTemplate(lang)]));
		await expect(`${JSON.stringify(made, null, '\t')}\n`).toMatchFileSnapshot('../../src/site/citation-templates.json');
	});

	it('marks the title so a page can set its language', () => {
		expect(referenceParts(item, 'hu').filter((p) => typeof p !== 'string')).toContainEqual({ field: 'title', text: source.title });
	});
});
