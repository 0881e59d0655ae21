import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { atomFeed, sitemapPage, sitemapXml, xmlEscape } from '../../src/site/feeds.ts';
import { buildCodebook, fieldsOf, toCsv, toRow } from '../../src/site/open-data-fields.ts';
import { csvRows } from '../helpers/csv.ts';
import { entryTypes } from '../../src/model/entry-types.ts';
import { taxonomies } from '../../src/model/taxonomy.ts';
import { factsSchemas } from '../../src/model/content-schema.ts';

describe('CSV', () => {
	it('round-trips commas, quotes, line breaks, lists and empty cells', () => {
		const rows = [
			{ id: 'a', text: 'plain', list: ['x', 'y'], flag: true, n: 3, none: null },
			{ id: 'b', text: 'with, comma and "quotes"\nand a new line', list: [], flag: false, n: 0, none: null },
		];
		const csv = toCsv(['id', 'text', 'list', 'flag', 'n', 'none'], rows);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csvRows(csv)).toEqual([
			['id', 'text', 'list', 'flag', 'n', 'none'],
			['a', 'plain', 'x; y', 'true', '3', ''],
			['b', 'with, comma and "quotes"\nand a new line', '', 'false', '0', ''],
		]);
	});
});

describe('export fields', () => {
	const facts = factsSchemas.case.parse({
		country: 'LV',
		scale: 'town',
		years: { start: 2023, end: 'ongoing' },
		themes: ['youth'],
		partners: [{ sector: 'municipality' }, { sector: 'ngo', name: 'Club' }],
		methods: ['round-table'],
		evidence: 'documented',
		reviews: [{ date: '2026-11-01', kind: 'language', locale: 'lv', by: 'native-editor' }],
		sourceLocale: 'lv',
		sources: [{ title: 'Report', url: 'https://example.org/r' }],
	});

	it('turns a case into a row with stable field ids', () => {
		const row = toRow({ type: 'case', slug: 'river', facts, language: 'lv', translated: false, title: 'Upe', summary: 'S', url: 'https://x/en/cases/river/' });
		expect(row).toMatchObject({
			id: 'case/river',
			reviews: ['2026-11-01 language native-editor lv'],
			yearEnd: 'ongoing',
			partnerSectors: ['municipality', 'ngo'],
			partnerNames: ['Club'],
			sourceUrls: ['https://example.org/r'],
			translated: false,
			methods: ['round-table'],
			cooperationForms: [],
		});
		expect(Object.keys(row)).toEqual(fieldsOf('case').map((f) => f.id));
	});

	it('documents every field and every taxonomy value in the codebook', () => {
		const book = buildCodebook((taxonomy, value, locale) => `${locale}:${taxonomy}.${value}`, ['en', 'lv']);
		expect(book.types.map((t) => t.id)).toEqual([...entryTypes]);
		for (const type of book.types) {
			const ids = type.fields.map((f) => f.id);
			expect(new Set(ids).size, type.id).toBe(ids.length);
			for (const field of type.fields) expect(field.description.length, `${type.id}.${field.id}`).toBeGreaterThan(10);
		}
		for (const [name, values] of Object.entries(taxonomies)) {
			expect(book.taxonomies[name]!.map((v) => v.id)).toEqual([...values]);
			expect(book.taxonomies[name]![0]!.labels).toEqual({ en: `en:${name}.${values[0]}`, lv: `lv:${name}.${values[0]}` });
		}
	});
});

describe('Atom feed', () => {
	it('escapes text, puts the newest entry first and marks entries in another language', () => {
		const xml = atomFeed({
			title: 'Atlas & friends',
			self: 'https://x/en/feed.xml',
			alternate: 'https://x/en/cases/',
			lang: 'en',
			author: 'Team <a>',
			entries: [
				{ url: 'https://x/en/cases/old/', title: 'Old', summary: 'S', updated: '2025-01-01' },
				{ url: 'https://x/en/cases/new/', title: '"New"', summary: 'S', updated: '2026-02-03', lang: 'lv' },
			],
		});
		expect(xml).toContain('<title>Atlas &amp; friends</title>');
		expect(xml).toContain('<name>Team &lt;a&gt;</name>');
		expect(xml).toContain('<updated>2026-02-03T00:00:00Z</updated>');
		expect(xml.indexOf('cases/new/')).toBeLessThan(xml.indexOf('cases/old/'));
		expect(xml).toContain('<entry xml:lang="lv">');
		expect(xmlEscape(`'`)).toBe('&apos;');
	});
});

