import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';
import { sites } from '../helpers/build.ts';

/**
 * The search page in Chromium on the fixture site (and the municipal copy
 * under /atlas/): a query, a filter and a query typed without diacritics find
 * the right page in every locale; counts use each language's plural forms;
 * everything works from the keyboard; without JavaScript the page offers the
 * browse links.
 */
describeBrowser('search page', () => {
	const session = useBrowser({ outDir: sites.fixture.outDir });

	const withPage = session.withPage;

	// Pagefind loads its index and WebAssembly on first use; give it time on a busy machine.
	const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
	/** A filter checkbox by its label; the label ends with the number of results, e.g. "Youth (2)". */
	const filterBox = (page: Page, label: string) =>
		page.getByRole('checkbox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) });
	const countOf = (page: Page, label: string) => page.locator('.search-filters label', { hasText: label }).locator('[data-count]').textContent();
	/** Opens the folded filter group that holds a value, as a reader does: by its heading. */
	async function openGroupOf(page: Page, label: string) {
		const group = page.locator('[data-filter-group]', { has: page.locator('label', { hasText: label }) });
		if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) await group.locator('summary').click();
	}
	const filterFiles = (page: Page) => {
		const urls: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/filter/')) urls.push(request.url());
		});
		return urls;
	};
	const status = (page: Page) => page.locator('[data-search-status]');
	const resultLinks = (page: Page) =>
		page.locator('[data-search-results] h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

	/** Types a query into the search page's box and waits for the count. */
	async function search(page: Page, locale: string, query: string, expectedStatus: string | RegExp) {
		await page.goto(`${session.server.url}${locale}/search/`);
		await page.locator('#search-q').fill(query);
		await page.locator('#search-q').press('Enter');
		await poll(() => status(page).textContent()).toMatch(expectedStatus);
	}

	const cases = [
		{ locale: 'en', query: 'gardens', status: '1 result for “gardens”', diacriticFree: undefined },
		{ locale: 'hu', query: 'kertekben', status: '1 találat erre: „kertekben”', diacriticFree: { query: 'onkormanyzati kozossegi', status: /^1 találat/ } },
		{ locale: 'lv', query: 'dārzā', status: '1 rezultāts vaicājumam „dārzā”', diacriticFree: { query: 'pasvaldibas darzs', status: /^1 rezultāts/ } },
		{
			locale: 'lt',
			query: 'soduose',
			status: '1 rezultatas pagal užklausą „soduose“',
			diacriticFree: { query: 'savivaldybes sodas', status: /^1 rezultatas/ },
		},
	];

	const glance: Record<string, string> = {
		en: 'Case study · Hungary · Community development, Social inclusion',
		hu: 'Esettanulmány · Magyarország · Közösségfejlesztés, Társadalmi befogadás',
		lv: 'Gadījuma apraksts · Ungārija · Kopienas attīstība, Sociālā iekļaušana',
		lt: 'Atvejo aprašymas · Vengrija · Bendruomenių plėtra, Socialinė įtrauktis',
	};

	it('names a scenario as a scenario in its result', async () => {
		await withPage(async (page) => {
			await page.goto(`${session.server.url}lv/search/?q=talka`);
			// The scenario comes first; an organisation that mentions the same word may follow.
			await poll(async () => (await resultLinks(page))[0]).toBe('/lv/cases/river-cleanup/');
			await poll(() => page.locator('[data-search-results] li p.meta').first().textContent()).toBe(
				'Gadījuma apraksts · Scenārijs · Latvija · Publiskā ārtelpa, Jaunieši',
			);
		});
	});

	for (const { locale, query, status: expected, diacriticFree } of cases) {
		it(`finds a case by a word in its text (${locale}), with the translated count`, async () => {
			await withPage(async (page) => {
				await search(page, locale, query, expected);
				await poll(() => resultLinks(page)).toEqual([`/${locale}/cases/community-garden/`]);
				// The results stop being busy once they and the filter counts are in.
				await poll(() => page.locator('[data-search-results]').getAttribute('aria-busy')).toBe('false');
				// The address keeps the search, so it can be bookmarked or shared.
				expect(new URL(page.url()).searchParams.get('q')).toBe(query);
				// The matched words are highlighted in the excerpt.
				expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
				// At a glance: type, country and theme, the case's result, and an excerpt from the start of a sentence.
				const meta = await page.locator('[data-search-results] li p.meta').first().textContent();
				expect(meta).toBe(glance[locale]);
				expect(await page.locator('[data-search-results] li p.result').first().textContent()).toMatch(/^\S.*: \S/);
				expect(await page.locator('[data-search-results] li p.excerpt').first().textContent()).toMatch(/^\p{Lu}/u);
			});
		});
		if (diacriticFree) {
			it(`finds a page when the query is typed without diacritics (${locale})`, async () => {
				await withPage(async (page) => {
					await search(page, locale, diacriticFree.query, diacriticFree.status);
					await poll(async () => (await resultLinks(page))[0]).toBe(`/${locale}/cases/community-garden/`);
				});
			});
		}
	}

	it('counts with the right plural form (lv one/other, lt few)', async () => {
		await withPage(async (page) => {
			// Filter-only counts: lt has 2 cases + 1 method + 1 legal form (river-cleanup is a fallback there, so 3 of them are indexed).
			await page.goto(`${session.server.url}lt/search/?type=case&type=method&type=legalForm`);
			await poll(() => status(page).textContent()).toBe('3 įrašai atitinka pasirinktus filtrus');
			await page.goto(`${session.server.url}lv/search/?type=case`);
			await poll(() => status(page).textContent()).toBe('2 ieraksti atbilst izvēlētajiem filtriem');
			await page.goto(`${session.server.url}lv/search/?type=method`);
			await poll(() => status(page).textContent()).toBe('1 ieraksts atbilst izvēlētajiem filtriem');
		});
	});

	it('on a phone, searches without the filter indexes; each filter fetches its own once its group is opened', async () => {
		await withPage(
			async (page) => {
				const fetched = filterFiles(page);
				await search(page, 'lv', 'talka', /^\d+ rezultāt/);
				await poll(async () => (await resultLinks(page))[0]).toBe('/lv/cases/river-cleanup/');
				expect(await page.locator('[data-search-filters]').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
				expect(fetched).toEqual([]);
				// The open panel shows the filters' names; each group's values and counts come when it is opened.
				await page.locator('[data-search-filters] > summary').click();
				expect(await page.locator('[data-filter-group][open]').count()).toBe(0);
				await openGroupOf(page, 'Gadījuma apraksts');
				await poll(() => countOf(page, 'Gadījuma apraksts')).toBe('(1)');
				expect(fetched).toHaveLength(1);
				expect(await countOf(page, 'Scenārijs')).toBe('');
				await openGroupOf(page, 'Scenārijs');
				await poll(() => countOf(page, 'Scenārijs')).toBe('(1)');
				expect(fetched).toHaveLength(2);
				// Later searches bring the counts of the open groups along.
				await openGroupOf(page, 'Ungārija');
				await page.locator('#search-q').fill('dārzs');
				await page.locator('#search-q').press('Enter');
				await poll(async () => (await resultLinks(page))[0]).toBe('/lv/cases/community-garden/');
				await poll(() => countOf(page, 'Ungārija')).toBe('(1)');
				await poll(() => countOf(page, 'Scenārijs')).toBe('(0)');
				expect(fetched).toHaveLength(3);
			},
			{ viewport: { width: 390, height: 844 } },
		);
	});

	it('on a wide screen, shows the filter panel open with its groups folded, and fetches no filter index for the first search', async () => {
		await withPage(async (page) => {
			const fetched = filterFiles(page);
			await search(page, 'en', 'gardens', '1 result for “gardens”');
			expect(await page.locator('[data-search-filters]').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(true);
			expect(await page.locator('[data-filter-group]').count()).toBeGreaterThan(5);
			expect(await page.locator('[data-filter-group][open]').count()).toBe(0);
			expect(fetched).toEqual([]);
			// The type filter's counts, within the results, once its group is opened.
			await openGroupOf(page, 'Case study');
			await poll(() => countOf(page, 'Case study')).toBe('(1)');
			expect(await countOf(page, 'Method')).toBe('(0)');
			expect(fetched).toHaveLength(1);
		});
	});

	it('browses by filter alone, in each locale, and combines filters', async () => {
		await withPage(async (page) => {
			await page.goto(`${session.server.url}lv/search/`);
			await poll(() => status(page).textContent()).toBe('Ierakstiet vārdu vai izvēlieties filtru.');
			// Before any choice, each value shows how many entries have it.
			await openGroupOf(page, 'Gadījuma apraksts');
			await poll(() => countOf(page, 'Gadījuma apraksts')).toBe('(2)');
			await openGroupOf(page, 'Jaunieši');
			await filterBox(page, 'Jaunieši').check();
			await poll(() => status(page).textContent()).toBe('1 ieraksts atbilst izvēlētajiem filtriem');
			// Counts: other values of the same filter count as added (any of); other filters count within the results.
			await poll(() => countOf(page, 'Kopienas attīstība')).toBe('(1)');
			await openGroupOf(page, 'Ungārija');
			await poll(() => countOf(page, 'Ungārija')).toBe('(0)');
			// A value that would give nothing cannot be chosen.
			expect(await filterBox(page, 'Ungārija').isDisabled()).toBe(true);
			expect(await countOf(page, 'Latvija')).toBe('(1)');
			await poll(() => resultLinks(page)).toEqual(['/lv/cases/river-cleanup/']);
			// Filter-only results show the summary.
			await poll(() => page.locator('[data-search-results] li p.excerpt').last().textContent()).toBe('Upes talka summary.');
			expect(new URL(page.url()).search).toBe('?theme=youth');
			// A second theme widens (any of), a country narrows (all filters).
			await filterBox(page, 'Kopienas attīstība').check();
			// Sorted by title: "Pašvaldības kopienas dārzs" before "Upes talka".
			await poll(() => resultLinks(page)).toEqual(['/lv/cases/community-garden/', '/lv/cases/river-cleanup/']);
			expect(await filterBox(page, 'Ungārija').isEnabled()).toBe(true);
			await filterBox(page, 'Ungārija').check();
			await poll(() => resultLinks(page)).toEqual(['/lv/cases/community-garden/']);
			await page.getByRole('button', { name: 'Notīrīt visus filtrus' }).click();
			await poll(() => status(page).textContent()).toBe('Ierakstiet vārdu vai izvēlieties filtru.');
		});
		for (const [locale, label, expected] of [
			['hu', 'Módszer', '/hu/methods/round-table/'],
			['lt', 'Dažna klaida', '/lt/pitfalls/lonely-coordinator/'],
			['en', 'Legal cooperation form', '/en/legal-forms/grant-route/'],
		] as const) {
			await withPage(async (page) => {
				await page.goto(`${session.server.url}${locale}/search/`);
				await openGroupOf(page, label);
				await filterBox(page, label).check();
				await poll(() => resultLinks(page)).toEqual([expected]);
			});
		}
	});

	it('finds organisations of the local partner directory by what they offer or need', async () => {
		await withPage(async (page) => {
			await page.goto(`${session.server.url}en/search/?offers=premises`);
			await poll(() => resultLinks(page)).toEqual(['/en/organisations/old-mill-community-hall/']);
			await page.goto(`${session.server.url}en/search/?needs=premises&type=organisation`);
			await poll(() => resultLinks(page)).toEqual(['/en/organisations/riverside-youth-club/']);
			// At a glance: the type and the country.
			await poll(() => page.locator('[data-search-results] .meta').first().textContent()).toBe('Organisation · Latvia');
		});
	});

	it('combines a query with a filter and says when nothing matches', async () => {
		await withPage(async (page) => {
			await page.goto(`${session.server.url}en/search/?q=garden&theme=youth`);
			await poll(() => status(page).textContent()).toBe('Nothing found for “garden”. Check the spelling, try a shorter word or remove a filter.');
			// The address chose a theme, so that group is open, with its counts.
			expect(await filterBox(page, 'Youth').isChecked()).toBe(true);
			expect(await page.locator('[data-filter-group][open]').evaluateAll((groups) => groups.map((g) => (g as HTMLElement).dataset.filterGroup))).toEqual([
				'theme',
			]);
			expect(await page.locator('#search-q').inputValue()).toBe('garden');
		});
	});

	it('does not index interface text inside articles (the checklist’s device note and buttons)', async () => {
		await withPage(async (page) => {
			// "…kept in this browser…" and "Print handout" are only in the checklist island's interface.
			await search(page, 'en', 'browser', 'Nothing found for “browser”. Check the spelling, try a shorter word or remove a filter.');
			await search(page, 'en', 'handout', /^Nothing found/);
			// The checklist's own items are indexed.
			await page.goto(`${session.server.url}en/search/?type=checklist`);
			await poll(() => resultLinks(page)).toEqual(['/en/checklists/partnership-action-map/']);
		});
	});

	it('takes a query from the header search box on any page', async () => {
		await withPage(async (page) => {
			await page.goto(`${session.server.url}lt/methods/round-table/`);
			expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('pagefind')))).toBe(false);
			await page.getByRole('searchbox', { name: 'Ieškoti atlase' }).fill('savivaldybe');
			await page.getByRole('searchbox', { name: 'Ieškoti atlase' }).press('Enter');
			await page.waitForURL(/\/lt\/search\/\?q=savivaldybe$/);
			await poll(() => resultLinks(page)).toContain('/lt/cases/community-garden/');
		});
	});

	it('works from the keyboard alone', async () => {
		await withPage(async (page) => {
			await page.goto(`${session.server.url}hu/search/`);
			await page.locator('#search-q').focus();
			await page.keyboard.type('kerekasztal');
			await page.keyboard.press('Enter');
			await poll(() => resultLinks(page)).toContain('/hu/methods/round-table/');
			// Filter groups open with Enter on their heading; their values are native checkboxes: Tab reaches them, Space ticks them.
			await page.locator('#search-q').focus();
			const focused = () =>
				page.evaluate(() => {
					const active = document.activeElement;
					return active?.matches('[data-filter-group] > summary') ? 'group' : `${active?.tagName.toLowerCase()}${active?.getAttribute('type') ?? ''}`;
				});
			let reached = '';
			for (let i = 0; i < 10 && reached !== 'group'; i++) {
				await page.keyboard.press('Tab');
				reached = await focused();
			}
			expect(reached).toBe('group');
			// The group's counts are held back until its first value has the focus: a value that turns out to give
			// nothing stays enabled while focused, so the keyboard keeps its place.
			let release = () => {};
			const held = new Promise<void>((resolve) => {
				release = resolve;
			});
			await page.context().route('**/pagefind/filter/**', async (route) => {
				await held;
				await route.continue();
			});
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			expect(await focused()).toBe('inputcheckbox');
			release();
			await poll(() => page.evaluate(() => document.activeElement?.parentElement?.querySelector('[data-count]')?.textContent)).toBe('(0)');
			expect(await focused()).toBe('inputcheckbox');
			expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).disabled)).toBe(false);
			await page.keyboard.press('Space');
			expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
		});
	});

	it('links to the browse pages without JavaScript', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${session.server.url}en/search/?q=garden`);
				expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
				expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
				for (const name of ['Case studies', 'Youth', 'Hungary', 'NGO'])
					expect(await page.getByRole('link', { name, exact: true }).first().isVisible(), name).toBe(true);
			},
			{ javaScriptEnabled: false },
		);
	});

	it('works under a base path (/atlas/) in an added language', async () => {
		const municipal = await serveStatic(sites.municipal.outDir, '/atlas/');
		try {
			await withPage(async (page) => {
				await page.goto(`${municipal.url}sv/search/?q=skolgarden`);
				await poll(() => resultLinks(page)).toContain('/atlas/sv/cases/schoolyard-greening/');
				await page.goto(`${municipal.url}en/search/?q=gardens`);
				await poll(() => resultLinks(page)).toEqual(['/atlas/en/cases/community-garden/']);
				await page.locator('[data-search-results] a').first().click();
				await page.waitForURL(/\/atlas\/en\/cases\/community-garden\/$/);
			});
		} finally {
			await municipal.close();
		}
	});
});
