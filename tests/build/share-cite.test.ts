import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage, sites } from '../helpers/build.ts';
import { csvRows } from '../helpers/csv.ts';
import type { CslItem } from '../../src/site/citation-format.ts';
import type { Article, DefinedTermSet, GraphNode, JsonLdGraph, WebSite } from '../../src/site/json-ld.ts';

const out = sites.fixture.outDir;
const locales = ['hu', 'lv', 'lt', 'en'];
const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const page = (p: string) => readPage(out, p);

interface Node {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	value?: string;
}
function* walk(node: Node): Generator<Node> {
	yield node;
	for (const child of node.childNodes ?? []) yield* walk(child);
}
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

/** The page's JSON-LD blocks, parsed as a consumer would (the HTML parser first, then JSON). */
function jsonLd(html: string): JsonLdGraph[] {
	return [...walk(parse(html) as unknown as Node)]
		.filter((n) => n.nodeName === 'script' && attr(n, 'type') === 'application/ld+json')
		.map((n) => JSON.parse((n.childNodes ?? []).map((c) => c.value ?? '').join('')) as JsonLdGraph);
}
const nodesOf = (html: string): GraphNode[] => {
	const blocks = jsonLd(html);
	expect(blocks).toHaveLength(1);
	expect(blocks[0]!['@context']).toBe('https://schema.org');
	return blocks[0]!['@graph'];
};
const meta = (html: string, key: string): string[] =>
	[...walk(parse(html) as unknown as Node)]
		.filter((n) => n.nodeName === 'meta' && (attr(n, 'property') === key || attr(n, 'name') === key))
		.map((n) => attr(n, 'content') ?? '');

describe('structured data (JSON-LD)', () => {
	it('is on every page of every built site, parses, and describes the site with its languages', () => {
		for (const [name, site] of Object.entries(sites)) {
			if (!fs.existsSync(site.outDir)) continue;
			for (const file of htmlFiles(site.outDir).filter((f) => !f.startsWith('pagefind/'))) {
				const html = fs.readFileSync(path.join(site.outDir, file), 'utf8');
				const nodes = nodesOf(html);
				const website = nodes.find((n) => n['@type'] === 'WebSite') as WebSite | undefined;
				expect(website, `${name}: ${file}`).toBeDefined();
				expect(website!.inLanguage.length, `${name}: ${file}`).toBeGreaterThan(0);
				for (const node of nodes) expect(node['@id'], `${name}: ${file} ${node['@type']}`).toMatch(/^https?:\/\//);
			}
		}
	});

	it('describes the fixture site with all four languages and its publisher', () => {
		const website = nodesOf(page('en')).find((n) => n['@type'] === 'WebSite') as WebSite;
		expect(website).toMatchObject({
			'@id': 'https://fixture.example.org/#website',
			url: 'https://fixture.example.org/',
			name: 'Fixture Atlas',
			inLanguage: locales,
			publisher: { '@type': 'Organization', name: 'Fixture team' },
		});
		expect(nodesOf(page('lv')).find((n) => n['@type'] === 'WebSite')).toMatchObject({ name: 'Testa atlants' });
		expect(nodesOf(page('en')).find((n) => n['@type'] === 'WebPage')).toMatchObject({ inLanguage: 'en', isPartOf: { '@id': website['@id'] } });
	});

	it('makes a case an Article about a Place, with its organisations and identifier', () => {
		const article = nodesOf(page('en/cases/community-garden')).find((n) => n['@type'] === 'Article') as Article;
		expect(article).toMatchObject({
			'@id': 'https://fixture.example.org/en/cases/community-garden/#article',
			url: 'https://fixture.example.org/en/cases/community-garden/',
			inLanguage: 'en',
			genre: 'Case study',
			identifier: 'cooperation-atlas:case/community-garden',
			isPartOf: { '@id': 'https://fixture.example.org/#website' },
			about: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'HU' } },
		});
		expect(article.headline).toBeTruthy();
		expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(article.isBasedOn).toContainEqual({
			'@type': 'CreativeWork',
			name: 'Fixture council decision',
			url: 'https://example.org/decision',
			publisher: { '@type': 'Organization', name: 'Fixture municipality' },
			datePublished: '2021-03-01',
		});
	});

	it('gives every entry type an Article, and a fallback page the language and address of the text it shows', () => {
		for (const p of ['lv/methods/round-table', 'en/legal-forms/grant-route', 'en/pitfalls/lonely-coordinator', 'en/checklists/partnership-action-map'])
			expect(
				nodesOf(page(p)).map((n) => n['@type']),
				p,
			).toEqual(['WebSite', 'Article']);
		// river-cleanup has no Hungarian text: the Hungarian page shows the Latvian one.
		expect(nodesOf(page('hu/cases/river-cleanup')).find((n) => n['@type'] === 'Article')).toMatchObject({
			inLanguage: 'lv',
			url: 'https://fixture.example.org/lv/cases/river-cleanup/',
		});
	});

	it('makes the glossary a DefinedTermSet of DefinedTerms', () => {
		for (const locale of locales) {
			const set = nodesOf(page(`${locale}/glossary`)).find((n) => n['@type'] === 'DefinedTermSet') as DefinedTermSet;
			expect(set, locale).toBeDefined();
			expect(set.inLanguage).toBe(locale);
			expect(set.hasDefinedTerm.length).toBeGreaterThan(0);
			for (const term of set.hasDefinedTerm) {
				expect(term).toMatchObject({ '@type': 'DefinedTerm', inDefinedTermSet: { '@id': set['@id'] } });
				expect(term['@id']).toBe(`https://fixture.example.org/${locale}/glossary/#${term.termCode}`);
				// Each term's @id is the anchor of its definition on the page.
				expect(page(`${locale}/glossary`)).toContain(`id="${term.termCode}"`);
			}
		}
	});

	it('escapes "<" in the JSON, so text can never end the block', () => {
		for (const file of htmlFiles(out)) {
			const html = read(file);
			for (const match of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) expect(match[1], file).not.toMatch(/[<>]/);
		}
	});
});

