import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { sites } from '../helpers/build.ts';

/** Keyboard paths of the page furniture; axe-core's checks of every page are in site-walk.test.ts. */
describeBrowser('keyboard paths', () => {
	const session = useBrowser({ outDir: sites.fixture.outDir });
	let page: Page;
	beforeAll(async () => {
		page = await session.browser.newPage();
	});

	const focused = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			const style = el ? getComputedStyle(el) : undefined;
			return {
				id: el?.id ?? '',
				className: el?.className ?? '',
				text: el?.textContent?.trim() ?? '',
				inNav: el?.closest('nav')?.className ?? '',
				outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
				visible: el ? el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().top >= 0 : false,
			};
		});

	async function tabUntil(predicate: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
		for (let i = 0; i < max; i++) {
			await page.keyboard.press('Tab');
			const f = await focused();
			if (predicate(f)) return f;
		}
		return undefined;
	}

	describe.each(['en/methods/round-table/', 'lv/cases/', 'hu/glossary/'])('on %s', (path) => {
		beforeAll(async () => {
			await page.goto(session.server.url + path, { waitUntil: 'load' });
		});

		it('reaches the skip link first; it is visible when focused and moves focus to main', async () => {
			await page.keyboard.press('Tab');
			const first = await focused();
			expect(first.className).toContain('skip-link');
			expect(first.visible).toBe(true);
			expect(first.outline).not.toMatch(/^none|\b0px$/);
			await page.keyboard.press('Enter');
			expect((await focused()).id).toBe('main');
		});

		it('reaches the main navigation and the language switcher, each with a visible focus outline', async () => {
			await page.goto(session.server.url + path, { waitUntil: 'load' });
			const lang = await tabUntil((f) => f.inNav.includes('lang'));
			expect(lang, 'language switcher reachable by Tab').toBeDefined();
			expect(lang!.outline).not.toMatch(/^none|\b0px$/);
			const nav = await tabUntil((f) => f.inNav.includes('nav'));
			expect(nav, 'main navigation reachable by Tab').toBeDefined();
			expect(nav!.outline).not.toMatch(/^none|\b0px$/);
		});
	});
});
