import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, untilSettled, useBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';
import { sites } from '../helpers/build.ts';

/**
 * A reader's first screen on a phone (390 × 844, as in the review of issue 18),
 * in every locale, light and dark: a compact header with full-size tap
 * targets, the case's key facts on the first screen, search results before
 * the filters, and jump lists on long pages.
 */
const phone = { width: 390, height: 844 };
const locales = ['en', 'hu', 'lv', 'lt'] as const;
const schemes = ['light', 'dark'] as const;
const countries = { en: 'Hungary', hu: 'Magyarország', lv: 'Ungārija', lt: 'Vengrija' };

/** Every link, button and field of the header that a reader can tap, with its size. */
const headerTargets = (page: Page) =>
	page.locator('.site-header').evaluate((header) =>
		[...header.querySelectorAll<HTMLElement>('a, button, input')]
			.filter((el) => el.getClientRects().length > 0)
			.map((el) => ({
				name: el.textContent?.trim() || el.getAttribute('hreflang') || el.tagName,
				width: el.getBoundingClientRect().width,
				height: el.getBoundingClientRect().height,
			})),
	);

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
/** Relative luminance of an element's background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const [r, g, b] = getComputedStyle(el)
				.backgroundColor.match(/\d+/g)!
				.map(Number)
				.map((c) => c! / 255);
			const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
			return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
		});

describeBrowser('phone layout (390 × 844)', () => {
	const session = useBrowser({ outDir: sites.fixture.outDir });

	for (const colorScheme of schemes) {
		for (const locale of locales) {
			it(`a case shows its facts on the first screen under a compact header (${locale}, ${colorScheme})`, async () => {
				await session.withPage(
					async (page) => {
						await page.goto(`${session.server.url}${locale}/cases/community-garden/`);
						const header = await box(page, '.site-header');
						expect(header.height).toBeLessThanOrEqual(110);
						for (const target of await headerTargets(page)) {
							expect(target.height, `${target.name} height`).toBeGreaterThanOrEqual(44);
							expect(target.width, `${target.name} width`).toBeGreaterThanOrEqual(44);
						}
						// The facts strip, result line included, is whole on the first screen.
						const strip = await box(page, '.strip');
						expect(strip.y).toBeGreaterThan(header.height);
						expect(strip.y + strip.height).toBeLessThanOrEqual(phone.height);
						const facts = await page.locator('.strip').textContent();
						expect(facts).toContain(countries[locale]);
						expect(await page.locator('.strip .strip-result dd').textContent()).not.toBe('');
						// The colour scheme is followed.
						const luminance = await backgroundLuminance(page, '.strip');
						if (colorScheme === 'dark') expect(luminance).toBeLessThan(0.1);
						else expect(luminance).toBeGreaterThan(0.8);
						expect(await overflow(page)).toBeLessThanOrEqual(0);
						// Every language is one tap away, named in full for screen readers.
						expect(await page.getByRole('link', { name: 'Lietuvių', exact: true }).isVisible()).toBe(true);
						// "On this page" lists the sections, and each link lands on one.
						const toc = page.locator('nav.toc a');
						expect(await toc.count()).toBeGreaterThanOrEqual(4);
						for (const target of await toc.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
							expect(await page.locator(target).count(), target).toBe(1);
						}
					},
					{ viewport: phone, colorScheme, isMobile: true, hasTouch: true },
				);
			});

			it(`search shows results before the folded filters (${locale}, ${colorScheme})`, async () => {
				await session.withPage(
					async (page) => {
						await page.goto(`${session.server.url}${locale}/search/?type=case`);
						await untilSettled(page, 'search');
						const first = await box(page, '[data-search-results] li');
						expect(first.y).toBeLessThan(phone.height);
						const filters = await box(page, '[data-search-filters]');
						expect(filters.y).toBeGreaterThan(first.y);
						// Folded: only its summary shows until the reader opens it (here it is open because the address chose a filter).
						await page.goto(`${session.server.url}${locale}/search/`);
						await untilSettled(page, 'search');
						expect(await page.locator('[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
						expect((await box(page, '[data-search-filters]')).height).toBeLessThan(60);
						expect(await overflow(page)).toBeLessThanOrEqual(0);
					},
					{ viewport: phone, colorScheme, isMobile: true, hasTouch: true },
				);
			});
		}
	}

	it('the map works with the keyboard: Tab reaches each country with cases, Enter opens its page', async () => {
		await session.withPage(
			async (page) => {
				await page.goto(`${session.server.url}lv/`);
				const names: string[] = [];
				for (let i = 0; i < 80 && names.length < 2; i++) {
					await page.keyboard.press('Tab');
					const name = await page.evaluate(() => (document.activeElement?.closest('.case-map svg') ? document.activeElement.getAttribute('aria-label') : null));
					if (name) names.push(name);
				}
				// In the language's order of country names, as in the list.
				expect(names).toEqual(['Latvija: 1 gadījuma apraksts', 'Ungārija: 1 gadījuma apraksts']);
				// The focused country is visibly marked.
				expect(await page.locator('.case-map a:focus-visible .map-country').evaluate((el) => getComputedStyle(el).strokeWidth)).toBe('4px');
				await page.keyboard.press('Enter');
				await page.waitForURL(/\/lv\/countries\/hu\/$/);
				expect(await page.locator('.case-map a[aria-current="page"]').getAttribute('aria-label')).toBe('Ungārija: 1 gadījuma apraksts');
			},
			{ viewport: phone, colorScheme: 'dark' },
		);
	});

	it('the header search box shows a hint on a wide screen, and gives way to a link on a phone', async () => {
		await session.withPage(async (page) => {
			await page.goto(`${session.server.url}en/methods/round-table/`);
			expect(await page.locator('#site-search-q').getAttribute('placeholder')).toBe('Search cases, methods, terms');
			expect(await page.locator('#site-search-q').isVisible()).toBe(true);
			expect(await page.locator('.nav-search').isVisible()).toBe(false);
		});
		await session.withPage(
			async (page) => {
				await page.goto(`${session.server.url}en/methods/round-table/`);
				expect(await page.locator('#site-search-q').isVisible()).toBe(false);
				await page.locator('.nav-search a').click();
				await page.waitForURL(/\/en\/search\/$/);
			},
			{ viewport: phone, isMobile: true, hasTouch: true },
		);
	});

	it('the glossary of the bundled library has an A–Z jump list whose letters land on their terms', async () => {
		const bundled = await serveStatic(sites.bundled.outDir, '/');
		try {
			for (const locale of locales) {
				await session.withPage(
					async (page) => {
						await page.goto(`${bundled.url}${locale}/glossary/`);
						const letters = page.locator('nav.az a');
						expect(await letters.count()).toBeGreaterThan(5);
						expect((await box(page, 'nav.az')).y).toBeLessThan(phone.height);
						const last = letters.last();
						const target = (await last.getAttribute('href'))!;
						const letter = (await last.textContent())!;
						await last.click();
						const term = page.locator(`dt${target}`);
						expect((await term.textContent())!.charAt(0).toLocaleUpperCase(locale)).toBe(letter);
						const top = (await term.boundingBox())!.y;
						expect(top).toBeGreaterThanOrEqual(0);
						expect(top).toBeLessThan(phone.height / 2);
						for (const size of await letters.evaluateAll((links) => links.map((a) => a.getBoundingClientRect()))) {
							expect(size.width).toBeGreaterThanOrEqual(44);
							expect(size.height).toBeGreaterThanOrEqual(44);
						}
					},
					{ viewport: phone, isMobile: true, hasTouch: true },
				);
			}
		} finally {
			await bundled.close();
		}
	});
});
