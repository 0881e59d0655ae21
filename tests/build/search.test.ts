import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLogFile, projectRoot, readPage, sites, sitesIndexedDuring, tmpRoot } from '../helpers/build.ts';
import { writeSearchIndexAfterBuild } from '../../src/integration/search-index.ts';
import { loadSite } from '../../src/content/load-site.ts';

/**
 * The Pagefind index and the discovery pages of the fixture site
 * (tests/fixtures/site): two cases (river-cleanup in lv and en only,
 * community-garden in all four languages), one method, legal form, pitfall and
 * checklist in all four, and the glossary.
 */
const out = sites.fixture.outDir;
const page = (p: string) => readPage(out, p);
const bundle = path.join(out, 'pagefind');
const entryJson = () =>
	JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { page_count: number }> };

describe('search index', () => {
	it.each(sitesIndexedDuring)('of the %s site is fed each page while the build renders it, not read back from disk', (_name, site) => {
		const log = fs.readFileSync(buildLogFile(site.outDir), 'utf8');
		expect(log).toMatch(/Search index: .*; fed page by page while the pages rendered/);
		expect(log).not.toContain('read from the built folder');
	});

	it.each([
		[1, 'one language at a time'],
		[3, '3 languages side by side'],
	])('written after the build, %i at a time, holds the same pages as the index fed during the build', async (jobs, how) => {
		const copy = path.join(tmpRoot, `search-after-build-${jobs}`);
		fs.rmSync(copy, { recursive: true, force: true });
		fs.cpSync(out, copy, { recursive: true });
		const lines: string[] = [];
		const counts = await writeSearchIndexAfterBuild(copy, loadSite(projectRoot, sites.fixture.config).config.locales, (line) => lines.push(line), jobs);
		expect(counts).toEqual(Object.fromEntries(Object.entries(entryJson().languages).map(([lang, info]) => [lang, info.page_count])));
		expect(lines).toEqual([`Search index: en 10 pages, hu 6 pages, lt 6 pages, lv 8 pages; written after the build, ${how}`]);
		// Each language's folder was merged in and removed.
		expect(fs.readdirSync(copy).filter((f) => f.startsWith('.'))).toEqual([]);
		expect(fs.readdirSync(path.join(copy, 'pagefind')).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(4);
		// A fragment's name is a hash of everything shown for the page: URL, text, title, filters and metadata.
		const fragments = (site: string) => fs.readdirSync(path.join(site, 'pagefind/fragment')).sort();
		expect(fragments(copy)).toEqual(fragments(out));
		expect(fs.readdirSync(path.join(copy, 'pagefind')).filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))).toEqual([]);
		fs.rmSync(copy, { recursive: true, force: true });
	});

	it('written after the build, fails with the folder it could not index', async () => {
		const empty = path.join(tmpRoot, 'search-after-build-empty');
		fs.rmSync(empty, { recursive: true, force: true });
		fs.mkdirSync(path.join(empty, 'en'), { recursive: true });
		fs.writeFileSync(
			path.join(empty, 'en/index.html'),
			'<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>No search body.</p></body></html>',
		);
		await expect(writeSearchIndexAfterBuild(empty, ['en'], () => {})).rejects.toThrow(`no page below ${empty} has a search body in en`);
		fs.rmSync(empty, { recursive: true, force: true });
	});

	it('has one index per locale, with real translations only', () => {
		const { version, languages } = entryJson();
		expect(Number(version.split('.')[1])).toBeGreaterThanOrEqual(6);
		expect(Object.keys(languages).sort()).toEqual(['en', 'hu', 'lt', 'lv']);
		// Six entries + glossary where every entry is translated; hu and lt show river-cleanup as a fallback, which is not indexed.
		// Organisations are indexed where their description is written: three in English, one in Latvian.
		expect(Object.fromEntries(Object.entries(languages).map(([lang, info]) => [lang, info.page_count]))).toEqual({ en: 10, lv: 8, hu: 6, lt: 6 });
		for (const lang of ['en', 'hu', 'lt', 'lv'])
			expect(
				fs.readdirSync(bundle).some((f) => f.startsWith(`pagefind.${lang}_`) && f.endsWith('.pf_meta')),
				lang,
			).toBe(true);
	});

	it('writes filter indexes and ships no unused Pagefind UI', () => {
		expect(fs.readdirSync(path.join(bundle, 'filter')).filter((f) => f.endsWith('.pf_filter')).length).toBeGreaterThanOrEqual(4);
		expect(fs.existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
		expect(fs.readdirSync(bundle).filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))).toEqual([]);
	});

	it('marks only the article of a real translation for indexing, with its filters', () => {
		const html = page('lv/cases/river-cleanup');
		expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
		expect(html).toMatch(/<article data-pagefind-body[^>]*>/);
		const filters = [...html.matchAll(/data-pagefind-filter="([^"]+)"/g)].map((m) => m[1]);
		expect(filters).toEqual([
			'type:case',
			'country:LV',
			'theme:public-space',
			'theme:youth',
			'sector:municipality',
			'sector:youth-organisation',
			'legalForm:grant-route',
			'funding:municipal-budget',
			'funding:in-kind',
			'evidence:scenario',
		]);
		expect(html).toContain('data-pagefind-meta="summary"');
		// The evidence notice and the type label are page furniture, not content.
		expect(html).toMatch(/<div class="notice" role="note" data-pagefind-ignore/);
		expect([...page('en/legal-forms/grant-route').matchAll(/data-pagefind-filter="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'type:legalForm',
			'country:LV',
			'legalForm:grant-route',
		]);
	});

	it('keeps fallback pages out of the index: no indexed element and no filters', () => {
		const html = page('hu/cases/river-cleanup');
		expect(html).toContain('<meta name="atlas:fallback" content="lv">');
		expect(html).not.toContain('data-pagefind-body');
		expect(html).not.toContain('data-pagefind-filter');
	});

	it('indexes nothing outside entries and the glossary', () => {
		for (const p of ['en', 'en/cases', 'en/search', 'en/themes/youth', 'lv/partners/ngo', 'hu/countries/hu', 'en/404'])
			expect(page(p), p).not.toContain('data-pagefind-body');
		expect(page('lt/glossary')).toContain('<dl class="glossary" data-pagefind-body');
	});
});

