import { describe, expect, it } from 'vitest';
import { bibtex, bibtexEscape, citationId, cslJson, formatCitations, referenceValues, ris, splitCitationFile, toCsl, type CitationSource } from '../../src/lib/citation.ts';

const source: CitationSource = {
	type: 'case',
	slug: 'river-cleanup',
	title: 'Upes tīrīšana: 100% kopā & {bez} maksas_',
	summary: 'Pašvaldība un biedrība\nkopā tīra upi.',
	language: 'lv',
	url: 'https://atlas.example.org/lv/cases/river-cleanup/',
	siteName: 'Sadarbības atlants',
	publisher: 'Szentendre Város Önkormányzata',
	updated: new Date('2026-03-09T15:00:00Z'),
	genre: 'Gadījuma izpēte',
	license: 'CC BY 4.0',
};

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
	it('describes the entry as an encyclopedia entry with its date, language and corporate author', () => {
		const [item] = JSON.parse(cslJson([toCsl(source)]));
		expect(item).toEqual({
			id: 'cooperation-atlas:case/river-cleanup',
			type: 'entry-encyclopedia',
			title: source.title,
			'container-title': 'Sadarbības atlants',
			author: [{ literal: 'Szentendre Város Önkormányzata' }],
			publisher: 'Szentendre Város Önkormányzata',
			issued: { 'date-parts': [[2026, 3, 9]] },
			URL: source.url,
			language: 'lv',
			abstract: source.summary,
			genre: 'Gadījuma izpēte',
			license: 'CC BY 4.0',
		});
	});
});

describe('BibTeX', () => {
	it('escapes LaTeX specials and keeps Unicode letters', () => {
		expect(bibtexEscape('100% & {x} #1 $5 a_b ~ ^ \\')).toBe('100\\% \\& \\{x\\} \\#1 \\$5 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
		expect(bibtexEscape('Önkormányzat\nšī')).toBe('Önkormányzat šī');
	});

	it('writes a @misc entry keyed by the identifier, the publisher as one corporate author', () => {
		const text = bibtex([toCsl(source)]);
		expect(text.startsWith('@misc{cooperation-atlas:case/river-cleanup,\n')).toBe(true);
		expect(text).toContain('\ttitle = {Upes tīrīšana: 100\\% kopā \\& \\{bez\\} maksas\\_}');
		expect(text).toContain('\tauthor = {{Szentendre Város Önkormányzata}}');
		expect(text).toContain('\tyear = {2026}');
		expect(text).toContain('\tdate = {2026-03-09}');
		expect(text).toContain('\turl = {https://atlas.example.org/lv/cases/river-cleanup/}');
		expect(text).toContain('\tabstract = {Pašvaldība un biedrība kopā tīra upi.}');
		// Braces must balance, or the whole file fails to load in a reference manager.
		const unescaped = text.replace(/\\[{}]/g, '');
		expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
		expect(text.trimEnd().endsWith('}')).toBe(true);
	});

	it('separates entries of a library', () => {
		const text = bibtex([toCsl(source), toCsl({ ...source, slug: 'other' })]);
		expect(text.match(/^@misc\{/gm)).toHaveLength(2);
	});
});

describe('RIS', () => {
	it('writes one ELEC record with CRLF lines and an end tag', () => {
		const text = ris([toCsl(source)]);
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('TY  - ELEC');
		expect(lines).toContain('ID  - cooperation-atlas:case/river-cleanup');
		expect(lines).toContain('AU  - Szentendre Város Önkormányzata');
		expect(lines).toContain('T2  - Sadarbības atlants');
		expect(lines).toContain('PY  - 2026');
		expect(lines).toContain('DA  - 2026/03/09');
		expect(lines).toContain('UR  - https://atlas.example.org/lv/cases/river-cleanup/');
		expect(lines).toContain('LA  - lv');
		// A line break in a value would start a bogus tag.
		expect(lines).toContain('AB  - Pašvaldība un biedrība kopā tīra upi.');
		expect(lines.at(-2)).toBe('ER  - ');
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of lines.filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
	});

	it('puts every record of a library between TY and ER', () => {
		const text = formatCitations([toCsl(source), toCsl({ ...source, slug: 'other' })], 'ris');
		expect(text.match(/^TY {2}- /gm)).toHaveLength(2);
		expect(text.match(/^ER {2}- /gm)).toHaveLength(2);
	});
});

describe('readable citation values', () => {
	it('gives the date of the version cited in the reader\'s format', () => {
		const values = referenceValues(toCsl(source), (d) => d.toISOString().slice(0, 10));
		expect(values).toEqual({ author: 'Szentendre Város Önkormányzata', title: source.title, site: 'Sadarbības atlants', date: '2026-03-09', year: '2026', url: source.url });
	});
});
