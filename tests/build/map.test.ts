import { describe, expect, it } from 'vitest';
import { readPage, sites } from '../helpers/build.ts';

/**
 * The map of cases by country (CaseMap.astro) on the fixture site, which has
 * one case in Hungary and one in Latvia: static SVG with a named link per
 * country, a list alternative, nothing from elsewhere and nothing the
 * Content Security Policy would block.
 */
const page = (p: string) => readPage(sites.fixture.outDir, p);
const mapOf = (html: string) => html.match(/<figure class="case-map[\s\S]*?<\/figure>/)?.[0] ?? '';

describe('case map', () => {
	it.each([
		['en', 'Hungary: 1 case study', 'Latvia: 1 case study'],
		['hu', 'Magyarország: 1 esettanulmány', 'Lettország: 1 esettanulmány'],
		['lv', 'Ungārija: 1 gadījuma apraksts', 'Latvija: 1 gadījuma apraksts'],
		['lt', 'Vengrija: 1 atvejis', 'Latvija: 1 atvejis'],
	])('the %s home page links each country with cases, named with its count', (locale, hungary, latvia) => {
		const html = page(locale);
		const map = mapOf(html);
		expect(map).toContain(`<a href="/${locale}/countries/hu/" aria-label="${hungary}">`);
		expect(map).toContain(`<a href="/${locale}/countries/lv/" aria-label="${latvia}">`);
		expect(map.match(/<a href=/g)?.length).toBe(3); // two countries and the caption's link to the list
		// The list alternative is on the page.
		expect(map).toContain('href="#browse-country"');
		expect(html).toContain('id="browse-country"');
	});

	it('is drawn at build time: paths only, no script, no style attribute, no address elsewhere', () => {
		const map = mapOf(page('en'));
		expect(map).toMatch(/<svg viewBox="0 0 600 420" role="group" aria-labelledby="case-map-caption">/);
		expect(map).toMatch(/<path class="map-land" d="M[\d,LMZ-]+" aria-hidden="true">/);
		expect(map).not.toMatch(/<script|style=|https?:|<image|<use/);
	});

	it('marks the country of a country page and links the others', () => {
		const map = mapOf(page('en/countries/hu'));
		expect(map).toContain('<a href="/en/countries/hu/" aria-label="Hungary: 1 case study" aria-current="page">');
		expect(map).toContain('<a href="/en/countries/lv/" aria-label="Latvia: 1 case study">');
		expect(map).toContain('href="#other-values"');
	});
});