describe('sharing meta (Open Graph, Twitter)', () => {
	it('gives an entry its title, summary, locale, alternates and the default image', () => {
		const html = page('lv/cases/river-cleanup');
		expect(meta(html, 'og:type')).toEqual(['article']);
		expect(meta(html, 'og:title')).toEqual(['Upes talka']);
		expect(meta(html, 'og:description')).toEqual(['Upes talka summary.']);
		expect(meta(html, 'og:url')).toEqual(['https://fixture.example.org/lv/cases/river-cleanup/']);
		expect(meta(html, 'og:locale')).toEqual(['lv_LV']);
		expect(meta(html, 'og:locale:alternate')).toEqual(['en_US']);
		expect(meta(html, 'og:site_name')).toEqual(['Testa atlants']);
		expect(meta(html, 'og:image')).toEqual(['https://fixture.example.org/share.png']);
		expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
		expect(meta(html, 'twitter:title')).toEqual(['Upes talka']);
		expect(fs.existsSync(path.join(out, 'share.png'))).toBe(true);
	});

	it('marks other pages as a website, in their own language', () => {
		const html = page('hu/glossary');
		expect(meta(html, 'og:type')).toEqual(['website']);
		expect(meta(html, 'og:locale')).toEqual(['hu_HU']);
		expect(meta(html, 'og:locale:alternate').sort()).toEqual(['en_US', 'lt_LT', 'lv_LV']);
	});
});

