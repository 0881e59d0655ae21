import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { sites } from '../helpers/build.ts';

/**
 * Relevance on the bundled library (content/): for each locale, a query finds
 * the expected entry among the first three results. Queries include words
 * typed without diacritics and inflected forms (Pagefind stems Hungarian and
 * Lithuanian; Latvian has no stemmer, so its queries use the indexed forms).
 * The built pagefind.js runs in Chromium from the locale's search page, as a
 * reader's browser would run it.
 */
interface Expectation {
	query: string;
	/** Entry path below the locale, e.g. "methods/local-round-table/". */
	top3?: string;
	/** Or: each of the first three results has a title containing this word (with its diacritics). */
	titlesContain?: string;
}

const expectations: Record<string, Expectation[]> = {
	hu: [
		{ query: 'onkormanyzat', titlesContain: 'önkormányzat' },
		{ query: 'onkormanyzati helyiseg', top3: 'legal-forms/municipal-premises-and-resources/' },
		{ query: 'kozbeszerzes', top3: 'legal-forms/public-procurement-of-services/' },
		{ query: 'egyuttmukodesi megallapodas', top3: 'legal-forms/cooperation-agreement/' },
		{ query: 'reszveteli koltsegvetes', top3: 'legal-forms/participatory-budgeting/' },
		// Inflected: plural, accusative, ablative.
		{ query: 'kerekasztalok', top3: 'methods/local-round-table/' },
		{ query: 'játszóteret', top3: 'cases/tokodaltaro-kindergarten-playground-firms/' },
		{ query: 'pályázati forrástól', top3: 'pitfalls/single-grant-dependence/' },
	],
	lv: [
		{ query: 'sadarbiba', top3: 'legal-forms/cooperation-agreement/' },
		{ query: 'sadarbibas ligums', top3: 'legal-forms/cooperation-agreement/' },
		{ query: 'pasvaldibas telpas', top3: 'legal-forms/municipal-premises-and-resources/' },
		{ query: 'apalais galds', top3: 'methods/local-round-table/' },
		{ query: 'iepirkums', top3: 'legal-forms/public-procurement-of-services/' },
		{ query: 'rotalu laukumu', top3: 'cases/tokodaltaro-kindergarten-playground-firms/' },
		{ query: 'aprupe majas', top3: 'cases/madona-home-care-delegation/' },
	],
	lt: [
		{ query: 'savivaldybe', titlesContain: 'savivaldyb' },
		{ query: 'savivaldybes patalpos', top3: 'legal-forms/municipal-premises-and-resources/' },
		{ query: 'viesasis pirkimas', top3: 'legal-forms/public-procurement-of-services/' },
		{ query: 'bendruomenes namai', top3: 'cases/palanga-community-house/' },
		// Inflected: genitive singular and plural, nominative where the title has the accusative.
		{ query: 'apskritojo stalo', top3: 'methods/local-round-table/' },
		{ query: 'žaidimų aikštelę', top3: 'cases/tokodaltaro-kindergarten-playground-firms/' },
		{ query: 'koordinavimas', top3: 'pitfalls/no-coordination-owner/' },
	],
	en: [
		{ query: 'round table', top3: 'methods/local-round-table/' },
		{ query: 'procurement', top3: 'legal-forms/public-procurement-of-services/' },
		{ query: 'playgrounds', top3: 'cases/tokodaltaro-kindergarten-playground-firms/' },
		{ query: 'grant dependence', top3: 'pitfalls/single-grant-dependence/' },
		{ query: 'coordination', top3: 'pitfalls/no-coordination-owner/' },
		{ query: 'Riga participatory budget', top3: 'cases/riga-participatory-budget-neighbourhoods/' },
	],
};

describeBrowser('search relevance on the bundled library', () => {
	const session = useBrowser({ outDir: sites.bundled.outDir });

	/** The first three results (path below the locale, title) of each query, from the locale's own index. */
	async function topThree(page: Page, locale: string, queries: string[]) {
		await page.goto(`${session.server.url}${locale}/search/`);
		// A string, not a function: Vitest would rewrite a dynamic import() inside a function for Node.
		const script = `(async () => {
			const pagefind = await import(${JSON.stringify(`${new URL(session.server.url).pathname}pagefind/pagefind.js`)});
			await pagefind.init();
			const out = {};
			for (const query of ${JSON.stringify(queries)}) {
				const response = await pagefind.search(query);
				out[query] = await Promise.all(response.results.slice(0, 3).map(async (r) => {
					const data = await r.data();
					return { path: data.url, title: data.meta.title };
				}));
			}
			return out;
		})()`;
		// pagefind.js picks the index of the page's <html lang>.
		return (await page.evaluate(script)) as Record<string, { path: string; title: string }[]>;
	}

	for (const [locale, list] of Object.entries(expectations)) {
		it(`finds the expected entries in the top three (${locale})`, async () => {
			const page = await session.browser.newPage();
			try {
				const results = await topThree(
					page,
					locale,
					list.map((e) => e.query),
				);
				for (const { query, top3, titlesContain } of list) {
					const found = results[query]!;
					const shown = found.map((r) => `${r.path} (${r.title})`).join(', ');
					if (top3)
						expect(
							found.map((r) => r.path),
							`${locale} "${query}" → ${shown}`,
						).toContain(`/${locale}/${top3}`);
					if (titlesContain) {
						expect(found, `${locale} "${query}"`).toHaveLength(3);
						for (const r of found) expect(r.title.toLocaleLowerCase(locale), `${locale} "${query}" → ${shown}`).toContain(titlesContain);
					}
				}
			} finally {
				await page.close();
			}
		});
	}
});
