import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryTypes, typeSegment } from '../../src/model/entry-types.ts';
import type { Codebook } from '../../src/site/open-data-fields.ts';
import { csvRows } from '../helpers/csv.ts';
import { taxonomies } from '../../src/model/taxonomy.ts';
import { htmlFiles, readPage, sites } from '../helpers/build.ts';

const out = sites.fixture.outDir;
const locales = ['hu', 'lv', 'lt', 'en'];
const site = 'https://fixture.example.org/';
const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
/** Entry pages of a type in a locale, as slugs: the pages the export must match. */
const pagesOf = (locale: string, segment: string) =>
	fs
		.readdirSync(path.join(out, locale, segment), { withFileTypes: true })
		.filter((d) => d.isDirectory() && fs.existsSync(path.join(out, locale, segment, d.name, 'index.html')))
		.map((d) => d.name)
		.sort();

interface Export {
	locale: string;
	codebookVersion: number;
	license: { name: string; url: string };
	entries: Record<string, unknown>[];
}

describe('open data export', () => {
	const codebook = JSON.parse(read('data/codebook.json')) as Codebook;

	for (const locale of locales) {
		it(`data/${locale}/entries.json and the CSV files list exactly the entry pages of ${locale}`, () => {
			const data = JSON.parse(read(`data/${locale}/entries.json`)) as Export;
			expect(data.locale).toBe(locale);
			expect(data.license.name).toBe('CC BY 4.0');
			for (const type of entryTypes) {
				const segment = typeSegment[type];
				const pages = pagesOf(locale, segment);
				expect(pages.length, `${locale}/${segment}`).toBeGreaterThan(0);
				const json = data.entries.filter((e) => e.type === type);
				expect(json.map((e) => e.slug).sort(), `${locale} ${type} in JSON`).toEqual(pages);
				for (const entry of json) expect(entry.url).toBe(`${site}${locale}/${segment}/${entry.slug}/`);

				const [header, ...rows] = csvRows(read(`data/${locale}/${segment}.csv`));
				const fields = codebook.types.find((t) => t.id === type)!.fields.map((f) => f.id);
				expect(header, `${segment}.csv header`).toEqual(fields);
				expect(rows.map((r) => r[header!.indexOf('slug')]).sort(), `${locale} ${type} in CSV`).toEqual(pages);
				// The CSV says the same as the JSON, lists joined with "; ".
				for (const row of rows) {
					const entry = json.find((e) => e.id === row[0])!;
					header!.forEach((field, i) => {
						const value = entry[field];
						expect(row[i], `${entry.id}.${field}`).toBe(Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value));
					});
				}
			}
		});
	}

	it('marks fallback text in the export with its language', () => {
		const hu = JSON.parse(read('data/hu/entries.json')) as Export;
		expect(hu.entries.find((e) => e.id === 'case/river-cleanup')).toMatchObject({ language: 'lv', translated: false, title: expect.any(String) });
		const lv = JSON.parse(read('data/lv/entries.json')) as Export;
		expect(lv.entries.find((e) => e.id === 'case/river-cleanup')).toMatchObject({ language: 'lv', translated: true });
	});

	it('documents every exported field and every taxonomy value with its label in each locale', () => {
		const en = JSON.parse(read('data/en/entries.json')) as Export;
		for (const entry of en.entries) {
			const documented = codebook.types.find((t) => t.id === entry.type)!.fields.map((f) => f.id);
			expect(Object.keys(entry), String(entry.id)).toEqual(documented);
		}
		for (const [name, values] of Object.entries(taxonomies)) {
			expect(codebook.taxonomies[name]!.map((v) => v.id)).toEqual([...values]);
			for (const value of codebook.taxonomies[name]!) expect(Object.keys(value.labels)).toEqual(locales);
		}
		expect(codebook.taxonomies.scale!.find((v) => v.id === 'town')!.labels.lv).toBe('Mazpilsēta');
	});

	it('publishes an Atom feed of case studies per locale, with absolute links to existing pages', () => {
		for (const locale of locales) {
			const xml = read(`${locale}/feed.xml`);
			expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
			const links = [...xml.matchAll(/<entry[^>]*>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]!);
			expect(links.map((l) => l.split('/').at(-2)).sort()).toEqual(pagesOf(locale, 'cases'));
			for (const link of links) expect(fs.existsSync(path.join(out, link.slice(site.length), 'index.html')), link).toBe(true);
		}
		// Feed readers find it from any page of the locale.
		for (const locale of locales)
			expect(readPage(out, `${locale}/methods`)).toMatch(
				new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${locale}/feed\\.xml">`),
			);
		expect(read('hu/feed.xml')).toMatch(/<entry xml:lang="lv">\s*<id>https:\/\/fixture\.example\.org\/hu\/cases\/river-cleanup\/<\/id>/);
		// A scenario says so in its title; a documented case does not.
		expect(read('en/feed.xml')).toMatch(/<id>https:\/\/fixture\.example\.org\/en\/cases\/river-cleanup\/<\/id>[\s\S]*?<title>Scenario: /);
		expect(read('en/feed.xml')).not.toMatch(/<title>Scenario: Community garden/);
	});

	it('writes a sitemap with hreflang alternates that leaves out fallback and 404 pages', () => {
		const xml = read('sitemap.xml');
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs).toContain(`${site}lv/cases/river-cleanup/`);
		expect(locs).not.toContain(`${site}hu/cases/river-cleanup/`);
		expect(locs.some((l) => l.includes('/404'))).toBe(false);
		for (const loc of locs) expect(fs.existsSync(path.join(out, loc.slice(site.length), 'index.html')), loc).toBe(true);
		// Every page that is not a fallback, a 404 or marked noindex is listed.
		const expected = htmlFiles(out).filter((f) => {
			const html = readPage(out, f);
			return !f.includes('404') && !html.includes('name="atlas:fallback"') && !/<meta name="robots" content="[^"]*noindex/.test(html);
		});
		expect(locs.length).toBe(expected.length);
		expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap.xml\n`);
		const entry = xml.slice(xml.indexOf(`<loc>${site}lv/cases/river-cleanup/</loc>`)).split('</url>')[0];
		expect([...entry!.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual(['lv', 'en', 'x-default']);
	});

	it('links the open data page from every footer and lists the downloads of its locale', () => {
		const html = readPage(out, 'lt/open-data');
		for (const href of ['/data/lt/entries.json', '/data/lt/cases.csv', '/data/codebook.json', '/lt/feed.xml', '/sitemap.xml', '/lt/translation-status/'])
			expect(html).toContain(`href="${href}"`);
		expect(html).toContain('id="taxonomy-sector"');
		for (const locale of locales) expect(readPage(out, `${locale}/cases`)).toContain(`href="/${locale}/open-data/"`);
	});
});

describe('accessibility statement', () => {
	it('exists in every locale, follows the EU model statement and is linked from the footer', () => {
		for (const locale of locales) {
			const html = readPage(out, `${locale}/accessibility`);
			expect(html).toContain(`<html lang="${locale}"`);
			expect(html.match(/<h2 id="(compliance|non-accessible|preparation|feedback|enforcement)"/g)).toHaveLength(5);
			expect(html).toContain('data-compliance="partial"');
			expect(html).toContain('href="mailto:fixture@example.org"');
			expect(readPage(out, `${locale}/methods`)).toContain(`href="/${locale}/accessibility/"`);
		}
		const lv = readPage(out, 'lv/accessibility');
		expect(lv).toContain('Šī tīmekļvietne daļēji atbilst standartam EN 301 549');
		expect(lv).toContain('2026. gada 1. novembris');
		expect(readPage(out, 'hu/accessibility')).toContain('Fixture team');
	});
});