describe('citations', () => {
	it('shows a "How to cite" box in the page\'s language with plain links to the three files', () => {
		const expected: Record<string, string> = { en: 'How to cite', hu: 'Hivatkozási javaslat', lv: 'Kā citēt', lt: 'Kaip cituoti' };
		for (const locale of locales) {
			const html = page(`${locale}/cases/community-garden`);
			expect(html).toContain(`<h2 id="cite-title">${expected[locale]}</h2>`);
			expect(html).toContain('<code>cooperation-atlas:case/community-garden</code>');
			for (const ext of ['csl.json', 'bib', 'ris']) {
				const href = `/data/${locale}/citations/cases/community-garden.${ext}`;
				expect(html).toContain(`href="${href}"`);
				expect(fs.existsSync(path.join(out, href)), href).toBe(true);
			}
		}
		// Formatted by the CSL processor (APA) with each language's CSL locale terms.
		expect(page('en/cases/community-garden')).toMatch(
			/<p class="citation">Fixture team\. \(\d{4}\)\. <cite>[^<]+<\/cite> \[Case study\]\. In Fixture Atlas\. Fixture team\. https:\/\/fixture\.example\.org\/en\/cases\/community-garden\/<\/p>/,
		);
		expect(page('lv/methods/round-table')).toMatch(/<p class="citation">Fixture team\. \(\d{4}\)\. <cite>[^<]+<\/cite> \[Metode\]\. No Testa atlants\./);
		// A fallback page cites the text it shows, marking the title's language.
		expect(page('hu/cases/river-cleanup')).toMatch(/<cite lang="lv">Upes talka<\/cite>/);
	});

	it('offers the whole library in each format, one record per entry page of the language', () => {
		for (const locale of locales) {
			const entries =
				csvRows(read(`data/${locale}/cases.csv`)).length -
				1 +
				['methods', 'legal-forms', 'pitfalls', 'checklists'].reduce((n, s) => n + csvRows(read(`data/${locale}/${s}.csv`)).length - 1, 0);
			const csl = JSON.parse(read(`data/${locale}/citations.csl.json`)) as CslItem[];
			expect(csl).toHaveLength(entries);
			expect(new Set(csl.map((i) => i.id)).size).toBe(entries);
			for (const item of csl) expect(item.id).toMatch(/^cooperation-atlas:(case|method|legalForm|pitfall|checklist)\/[a-z0-9-]+$/);
			expect(read(`data/${locale}/citations.bib`).match(/^@misc\{cooperation-atlas:/gm)).toHaveLength(entries);
			expect(read(`data/${locale}/citations.ris`).match(/^TY {2}- ENCYC\r$/gm)).toHaveLength(entries);
			expect(page(`${locale}/open-data`)).toContain(`href="/data/${locale}/citations.bib"`);
		}
	});

	it('says the same in the entry file as in the library', () => {
		const library = JSON.parse(read('data/lt/citations.csl.json')) as CslItem[];
		const [one] = JSON.parse(read('data/lt/citations/methods/round-table.csl.json')) as CslItem[];
		expect(library.find((i) => i.id === one!.id)).toEqual(one);
		expect(one).toMatchObject({
			type: 'entry-encyclopedia',
			language: 'lt',
			'container-title': 'Bandomasis atlasas',
			URL: 'https://fixture.example.org/lt/methods/round-table/',
		});
	});
});

describe('"Suggest a change"', () => {
	const links = (html: string) => [...html.matchAll(/<a href="(https:\/\/github\.com\/[^"]+)"/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')));

	it('links every entry page to the correction form of the configured repository, prefilled', () => {
		for (const locale of locales) {
			for (const p of ['cases/community-garden', 'methods/round-table', 'checklists/partnership-action-map']) {
				const [link] = links(page(`${locale}/${p}`));
				expect(link, `${locale}/${p}`).toBeDefined();
				expect(link!.origin + link!.pathname).toBe('https://github.com/example/cooperation-atlas/issues/new');
				expect(link!.searchParams.get('template')).toBe(`suggest-correction-${locale}.yml`);
				expect(link!.searchParams.get('page')).toBe(`https://fixture.example.org/${locale}/${p}/`);
				expect(link!.searchParams.get('entry')).toMatch(/^cooperation-atlas:(case|method|checklist)\/[a-z-]+$/);
			}
		}
		expect(links(page('en/cases/community-garden'))[0]!.searchParams.get('title')).toMatch(/^\[Correction\] /);
	});

	it("offers a translation where the page shows another language's text", () => {
		const [correction, translation] = links(page('hu/cases/river-cleanup'));
		expect(correction!.searchParams.get('template')).toBe('suggest-correction-hu.yml');
		expect(translation!.searchParams.get('template')).toBe('offer-translation-hu.yml');
		expect(translation!.searchParams.get('entry')).toBe('cooperation-atlas:case/river-cleanup');
		expect(links(page('lv/cases/river-cleanup'))).toHaveLength(1);
	});

	it('is left out where the site names no repository (the municipal copy)', () => {
		const municipal = sites.municipal.outDir;
		if (!fs.existsSync(municipal)) return;
		for (const file of htmlFiles(municipal)) expect(fs.readFileSync(path.join(municipal, file), 'utf8'), file).not.toContain('github.com');
	});
});
