import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage, sites } from '../helpers/build.ts';
import { checkBuiltSite } from '../helpers/links.ts';

/**
 * tests/fixtures/municipal: a municipality's copy hosted under /atlas/, with
 * Swedish added by one config entry and one strings file, Lithuanian switched
 * off, and a local content folder next to the shared library.
 */
const out = sites.municipal.outDir;
const page = (p: string) => readPage(out, p);
const allFiles = () => (fs.readdirSync(out, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));

describe('base path /atlas/', () => {
	it('has no broken internal link, asset or fragment in any page, stylesheet, feed or sitemap', () => {
		const { pages, texts, broken } = checkBuiltSite(out, { base: '/atlas/', site: 'https://kommun.example.se' });
		expect(pages).toBeGreaterThan(50);
		expect(texts).toBeGreaterThan(2);
		expect(broken).toEqual([]);
	});

	it('the link checker reports links outside the base, missing files and missing fragments', () => {
		const copy = path.join(path.dirname(out), 'municipal-broken-links');
		fs.rmSync(copy, { recursive: true, force: true });
		fs.cpSync(out, copy, { recursive: true });
		const file = path.join(copy, 'sv/index.html');
		fs.writeFileSync(
			file,
			fs
				.readFileSync(file, 'utf8')
				.replace(
					'</main>',
					'<a href="/sv/cases/">a</a><a href="/atlas/sv/nope/">b</a><a href="/atlas/sv/glossary/#nope">c</a><img src="../_astro/missing.png" alt=""></main>',
				),
		);
		const { broken } = checkBuiltSite(copy, { base: '/atlas/', site: 'https://kommun.example.se' });
		expect(broken.map((b) => `${b.page} ${b.url}: ${b.reason}`)).toEqual([
			'sv/index.html /sv/cases/: outside the base path /atlas/',
			'sv/index.html /atlas/sv/nope/: no such page or file',
			'sv/index.html /atlas/sv/glossary/#nope: sv/glossary/index.html has no id "nope"',
			'sv/index.html ../_astro/missing.png: no such page or file',
		]);
		fs.rmSync(copy, { recursive: true, force: true });
	});

	it('puts every root-relative link and asset under /atlas/', () => {
		for (const file of htmlFiles(out)) {
			const html = fs.readFileSync(path.join(out, file), 'utf8');
			const rooted = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
			expect(
				rooted.filter((url) => !url.startsWith('/atlas/')),
				file,
			).toEqual([]);
		}
	});

	it('points the search index, feeds, sitemap and data files at the base path', () => {
		expect(page('sv/open-data')).toContain('href="/atlas/data/sv/entries.json"');
		expect(fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).toContain('<loc>https://kommun.example.se/atlas/sv/cases/schoolyard-greening/</loc>');
		expect(fs.readFileSync(path.join(out, 'sv/feed.xml'), 'utf8')).toContain('<id>https://kommun.example.se/atlas/sv/feed.xml</id>');
		const entries = JSON.parse(fs.readFileSync(path.join(out, 'data/en/entries.json'), 'utf8')) as { entries: { url: string }[] };
		for (const entry of entries.entries) expect(entry.url).toMatch(/^https:\/\/kommun\.example\.se\/atlas\/en\//);
		expect(fs.existsSync(path.join(out, 'pagefind'))).toBe(true);
	});
});

describe('a disabled locale (lt) is gone everywhere', () => {
	it('has no pages, data, feed, switcher link, hreflang, sitemap entry or search index', () => {
		const files = allFiles();
		expect(files.filter((f) => f === 'lt' || f.startsWith('lt/') || f.startsWith('data/lt'))).toEqual([]);
		for (const file of htmlFiles(out)) {
			const html = fs.readFileSync(path.join(out, file), 'utf8');
			expect(html, file).not.toMatch(/hreflang="lt"|\/atlas\/lt\/|lang="lt"/);
		}
		expect(fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).not.toMatch(/\/lt\/|hreflang="lt"/);
		const pagefind = files.filter((f) => f.startsWith('pagefind/'));
		expect(pagefind.some((f) => /\/?(wasm|index)\.sv\b|pagefind-entry\.json/.test(f))).toBe(true);
		expect(pagefind.filter((f) => /[./_-]lt[._]/.test(f))).toEqual([]);
		const codebook = JSON.parse(fs.readFileSync(path.join(out, 'data/codebook.json'), 'utf8')) as {
			taxonomies: Record<string, { labels: Record<string, string> }[]>;
		};
		expect(Object.keys(codebook.taxonomies.scale![0]!.labels)).toEqual(['sv', 'en', 'lv', 'hu']);
	});
});

describe('adding a language: one config entry and one strings file', () => {
	it('builds every page in Swedish, with the Swedish UI', () => {
		for (const p of ['', 'cases/', 'methods/round-table/', 'glossary/', 'accessibility/', 'open-data/', '404/'])
			expect(fs.existsSync(path.join(out, 'sv', p, 'index.html')), `sv/${p}`).toBe(true);
		const home = page('sv');
		expect(home).toContain('<html lang="sv"');
		expect(home).toContain('Goda exempel på lokalt samarbete');
		expect(page('sv/methods')).toContain('1 metod');
		// The default locale decides the root 404 page.
		expect(readPage(out, '404.html')).toContain('Sidan hittades inte');
	});

	it('falls back for untranslated content, saying so in Swedish', () => {
		const html = page('sv/methods/round-table');
		expect(html).toContain('<meta name="atlas:fallback" content="en">');
		expect(html).toContain('<article lang="en"');
		expect(html).toContain('Sidan visas på');
		expect(html).toContain('href="/atlas/en/methods/round-table/" hreflang="en" lang="en"');
		// Sections of the fallback text keep their own language's headings.
		expect(html).toContain('>Definition</h2>');
	});

	it('publishes local content next to the shared library, in its own language', () => {
		const html = page('sv/cases/schoolyard-greening');
		expect(html).not.toContain('atlas:fallback');
		expect(html).toContain('Grönare skolgård');
		expect(html).toContain('>Parter och roller</h2>');
		expect(page('sv/cases')).toContain('href="/atlas/sv/cases/schoolyard-greening/"');
		expect(page('en/cases/schoolyard-greening')).toContain('<meta name="atlas:fallback" content="sv">');
	});

	it('publishes a local page (a directory of contacts) in its languages, with fallback, linked from every footer', () => {
		const sv = page('sv/pages/local-directory');
		expect(sv).toContain('<h1>Lokala kontakter</h1>');
		expect(sv).toContain('<article data-pagefind-body');
		expect(sv).toMatch(/<div class="aside aside-tip" role="note">Hör av dig/);
		expect(page('en/pages/local-directory')).toContain('<h1>Local contacts</h1>');
		const hu = page('hu/pages/local-directory');
		expect(hu).toContain('<meta name="atlas:fallback" content="sv">');
		expect(hu).toContain('<article lang="sv"');
		expect(hu).toContain('href="/atlas/en/pages/local-directory/" hreflang="en" lang="en"');
		expect(page('lv/methods')).toContain('<a href="/atlas/lv/pages/local-directory/" lang="sv">Lokala kontakter</a>');
		expect(page('en/methods')).toContain('<a href="/atlas/en/pages/local-directory/">Local contacts</a>');
		const sitemap = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain('<loc>https://kommun.example.se/atlas/en/pages/local-directory/</loc>');
		expect(sitemap).not.toContain('<loc>https://kommun.example.se/atlas/hu/pages/local-directory/</loc>');
	});

	it('lists Swedish in the switcher and the root language chooser', () => {
		expect(page('')).toContain('href="/atlas/sv/" hreflang="sv"');
		const nav = page('en/methods/round-table').match(/<nav class="lang"[\s\S]*?<\/nav>/)?.[0] ?? '';
		expect([...nav.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual(['sv', 'en', 'lv', 'hu']);
	});
});

describe('accessibility statement from the configuration', () => {
	it('fills in compliance, method, dates, contact and enforcement body', () => {
		const html = page('sv/accessibility');
		expect(html).toContain('data-compliance="full"');
		expect(html).toContain('Denna webbplats är helt förenlig med EN 301 549');
		expect(html).toContain('en granskning som en utomstående part');
		expect(html).toContain('15 september 2026');
		expect(html).toContain('1 oktober 2026');
		// Dialable digits in the link; non-breaking spaces in the text so the number never wraps.
		expect(html).toContain('<a href="tel:+4681234567">+46\u00a08\u00a0123\u00a045\u00a067</a>');
		expect(html).toContain('Stadshuset, 123 45 Exempelstad');
		expect(html).toContain('<a href="https://www.digg.se/">Myndigheten för digital förvaltning (Digg)</a>');
		expect(html).toContain('Vi känner inte till något innehåll');
	});
});

describe("the municipality's own partner directory, imported from its survey", () => {
	it('lists the organisations that consented, under the base path, and leaves out the one that did not', () => {
		const sv = page('sv/organisations');
		for (const slug of ['exempelstads-idrottsforening', 'skolgardsgruppen', 'cafe-motesplatsen'])
			expect(sv).toContain(`href="/atlas/sv/organisations/${slug}/"`);
		expect(sv).not.toContain('Byalaget');
		expect(fs.existsSync(path.join(out, 'sv/organisations/byalaget-norrby'))).toBe(false);
		expect(sv).toContain('<h1>Lokal partnerkatalog</h1>');
		// The respondent's own e-mail column never reaches a page or the open data.
		expect(
			allFiles()
				.filter((f) => /\.(html|json|csv)$/.test(f))
				.some((f) => fs.readFileSync(path.join(out, f), 'utf8').includes('kassör@example.se')),
		).toBe(false);
	});

	it('shows each organisation in Swedish, and in English where it was translated', () => {
		const cafe = page('sv/organisations/cafe-motesplatsen');
		expect(cafe).toContain('href="https://www.motesplatsen.example.se"');
		expect(cafe).toContain('Listad med organisationens samtycke (enkätformulär, 15 november 2026).');
		expect(page('en/organisations/exempelstads-idrottsforening')).toContain('Sport for children and young people, six days a week.');
		expect(page('en/organisations/skolgardsgruppen')).toContain('lang="sv"');
	});

	it('links the local case to the organisation that took part, and matches offers with needs', () => {
		expect(page('sv/cases/schoolyard-greening')).toContain('href="/atlas/sv/organisations/skolgardsgruppen/"');
		const board = page('sv/directory/offers-and-needs')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		// The shared fixture library's organisations (Valmiera) are listed next to the municipality's own.
		expect(board).toMatch(
			/Lokaler Både erbjuden och efterfrågad: en möjlig matchning Erbjuds av Café Mötesplatsen \(Exempelstad\) .*Behövs av Exempelstads idrottsförening \(Exempelstad\)/,
		);
		expect(page('sv/directory/capacity-matrix')).toContain('<th scope="col">Lokalkännedom</th>');
	});
});