describe('sitemap', () => {
	const head = (extra: string) => `<html><head><link rel="canonical" href="https://x/lv/a/">${extra}</head><body><a href="/y/"></a></body></html>`;

	it('keeps canonical pages with their hreflang alternates', () => {
		const page = sitemapPage(
			head('<link rel="alternate" hreflang="lv" href="https://x/lv/a/"><link rel="alternate" hreflang="en" href="https://x/en/a/?q=1&amp;b=2">'),
		);
		expect(page).toEqual({ loc: 'https://x/lv/a/', alternates: { lv: 'https://x/lv/a/', en: 'https://x/en/a/?q=1&b=2' } });
		const xml = sitemapXml([page!, page!]);
		expect(xml.match(/<url>/g)).toHaveLength(1);
		expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x/en/a/?q=1&amp;b=2"/>');
	});

	it('leaves out fallback pages, noindex pages and pages without a canonical link', () => {
		expect(sitemapPage(head('<meta name="atlas:fallback" content="lv">'))).toBeUndefined();
		expect(sitemapPage(head('<meta name="robots" content="noindex">'))).toBeUndefined();
		expect(sitemapPage('<html><head></head></html>')).toBeUndefined();
	});

	it('keeps none of the pages it read alive', () => {
		// V8 keeps a substring's whole parent string alive; the sitemap's URLs once held every page of a 14,450-page build.
		setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as () => void;
		gc();
		const before = getHeapStatistics().used_heap_size;
		const body = `<p>${'text '.repeat(20_000)}</p>`;
		const pages = Array.from({ length: 2_000 }, (_, i) =>
			sitemapPage(
				head(`<link rel="alternate" hreflang="lv" href="https://x/lv/page-${i}/"><link rel="alternate" hreflang="en" href="https://x/en/page-${i}/">`)
					.replace('https://x/lv/a/', `https://x/lv/page-${i}/`)
					.replace('<body>', `<body>${body}${i}`),
			),
		);
		gc();
		const grown = getHeapStatistics().used_heap_size - before;
		expect(pages.filter(Boolean)).toHaveLength(2_000);
		// 2,000 pages of 100 KB are 200 MB; their URLs alone are well under 5 MB.
		expect(grown).toBeLessThan(20 * 1024 * 1024);
	});
});

describe('organisations in open data', () => {
	it('exports every codebook field, dates as YYYY-MM-DD, and keeps spreadsheet formulas inert', async () => {
		const { organisationFields, organisationRow, toCsv } = await import('../../src/site/open-data-fields.ts');
		const facts = {
			name: '=HYPERLINK("https://evil.example")',
			sector: 'ngo' as const,
			country: 'LT',
			place: 'Trakai',
			offers: ['premises' as const],
			needs: [],
			cases: [],
			consent: { date: new Date('2026-10-01'), basis: 'survey-form' as const },
			confirmed: new Date('2026-10-02'),
			sourceLocale: 'lt',
			sources: [],
		};
		const row = organisationRow({
			slug: 'x',
			facts,
			language: 'lt',
			translated: true,
			text: { description: 'Aprašymas' },
			url: 'https://a.example/lt/organisations/x/',
			stale: false,
		});
		expect(Object.keys(row)).toEqual(organisationFields.map((f) => f.id));
		expect(row).toMatchObject({ id: 'organisation/x', consentDate: '2026-10-01', confirmed: '2026-10-02', offers: ['premises'], email: null });
		expect(toCsv(Object.keys(row), [row])).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
	});
});
