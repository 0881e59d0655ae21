import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checklistReady, describeBrowser, useBrowser } from '../helpers/browser.ts';
import { sites } from '../helpers/build.ts';

/**
 * Printing: an entry prints compactly, its link lists left out and its
 * sources printed with their addresses; the checklist handout says where and
 * when it was printed.
 */
const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describeBrowser('print', () => {
	const session = useBrowser({ outDir: sites.fixture.outDir });

	for (const locale of ['en', 'hu', 'lv', 'lt']) {
		it(`a case prints on one page with its sources and their addresses, without link lists (${locale})`, async () => {
			await session.withPage(async (page) => {
				await page.goto(`${session.server.url}${locale}/cases/community-garden/`);
				expect(await visible(page, '.links')).toBe(true);
				await page.emulateMedia({ media: 'print' });
				for (const hidden of ['.links', '.toc', '.breadcrumbs', '.site-header nav', '.site-footer', '.facts > h2'])
					expect(await visible(page, hidden), hidden).toBe(false);
				// The facts are in the strip; of the panel only the sources remain.
				expect(await visible(page, '.strip')).toBe(true);
				expect(await visible(page, 'dt.facts-sources')).toBe(true);
				const address = await page
					.locator('dd.facts-sources a[href^="http"]')
					.first()
					.evaluate((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }));
				expect(address.after).toBe(`" <${address.href}>"`);
				expect(pagesOf(await page.pdf({ format: 'A4' }))).toBe(1);
			});
		});
	}

	it('the checklist handout names the site, the page address and the day it was printed', async () => {
		await session.withPage(async (page) => {
			await page.goto(`${session.server.url}en/checklists/partnership-action-map/`);
			await checklistReady(page);
			expect(await visible(page, '.handout-source')).toBe(false);
			await page.emulateMedia({ media: 'print' });
			const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
			expect(await page.locator('.handout-source').textContent()).toBe(
				`Fixture Atlas · ${session.server.url}en/checklists/partnership-action-map/ · printed on ${today}`,
			);
			expect(await visible(page, '.handout-source')).toBe(true);
			expect(pagesOf(await page.pdf({ format: 'A4' }))).toBe(1);
		});
		await session.withPage(async (page) => {
			await page.goto(`${session.server.url}lt/checklists/partnership-action-map/`);
			await checklistReady(page);
			expect(await page.locator('.handout-source').textContent()).toMatch(
				/^Bandomasis atlasas · http:\/\/.+\/lt\/checklists\/partnership-action-map\/ · išspausdinta \d{4} m\. .+ d\.$/,
			);
		});
	});
});
