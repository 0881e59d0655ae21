import { expect, it } from 'vitest';
import { describeBrowser, untilSettled, useBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';
import { projectRoot, sites } from '../helpers/build.ts';
import { pagePath, templatePages } from '../helpers/templates.ts';
import { loadSite } from '../../src/content/load-site.ts';

/**
 * A municipality's copy must make no third-party request and set no cookie:
 * every request of one page per template, in every locale, is routed; any
 * leaving the site's origin is aborted and recorded. The search page runs a
 * query and the checklist page gets a tick, so their scripts do their work.
 */
describeBrowser('privacy', () => {
	const session = useBrowser();

	it.each(Object.entries(sites))('no page template of the %s site requests anything from another origin or sets a cookie', async (_name, site) => {
		const { config } = loadSite(projectRoot, site.config);
		const server = await serveStatic(site.outDir, config.base);
		const origin = new URL(server.url).origin;
		const context = await session.browser.newContext();
		const leaving: string[] = [];
		const sameOrigin: string[] = [];
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (new URL(url).origin === origin) {
				sameOrigin.push(url);
				return route.continue();
			}
			leaving.push(url);
			return route.abort('blockedbyclient');
		});
		const pages = templatePages(site.outDir, config.locales);
		try {
			const page = await context.newPage();
			for (const { template, file } of pages) {
				const query = template === 'search' ? '?q=partnership' : '';
				await page.goto(server.url + pagePath(file) + query);
				await untilSettled(page, template);
				// A tick in the checklist exercises its saving of progress.
				if (template === 'checklists/*') await page.locator('main input[type="checkbox"]').first().click();
			}
			expect(await context.cookies()).toEqual([]);
		} finally {
			await context.close();
			await server.close();
		}
		expect(leaving).toEqual([]);
		// The route really saw the pages' own requests (stylesheets at least).
		expect(sameOrigin.some((u) => u.endsWith('.css'))).toBe(true);
	});
});
