import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checklistReady, describeBrowser, useBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';
import { sites } from '../helpers/build.ts';

/**
 * The checklist island on the fixture site (3 items in 2 phases), in
 * Chromium: progress survives reloads and a change of language, clearing
 * works, nothing shifts when it hydrates, and without JavaScript every item
 * is still there.
 */
const pagePath = (locale: string) => `${locale}/checklists/partnership-action-map/`;
const storageKey = 'cooperation-atlas:checklist:partnership-action-map';

describeBrowser('checklist island', () => {
	const session = useBrowser({ outDir: sites.fixture.outDir });

	const withPage = session.withPage;

	/** Opens the checklist and waits until the island has hydrated and read saved progress. */
	async function open(page: Page, locale: string) {
		await page.goto(session.server.url + pagePath(locale));
		await checklistReady(page);
	}
	const box = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });
	const note = (page: Page, label: string, word = 'Note') => page.getByRole('textbox', { name: `${word} (${label})`, exact: true });
	const checked = (page: Page) => page.locator('.checklist input[type=checkbox]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));

	it('keeps ticks and notes through a reload and a change of language', async () => {
		await withPage(async (page) => {
			await open(page, 'en');
			expect(await checked(page)).toEqual([false, false, false]);
			await box(page, 'Map organisations').check();
			await box(page, 'Hold a first meeting').check();
			await note(page, 'Hold a first meeting').fill('Town hall, 12 May');
			await expect.poll(() => page.locator('#checklist-total-text').textContent()).toBe('2 of 3 items done');
			expect(await page.locator('[aria-live=polite]').textContent()).toBe('Contacting: 1 of 1 item done. In total: 2 of 3 items done.');

			await page.reload();
			await checklistReady(page);
			expect(await checked(page)).toEqual([true, false, true]);
			expect(await page.locator('#note-first-meeting').inputValue()).toBe('Town hall, 12 May');
			expect(await page.locator('#checklist-total-text').textContent()).toBe('2 of 3 items done');

			// Through the language switcher, as a reader would.
			await page.locator('nav.lang a[hreflang="lv"]').click();
			await page.waitForURL(/\/lv\/checklists\/partnership-action-map\/$/);
			await checklistReady(page);
			expect(await page.locator('html').getAttribute('lang')).toBe('lv');
			expect(await checked(page)).toEqual([true, false, true]);
			expect(await box(page, 'Apzināt organizācijas').isChecked()).toBe(true);
			expect(await page.locator('#note-first-meeting').inputValue()).toBe('Town hall, 12 May');
			expect(await page.locator('#checklist-total-text').textContent()).toBe('Paveikts: 2 no 3 punktiem');

			// A change made in Latvian shows in Lithuanian.
			await box(page, 'Iecelt koordinatoru').check();
			await page.locator('nav.lang a[hreflang="lt"]').click();
			await page.waitForURL(/\/lt\//);
			await checklistReady(page);
			expect(await checked(page)).toEqual([true, true, true]);
			expect(await page.locator('#checklist-total-text').textContent()).toBe('Atlikta: 3 iš 3 punktų');
		});
	});

	it('keeps ticks and notes made on a slow phone before the island is ready', async () => {
		await withPage(
			async (page, context) => {
				// A slow 3G phone with a 4× slower CPU, as in the review that found the loss.
				const cdp = await context.newCDPSession(page);
				await cdp.send('Network.enable');
				await cdp.send('Network.emulateNetworkConditions', {
					offline: false,
					latency: 400,
					downloadThroughput: (400 * 1024) / 8,
					uploadThroughput: (400 * 1024) / 8,
				});
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
				// Saved progress from an earlier visit, which typed input must join, not replace.
				await page.goto(`${session.server.url}en/`);
				await page.evaluate(
					(key) => localStorage.setItem(key, JSON.stringify({ version: 1, items: { 'name-coordinator': { done: true, note: 'Earlier' } } })),
					storageKey,
				);
				// Hold the island's code until the reader has acted, so the test does not depend on timing.
				let release: () => void = () => {};
				const held = new Promise<void>((resolve) => (release = resolve));
				await page.route('**/_astro/*.js', async (route) => {
					await held;
					await route.continue();
				});
				await page.goto(session.server.url + pagePath('en'), { waitUntil: 'domcontentloaded' });
				await box(page, 'Map organisations').check();
				await note(page, 'Hold a first meeting').fill('Town hall, 12 May');
				await note(page, 'Name a coordinator').fill('Typed now');
				expect(await page.locator('.checklist').getAttribute('data-ready')).toBe('false');
				release();
				await checklistReady(page);
				expect(await checked(page)).toEqual([true, true, false]);
				expect(await page.locator('#note-first-meeting').inputValue()).toBe('Town hall, 12 May');
				expect(await page.locator('#note-name-coordinator').inputValue()).toBe('Typed now');
				expect(await page.locator('#checklist-total-text').textContent()).toBe('2 of 3 items done');
				const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey)) ?? '{}');
				expect(stored.items['map-organisations']).toMatchObject({ done: true });
				expect(stored.items['first-meeting']).toMatchObject({ note: 'Town hall, 12 May' });
				expect(stored.items['name-coordinator']).toMatchObject({ done: true, note: 'Typed now' });

				await page.unroute('**/_astro/*.js');
				await page.reload();
				await checklistReady(page);
				expect(await checked(page)).toEqual([true, true, false]);
				expect(await page.locator('#note-first-meeting').inputValue()).toBe('Town hall, 12 May');
			},
			{ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
		);
	});

	it('clears progress after an in-page confirmation', async () => {
		await withPage(async (page) => {
			await open(page, 'en');
			await box(page, 'Name a coordinator').check();
			await page.getByRole('button', { name: 'Clear my progress' }).click();
			await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Clear all ticks and notes');
			await page.keyboard.press('Escape');
			expect(await box(page, 'Name a coordinator').isChecked()).toBe(true);
			await page.getByRole('button', { name: 'Clear my progress' }).click();
			await page.getByRole('button', { name: 'Yes, clear everything' }).click();
			expect(await checked(page)).toEqual([false, false, false]);
			expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
			await page.reload();
			await checklistReady(page);
			expect(await checked(page)).toEqual([false, false, false]);
			expect(await page.locator('#checklist-total-text').textContent()).toBe('0 of 3 items done');
		});
	});

	it('can be worked with the keyboard alone, with a visible focus indicator', async () => {
		await withPage(async (page) => {
			await open(page, 'en');
			await page.locator('#item-map-organisations').focus();
			const outline = await page.locator('#item-map-organisations').evaluate((el) => getComputedStyle(el).outlineStyle);
			expect(outline).not.toBe('none');
			await page.keyboard.press('Space');
			expect(await box(page, 'Map organisations').isChecked()).toBe(true);
			// Tab order: the item's links (its method, and the directory where the item names that tool), then its note.
			const links = await page.locator('#item-map-organisations').locator('xpath=ancestor::li[1]').locator('a').count();
			expect(links).toBeGreaterThan(0);
			for (let i = 0; i <= links; i++) await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-map-organisations');
			await page.keyboard.type('Anna');
			await page.reload();
			await checklistReady(page);
			expect(await page.locator('#note-map-organisations').inputValue()).toBe('Anna');
		});
	});

	it('tells the reader once when saved progress cannot be read, and the page keeps working', async () => {
		await withPage(async (page) => {
			await page.goto(session.server.url + pagePath('en'));
			await page.evaluate((key) => localStorage.setItem(key, '{"version":"future"}'), storageKey);
			await page.reload();
			await checklistReady(page);
			await expect.poll(() => page.locator('.checklist-notice').textContent()).toContain('could not be read');
			await page.getByRole('button', { name: 'OK' }).click();
			expect(await page.locator('.checklist-notice').count()).toBe(0);
			await page.reload();
			await checklistReady(page);
			expect(await page.locator('.checklist-notice').count()).toBe(0);
			await box(page, 'Map organisations').check();
			expect(await page.locator('#checklist-total-text').textContent()).toBe('1 of 3 items done');
		});
	});

	it('hydrates without layout shift, even with saved ticks and notes', async () => {
		await withPage(async (page) => {
			await page.goto(session.server.url + pagePath('en'));
			await page.evaluate(
				(key) =>
					localStorage.setItem(
						key,
						JSON.stringify({ version: 1, items: { 'map-organisations': { done: true, note: 'Anna' }, 'first-meeting': { done: true } } }),
					),
				storageKey,
			);
			await page.addInitScript(() => {
				(window as unknown as { shift: number }).shift = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
						if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.reload();
			await checklistReady(page);
			expect(await checked(page)).toEqual([true, false, true]);
			await page.waitForTimeout(300);
			expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
		});
	});

	it('shows every item without JavaScript, and says that nothing is saved', async () => {
		await withPage(
			async (page) => {
				await page.goto(session.server.url + pagePath('en'));
				const labels = await page.locator('.checklist fieldset label[for^="item-"]').allTextContents();
				expect(labels).toEqual(['Map organisations', 'Name a coordinator', 'Hold a first meeting']);
				expect(await page.locator('.checklist fieldset legend').allTextContents()).toEqual(['Phase 1 Preparation', 'Phase 2 Contacting']);
				expect(await page.locator('.checklist-device').textContent()).toContain('saves nothing without JavaScript');
				expect(await page.locator('.checklist a[href="/en/methods/round-table/"]').count()).toBe(1);
				await box(page, 'Map organisations').check();
				expect(await box(page, 'Map organisations').isChecked()).toBe(true);
			},
			{ javaScriptEnabled: false },
		);
	});

	it.each([
		['a phone', { width: 360, height: 740 }],
		['200 % zoom (1280 px wide window)', { width: 640, height: 400 }],
		['the narrowest reflow width (320 px)', { width: 320, height: 600 }],
	])('fits %s without horizontal scrolling', async (_, viewport) => {
		await withPage(
			async (page) => {
				await open(page, 'en');
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow).toBeLessThanOrEqual(0);
				const clear = await page.getByRole('button', { name: 'Clear my progress' }).boundingBox();
				expect(clear!.x + clear!.width).toBeLessThanOrEqual(viewport.width);
				const box = await page.locator('#item-map-organisations').boundingBox();
				expect(box!.width).toBeGreaterThanOrEqual(20);
			},
			{ viewport },
		);
	});

	it('downloads the checklist as Markdown in the page language', async () => {
		await withPage(async (page) => {
			await open(page, 'hu');
			await box(page, 'Szervezetek feltérképezése').check();
			await note(page, 'Első találkozó', 'Jegyzet').fill('Anna');
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Letöltés Markdown-fájlként' }).click()]);
			expect(download.suggestedFilename()).toMatch(/^partnership-action-map-\d{4}-\d{2}-\d{2}\.md$/);
			const text = fs.readFileSync((await download.path())!, 'utf8');
			expect(text).toContain('# Cselekvési térkép');
			expect(text).toContain(`Forrás: ${session.server.url}hu/checklists/partnership-action-map/`);
			expect(text).toContain('3 feladatból 1 kész');
			expect(text).toContain('## 1. szakasz: Előkészítés');
			expect(text).toContain('- [x] Szervezetek feltérképezése');
			expect(text).toContain('- [ ] Első találkozó\n  - Jegyzet: Anna');
		});
	});

	it('prints a one-page handout with ticks and notes but without the page furniture', async () => {
		await withPage(async (page) => {
			await open(page, 'en');
			await box(page, 'Map organisations').check();
			await note(page, 'Name a coordinator').fill('Béla');
			await page.emulateMedia({ media: 'print' });
			for (const hidden of ['.checklist-tools', '.site-header nav', '.site-footer', '.facts', '.checklist-device']) {
				const visible = await page
					.locator(hidden)
					.first()
					.isVisible()
					.catch(() => false);
				expect(visible, hidden).toBe(false);
			}
			expect(await box(page, 'Map organisations').isVisible()).toBe(true);
			expect(await box(page, 'Map organisations').isChecked()).toBe(true);
			expect(await page.locator('#note-name-coordinator').isVisible()).toBe(true);
			const pdf = await page.pdf({ format: 'A4' });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
			expect(pages).toHaveLength(1);
		});
	});

	it('prints each checklist of the bundled library on one page in every language', async () => {
		const bundled = await serveStatic(sites.bundled.outDir, '/');
		const dir = path.join(sites.bundled.outDir, 'en/checklists');
		const slugs = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isDirectory());
		expect(slugs.length).toBeGreaterThan(0);
		try {
			await withPage(async (page) => {
				for (const slug of slugs) {
					for (const locale of ['en', 'hu', 'lv', 'lt']) {
						await page.emulateMedia({ media: 'screen' });
						await page.goto(`${bundled.url}${locale}/checklists/${slug}/`);
						await checklistReady(page);
						await page.locator('.checklist input[type=text]').first().fill('Anna, by 12 May');
						await page.emulateMedia({ media: 'print' });
						const pdf = await page.pdf({ format: 'A4' });
						expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [], `${locale}/checklists/${slug}/`).toHaveLength(1);
					}
				}
			});
		} finally {
			await bundled.close();
		}
	});
});
