import { beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { htmlFiles, projectRoot, sites } from '../helpers/build.ts';
import { pagePath, templatePages } from '../helpers/templates.ts';
import { loadSite } from '../../src/content/load-site.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violationsOn(page: Page, label: string): Promise<string[]> {
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		// Legacy mode runs axe in the page itself (no iframes here), which is several times faster.
		// The dark run checks colour contrast only: nothing else changes with the colour scheme.
		const builder = new AxeBuilder({ page }).setLegacyMode(true);
		const { violations } = await (colorScheme === 'light' ? builder.withTags(tags) : builder.withRules(['color-contrast'])).analyze();
		for (const v of violations)
			found.push(
				`${label} [${colorScheme}] ${v.id}: ${v.help} — ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 5)
					.join(', ')}`,
			);
	}
	return found;
}

/**
 * axe-core on Debian Chromium, light and dark colour schemes (contrast
 * differs). The fixture site: every page. The bundled site: one page of every
 * template in every locale (every page would take several minutes; the
 * templates are what differ, and every locale's strings are covered).
 */
describeBrowser('accessibility (axe-core)', () => {
	const session = useBrowser();

	async function check(site: (typeof sites)[keyof typeof sites], files: string[]) {
		const { config } = loadSite(projectRoot, site.config);
		const server: StaticServer = await serveStatic(site.outDir, config.base);
		// axe finishes its run in a second page of the same context, so the page needs its own context.
		const context = await session.browser.newContext();
		const page = await context.newPage();
		const found: string[] = [];
		try {
			for (const file of files) {
				await page.goto(server.url + pagePath(file), { waitUntil: 'load' });
				found.push(...(await violationsOn(page, file)));
			}
		} finally {
			await context.close();
			await server.close();
		}
		return found;
	}

	it('every page of the fixture site has zero violations', async () => {
		const files = htmlFiles(sites.fixture.outDir);
		expect(files.length).toBeGreaterThan(40);
		expect((await check(sites.fixture, files)).join('\n')).toBe('');
	}, 600_000);

	it('every page template × locale of the bundled site has zero violations', async () => {
		const { config } = loadSite(projectRoot, sites.bundled.config);
		const files = templatePages(sites.bundled.outDir, config.locales).map((p) => p.file);
		expect(files.length).toBeGreaterThan(4 * 10);
		expect((await check(sites.bundled, files)).join('\n')).toBe('');
	}, 600_000);

	it('finds a violation in a page that has one (the check is really on)', async () => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		try {
			await page.setContent(
				'<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="x.png"><p style="color:#bbb;background:#fff">low contrast</p><p class="d">dark only</p></main><style>@media (prefers-color-scheme: dark) { .d { color: #333; background: #222 } }</style></body></html>',
			);
			const found = await violationsOn(page, 'inline');
			expect(found.map((v) => v.split(' ').slice(1, 3).join(' '))).toEqual(
				expect.arrayContaining(['[light] html-has-lang:', '[light] image-alt:', '[light] color-contrast:', '[dark] color-contrast:']),
			);
			expect(found.find((v) => v.startsWith('inline [dark]'))).toContain('.d');
		} finally {
			await context.close();
		}
	});
});

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