describe('search page', () => {
	it('exists in every locale with a translated form and filters from the taxonomy', () => {
		const lv = page('lv/search');
		expect(lv).toContain('<html lang="lv"');
		expect(lv).toMatch(/<form class="search-form" role="search" method="get" action="\/lv\/search\/" hidden/);
		expect(lv).toContain('<label for="search-q">Meklēt atlantā</label>');
		// Each filter folds on its own, named by its summary; its fieldset keeps the name for screen readers.
		expect(lv).toContain(
			'<details class="filter-group" data-filter-group="theme"><summary>Tēma</summary><fieldset><legend class="visually-hidden">Tēma</legend>',
		);
		expect(lv).toMatch(
			/<input type="checkbox" id="filter-theme-youth" name="theme" value="youth"[^>]*>\s*<label for="filter-theme-youth">Jaunieši <span class="meta" data-count><\/span><\/label>/,
		);
		expect(lv).toMatch(/name="country" value="HU"[^>]*>\s*<label[^>]*>Ungārija </);
		expect(page('hu/search')).toMatch(/name="evidence" value="documented"[^>]*>\s*<label[^>]*>Dokumentált </);
		expect(page('lt/search')).toContain('<summary>Partnerio tipas</summary>');
		expect(page('en/search')).toMatch(/name="legalForm" value="grant-route"[^>]*>\s*<label[^>]*>Grant route </);
	});

	it('offers only filter values that the locale’s index has', () => {
		// river-cleanup (public space, youth) is not translated into Hungarian, so its themes are not offered there.
		expect(page('hu/search')).not.toContain('value="public-space"');
		expect(page('lv/search')).toContain('value="public-space"');
	});

	it('links to the browse pages for readers without JavaScript', () => {
		const html = page('en/search');
		expect(html).toContain('data-search-nojs');
		expect(html).toContain('href="/en/cases/"');
		expect(html).toContain('href="/en/themes/youth/"');
		expect(html).toContain('href="/en/partners/ngo/"');
		expect(html).toContain('href="/en/countries/lv/"');
	});

	it('loads its script as a module file and the index only from it', () => {
		const html = page('en/search');
		// JSON-LD blocks are data, never run; the page runs one script.
		const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(/type="module" src="\/_astro\/[^"]+\.js"/);
		expect(html).toContain('data-bundle="/pagefind/"');
		expect(html).not.toMatch(/\son[a-z]+=|style=/);
	});

	it('is reached from a plain search form in the header of every page', () => {
		for (const p of ['lv', 'en/cases/river-cleanup', 'hu/glossary', 'lt/themes/community-development']) {
			const html = page(p);
			const locale = p.slice(0, 2);
			expect(html, p).toMatch(new RegExp(`<form class="site-search no-print" role="search" method="get" action="/${locale}/search/">`));
			expect(html, p).toContain('name="q"');
			expect(html, p).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
		}
		expect(page('en/search')).not.toContain('<form class="site-search');
	});
});

