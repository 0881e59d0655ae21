import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, projectRoot, readPage, runBuild, sites, tmpRoot } from '../helpers/build.ts';
import { copyFixture } from '../helpers/content.ts';

const out = sites.fixture.outDir;
const page = (p: string) => readPage(out, p);
const attr = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

describe('fixture site build', () => {
	it('renders every page type in every locale', () => {
		for (const locale of ['hu', 'lv', 'lt', 'en']) {
			for (const p of [
				'',
				'cases/',
				'methods/',
				'legal-forms/',
				'pitfalls/',
				'checklists/',
				'glossary/',
				'cases/river-cleanup/',
				'methods/round-table/',
				'legal-forms/grant-route/',
				'pitfalls/lonely-coordinator/',
				'checklists/partnership-action-map/',
				'404/',
			]) {
				expect(fs.existsSync(path.join(out, locale, p, 'index.html')), `${locale}/${p}`).toBe(true);
			}
		}
		expect(fs.existsSync(path.join(out, '404.html'))).toBe(true);
		expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
	});

	it('sets lang on every page and one h1', () => {
		for (const file of htmlFiles(out)) {
			const html = fs.readFileSync(path.join(out, file), 'utf8');
			expect(html, file).toMatch(/<html lang="[a-z]{2}"/);
			expect(html.match(/<h1[\s>]/g), file).toHaveLength(1);
		}
	});

	it('shows a fallback page with a translated notice, lang on the content and links to translations', () => {
		const html = page('hu/cases/river-cleanup');
		expect(html).toContain('<html lang="hu"');
		expect(html).toContain('<article lang="lv"');
		expect(html).toContain('Ez az oldal lett nyelven jelenik meg, mert még nincs magyar fordítása.');
		expect(html).toContain('<a href="/lv/cases/river-cleanup/" hreflang="lv" lang="lv">Latviešu</a>');
		expect(html).toContain('<a href="/en/cases/river-cleanup/" hreflang="en" lang="en">English</a>');
		expect(html).toContain('<meta name="atlas:fallback" content="lv">');
		// A fallback page points search engines at the original and is left out of the search index.
		expect(html).toContain('<link rel="canonical" href="https://fixture.example.org/lv/cases/river-cleanup/">');
		expect(html).not.toContain('data-pagefind-body');
	});

	it('does not mark a real translation as a fallback', () => {
		const html = page('lv/cases/river-cleanup');
		expect(html).not.toContain('atlas:fallback');
		expect(html).toContain('<article data-pagefind-body');
		expect(html).toContain('<link rel="canonical" href="https://fixture.example.org/lv/cases/river-cleanup/">');
	});

	it('lists hreflang alternates for real translations only, with x-default', () => {
		const html = page('lt/cases/river-cleanup');
		expect(attr(html, /<link rel="alternate" hreflang="([^"]+)"/g)).toEqual(['lv', 'en', 'x-default']);
		expect(attr(page('en/methods/round-table'), /<link rel="alternate" hreflang="([^"]+)"/g)).toEqual(['hu', 'lv', 'lt', 'en', 'x-default']);
	});

	it('has a language switcher that goes to the same entry in each language', () => {
		const html = page('en/methods/round-table');
		const nav = html.match(/<nav class="lang"[\s\S]*?<\/nav>/)?.[0] ?? '';
		expect(attr(nav, /href="([^"]+)"/g)).toEqual([
			'/hu/methods/round-table/',
			'/lv/methods/round-table/',
			'/lt/methods/round-table/',
			'/en/methods/round-table/',
		]);
		// Codes on a phone, full names elsewhere; the full name is every link's accessible name.
		expect(nav).toContain('aria-current="true"><span class="lang-code" aria-hidden="true">EN</span><span class="lang-name">English</span>');
	});

	it('renders translated section headings, facts and links', () => {
		const html = page('lv/methods/round-table');
		expect(html).toContain('>Definīcija</h2>');
		expect(html).toContain('href="/lv/legal-forms/grant-route/"');
		expect(html).toContain('href="/lv/glossary/#partnership"');
		// Backlink: the case names this method, so the method page lists the case.
		expect(page('en/methods/round-table')).toMatch(/Used in these cases[\s\S]*href="\/en\/cases\/river-cleanup\/"/);
		expect(page('en/pitfalls/lonely-coordinator')).toMatch(/Seen in these cases[\s\S]*river-cleanup/);
	});

	it('lists legal references by country and formats dates per locale', () => {
		expect(page('hu/legal-forms/grant-route')).toMatch(/<dt>Lettország<\/dt><dd><ul class="plain"><li>Fixture law<\/li>/);
		// A source's publication and access dates, in the reader's language.
		expect(page('lv/cases/community-garden')).toContain('<time datetime="2021-03-01">2021. gada 1. marts</time>');
		expect(page('lv/cases/community-garden')).toContain('skatīts: 2026. gada 1. novembris');
		// Day, month, year in English too, as in the rest of Europe.
		expect(page('en/cases/community-garden')).toContain('accessed 1 November 2026');
		// A Hungarian or Lithuanian date ends with its own full stop, which also ends the sentence.
		expect(page('hu/accessibility')).toContain('A nyilatkozat elkészítésének dátuma: 2026. november 1. A nyilatkozat');
		expect(page('lt/accessibility')).toContain('Paskutinės peržiūros data: 2026 m. lapkričio 1 d.</p>');
		for (const locale of ['hu', 'lt']) expect(page(`${locale}/accessibility`)).not.toMatch(/\d\.\.|d\.\./);
	});

	it('uses plural forms in counts', () => {
		expect(page('lt/cases')).toContain('2 atvejai');
		expect(page('en/methods')).toContain('1 method');
	});

	it('gives each locale a home page, and the root lets the visitor choose a language without JavaScript', () => {
		const root = page('');
		for (const locale of ['hu', 'lv', 'lt', 'en']) expect(root).toContain(`href="/${locale}/" hreflang="${locale}"`);
		expect(page('lv')).toContain('<html lang="lv"');
	});

	it('translates the 404 page', () => {
		expect(page('lt/404')).toContain('Puslapis nerastas');
		expect(readPage(out, '404.html')).toContain('Page not found');
	});

	it('ships no JavaScript on content pages', () => {
		// JSON-LD is a data block, never run; any other <script> is code.
		for (const p of ['en/cases/river-cleanup', 'lv/methods/round-table', 'hu/glossary'])
			expect(page(p)).not.toMatch(/<script(?! type="application\/ld\+json">)/);
	});

	it('ships no path of the build machine in its JavaScript (test builds run as npm run build does)', () => {
		const scripts = (fs.readdirSync(path.join(out, '_astro')) as string[]).filter((f) => f.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(0);
		for (const file of scripts) expect(fs.readFileSync(path.join(out, '_astro', file), 'utf8'), file).not.toContain(projectRoot);
	});

	it('keeps article HTML out of the data store, which Astro bundles whole: each article is a file the page reads', () => {
		const store = fs.readFileSync(`${out}.cache/data-store.json`, 'utf8');
		const articles = fs.readdirSync(`${out}.cache/atlas-articles`);
		// One per locale file of every article (.mdx; checklists are data).
		const texts = (fs.readdirSync(path.join(projectRoot, 'tests/fixtures/site/content'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
		expect(articles).toHaveLength(texts.length);
		expect(articles.every((f) => f.endsWith('.html'))).toBe(true);
		const heading = '<h2 id="what-was-done">What was done</h2>';
		expect(page('en/cases/river-cleanup')).toContain(heading);
		expect(articles.some((f) => fs.readFileSync(path.join(`${out}.cache/atlas-articles`, f), 'utf8').includes(heading))).toBe(true);
		expect(store).toContain('river-cleanup');
		expect(store).not.toMatch(/h2 id=|\\u003C\/h2>/);
	});
});

describe('build failures name the file and field', () => {
	function buildBroken(change: (tree: ReturnType<typeof copyFixture>) => void) {
		const tree = copyFixture();
		change(tree);
		// The content lives inside the project so Astro may read it; the config points at it.
		const dir = path.join(tmpRoot, `broken-${path.basename(tree.root)}`);
		fs.cpSync(tree.root, dir, { recursive: true });
		const config = path.join(dir, 'atlas.config.yaml');
		fs.writeFileSync(
			config,
			fs
				.readFileSync('tests/fixtures/site/atlas.config.yaml', 'utf8')
				.replace('contentDirs: [tests/fixtures/site/content]', `contentDirs: [${path.relative(process.cwd(), dir)}/content]`),
		);
		return runBuild(config, `${dir}/dist`);
	}

	it('fails on a broken reference, naming both files', () => {
		const result = buildBroken((t) =>
			t.edit('content/methods/round-table/entry.yaml', (s) => s.replace('legalForms: [grant-route]', 'legalForms: [no-such-form]')),
		);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(
			/content\/methods\/round-table\/entry\.yaml:2: legalForms\[0\]: refers to "no-such-form", which does not exist \(looked for legal-forms\/no-such-form\/entry\.yaml/,
		);
	});

	it('fails on a schema error, naming the file, line and field', () => {
		const result = buildBroken((t) => t.edit('content/cases/river-cleanup/entry.yaml', (s) => s.replace('evidence: scenario', 'evidence: anecdotal')));
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/content\/cases\/river-cleanup\/entry\.yaml:\d+: evidence: not an allowed value \(allowed: documented, scenario\)/);
	});
});
