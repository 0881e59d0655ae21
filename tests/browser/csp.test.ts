import { expect, it } from 'vitest';
import { describeBrowser, untilSettled, useBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { projectRoot, sites } from '../helpers/build.ts';
import { pagePath, templatePages } from '../helpers/templates.ts';
import { loadSite } from '../../src/content/load-site.ts';

/**
 * One page of every page template (home, lists, each entry type, glossary,
 * 404s, root chooser, search and any facet pages), in English, on the fixture
 * and the bundled site: the browser must report no Content Security Policy
 * violation. The search page runs a query so Pagefind loads its WebAssembly.
 */
describeBrowser('Content Security Policy in the browser', () => {
	const session = useBrowser();

	it.each(Object.entries(sites))('every page template of the %s site loads with zero CSP violations', async (name, site) => {
		const { config } = loadSite(projectRoot, site.config);
		const server: StaticServer = await serveStatic(site.outDir, config.base);
		const context = await session.browser.newContext();
		const violations: string[] = [];
		const pages = templatePages(site.outDir, config.locales, 'en');
		// The fixture has every entry type; every site has the shared templates.
		const entryTemplates = name === 'fixture' ? ['cases', 'cases/*', 'methods/*', 'legal-forms/*', 'pitfalls/*', 'checklists/*'] : [];
		expect(pages.map((p) => p.template)).toEqual(expect.arrayContaining(['home', 'glossary', '404', 'root 404', 'root chooser', ...entryTemplates]));
		try {
			// Runs before any page script; the event fires for every blocked load, inline script or style.
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
				);
			});
			for (const { template, file } of pages) {
				const page = await context.newPage();
				page.on('console', (m) => {
					if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(`${template} (${file}): ${m.text()}`);
				});
				const query = template === 'search' ? '?q=partnership' : '';
				await page.goto(server.url + pagePath(file) + query);
				// The search page goes on loading Pagefind's index and WebAssembly after `load`.
				await untilSettled(page, template);
				await page.close();
			}
		} finally {
			await context.close();
			await server.close();
		}
		expect(violations).toEqual([]);
	});

	it('does report a violation (the listener works)', async () => {
		const server = await serveStatic(sites.fixture.outDir, '/');
		const page = await session.browser.newPage();
		const seen: string[] = [];
		page.on('console', (m) => seen.push(m.text()));
		try {
			await page.goto(`${server.url}en/`, { waitUntil: 'load' });
			await page.evaluate(() => {
				const s = document.createElement('script');
				s.textContent = 'window.x = 1';
				document.body.append(s);
			});
			await page.waitForTimeout(200);
		} finally {
			await page.close();
			await server.close();
		}
		expect(seen.some((t) => /Content Security Policy/.test(t))).toBe(true);
	});
});