describe('discovery pages', () => {
	it('has a page per theme, partner type and country that lists the matching cases', () => {
		const youth = page('en/themes/youth');
		expect(youth).toContain('<h1>Youth</h1>');
		expect(youth).toContain('href="/en/cases/river-cleanup/"');
		expect(youth).not.toContain('href="/en/cases/community-garden/"');
		expect(page('lv/partners/municipality')).toMatch(
			/href="\/lv\/cases\/community-garden\/"[\s\S]*href="\/lv\/cases\/river-cleanup\/"|href="\/lv\/cases\/river-cleanup\/"[\s\S]*href="\/lv\/cases\/community-garden\/"/,
		);
		const hungary = page('lt/countries/hu');
		expect(hungary).toContain('<h1>Vengrija</h1>');
		expect(hungary).toContain('href="/lt/cases/community-garden/"');
		expect(hungary).toContain('1 atvejis');
		// No page for values no case has.
		expect(fs.existsSync(path.join(out, 'en/themes/education'))).toBe(false);
	});

	it('links each facet page to the other values of the same facet', () => {
		expect(page('en/themes/youth')).toMatch(/Other themes[\s\S]*href="\/en\/themes\/community-development\/"/);
	});

	it('shows fallback cases in their own language, as the list pages do', () => {
		expect(page('hu/themes/youth')).toContain('<h2 lang="lv"><a href="/hu/cases/river-cleanup/">Upes talka</a></h2>');
	});

	it('links the home page to browsing by theme, partner type and country', () => {
		const home = page('hu');
		expect(home).toMatch(/Böngészés téma szerint[\s\S]*href="\/hu\/themes\/social-inclusion\/"/);
		expect(home).toMatch(/Böngészés partnertípus szerint[\s\S]*href="\/hu\/partners\/business\/"/);
		expect(home).toMatch(/Böngészés ország szerint[\s\S]*href="\/hu\/countries\/lv\/"/);
	});

	it('links the facts of a case to its facet pages', () => {
		const facts = page('en/cases/community-garden').match(/<aside class="facts"[\s\S]*?<\/aside>/)?.[0] ?? '';
		expect(facts).toContain('<a href="/en/countries/hu/">Hungary</a>');
		expect(facts).toContain('<a href="/en/themes/social-inclusion/">Social inclusion</a>');
		expect(facts).toContain('<a href="/en/partners/business/">Local company</a>');
	});

	it('shows related entries both ways on every entry page', () => {
		expect(page('en/methods/round-table')).toMatch(/Used in these cases[\s\S]*href="\/en\/cases\/community-garden\/"/);
		expect(page('lt/legal-forms/grant-route')).toMatch(/href="\/lt\/cases\/community-garden\/"/);
		const links = page('en/cases/community-garden').match(/<nav class="links"[\s\S]*?<\/nav>/)?.[0] ?? '';
		expect(links).toContain('href="/en/methods/round-table/"');
		expect(links).toContain('href="/en/legal-forms/grant-route/"');
	});
});
