import { describe, expect, it } from 'vitest';
import { readPage, sites } from '../helpers/build.ts';

/**
 * List pages are no dead ends: each order is a static page (no script), cases
 * lead on to the facet pages, every list to search. The fixture site has two
 * cases: community-garden (Hungary) and river-cleanup (Latvia).
 */
const page = (p: string) => readPage(sites.fixture.outDir, p);
const cardLinks = (html: string) => [...html.matchAll(/<li class="card"><h2[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);

describe('list pages', () => {
	it('offer the orders as links, the current one marked, and keep one canonical address', () => {
		const html = page('en/cases');
		expect(html).toContain('<a href="/en/cases/" aria-current="page">By title</a>');
		expect(html).toContain('<a href="/en/lists/cases/newest/">Newest first</a>');
		expect(html).toContain('<a href="/en/lists/cases/country/">By country</a>');
		const byCountry = page('en/lists/cases/country');
		expect(byCountry).toContain('<a href="/en/lists/cases/country/" aria-current="page">By country</a>');
		expect(byCountry).toContain('<link rel="canonical" href="https://fixture.example.org/en/cases/">');
		// Another order of the same list: followed, not indexed (and so not in the sitemap).
		expect(byCountry).toContain('<meta name="robots" content="noindex, follow">');
		expect(page('en/cases')).not.toContain('noindex');
		// Methods have no country.
		expect(page('en/methods')).not.toContain('lists/methods/country');
		expect(page('en/lists/methods/newest')).toContain('<a href="/en/lists/methods/newest/" aria-current="page">Newest first</a>');
	});

	it('sort by country in the language of the page, then by title', () => {
		expect(cardLinks(page('en/lists/cases/country'))).toEqual(['/en/cases/community-garden/', '/en/cases/river-cleanup/']);
		// Latvian: "Latvija" before "Ungārija".
		expect(cardLinks(page('lv/lists/cases/country'))).toEqual(['/lv/cases/river-cleanup/', '/lv/cases/community-garden/']);
		expect(page('hu/lists/cases/country')).toContain('Ország, azon belül cím szerint rendezve.');
	});

	it('by date show when each entry last changed', () => {
		const html = page('en/lists/cases/newest');
		expect(cardLinks(html).sort()).toEqual(['/en/cases/community-garden/', '/en/cases/river-cleanup/']);
		expect(html.match(/Last changed: <time datetime="\d{4}-\d{2}-\d{2}">/g)).toHaveLength(2);
	});

	it('lead on to search and, for cases, to the theme, partner and country pages', () => {
		const cases = page('lt/cases');
		expect(cases).toContain('href="/lt/search/?type=case"');
		expect(cases).toContain('href="/lt/themes/youth/"');
		expect(cases).toContain('href="/lt/partners/municipality/"');
		expect(cases).toContain('href="/lt/countries/hu/"');
		expect(page('hu/pitfalls')).toContain('href="/hu/search/?type=pitfall"');
	});
});

describe('the 404 page', () => {
	it.each([
		['lt', 'Ieškokite atlase to, ko ieškojote', 'Atvejų aprašymai'],
		['hu', 'Keresse meg az atlaszban, amit keresett', 'Esettanulmányok'],
	])('offers search and the main sections in its language (%s)', (locale, label, cases) => {
		const html = page(`${locale}/404`);
		expect(html).toContain(`<form class="search-box not-found-search" role="search" method="get" action="/${locale}/search/">`);
		expect(html).toContain(`<label for="not-found-q">${label}</label>`);
		expect(html).toContain(`<a href="/${locale}/cases/">${cases}</a>`);
		expect(html).toContain(`<a href="/${locale}/glossary/">`);
	});

	it('at the root, in the default language, with a word to each other language', () => {
		const html = readPage(sites.fixture.outDir, '404.html');
		expect(html).toContain('action="/en/search/"');
		expect(html).toContain('<a href="/en/methods/">Methods</a>');
		expect(html).toContain('<li lang="lv">');
	});
});
