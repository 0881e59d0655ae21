import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Cookie, Page } from 'playwright-core';
import { describeBrowser, untilSettled, useBrowser } from '../helpers/browser.ts';
import { addAxe, axeViolations } from '../helpers/axe.ts';
import { serveStatic } from '../helpers/serve.ts';
import { htmlFiles, projectRoot, sites } from '../helpers/build.ts';
import { pagePath, templateKey, templatePages } from '../helpers/templates.ts';
import { loadSite } from '../../src/content/load-site.ts';

type SiteName = keyof typeof sites;

/**
 * One walk per built site, each page loaded once, for three concerns that used
 * to load the same pages each on their own (accessibility, csp and privacy):
 *
 * - Content Security Policy: one page of every page template in English on
 *   every site — the browser must report no violation;
 * - privacy: one page of every template in every locale of every site — no
 *   request leaves the site's origin and no cookie is set;
 * - accessibility: axe-core, light and dark, on every page of the fixture site
 *   and on one page of every template in every locale of the bundled site.
 *
 * Each site's walk is the union of those sets: the template × locale pages
 * (every page on the fixture site). A search page is loaded twice, as it is
 * and with a query (so Pagefind loads its index and WebAssembly); every
 * visit waits until the page's own script has done its work, and the
 * checklist page then gets a tick, which exercises its saving of progress.
 * axe runs on the sites it always ran on; CSP and privacy on all four.
 */
const axeSites: readonly SiteName[] = ['fixture', 'bundled'];

interface Visit {
	template: string;
	file: string;
	query: string;
}

interface Walk {
	visits: Visit[];
	csp: string[];
	leaving: string[];
	sameOrigin: string[];
	cookies: Cookie[];
	axe: string[];
}

function plan(name: SiteName): Visit[] {
	const site = sites[name];
	const { config } = loadSite(projectRoot, site.config);
	const files = name === 'fixture' ? htmlFiles(site.outDir).sort() : templatePages(site.outDir, config.locales).map((p) => p.file);
	return files.flatMap((file) => {
		const template = templateKey(file, config.locales);
		const visit = { template, file, query: '' };
		return template === 'search' ? [visit, { ...visit, query: '?q=partnership' }] : [visit];
	});
}

/**
 * Records, for a context: CSP violations (the browser's own console report and
 * the `securitypolicyviolation` event, which fires for every blocked load,
 * inline script or style), and every request, aborting and noting any that
 * leaves `origin`. `label()` names the page now being visited.
 */
async function record(context: BrowserContext, origin: string, label: () => string) {
	const out = { csp: [] as string[], leaving: [] as string[], sameOrigin: [] as string[] };
	// Runs before any page script.
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
		);
	});
	context.on('console', (m) => {
		if (/Content Security Policy|CSP violation/i.test(m.text())) out.csp.push(`${label()}: ${m.text()}`);
	});
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === origin) {
			out.sameOrigin.push(url);
			return route.continue();
		}
		out.leaving.push(`${label()}: ${url}`);
		return route.abort('blockedbyclient');
	});
	return out;
}

describeBrowser('pages of the built sites, each loaded once', () => {
	const session = useBrowser();
	const walks = new Map<SiteName, Promise<Walk>>();

	async function walk(name: SiteName): Promise<Walk> {
		const site = sites[name];
		const { config } = loadSite(projectRoot, site.config);
		const server = await serveStatic(site.outDir, config.base);
		const context = await session.browser.newContext();
		const visits = plan(name);
		let current = '(none)';
		const runAxe = axeSites.includes(name);
		try {
			const seen = await record(context, new URL(server.url).origin, () => current);
			if (runAxe) await addAxe(context);
			const page = await context.newPage();
			const axe: string[] = [];
			for (const { template, file, query } of visits) {
				current = `${template} (${file}${query})`;
				await page.goto(server.url + pagePath(file) + query);
				// The search page goes on loading Pagefind's index and WebAssembly after `load`.
				await untilSettled(page, template);
				if (runAxe) axe.push(...(await axeViolations(page, file + query)));
				if (template === 'checklists/*') await page.locator('main input[type="checkbox"]').first().click();
			}
			return { visits, ...seen, cookies: await context.cookies(), axe };
		} finally {
			await context.close();
			await server.close();
		}
	}

	/** The walk of one site, started on first use; two sites are walked at a time (one per core). */
	function walked(name: SiteName): Promise<Walk> {
		let w = walks.get(name);
		if (!w) {
			w = walk(name);
			walks.set(name, w);
			// A failed walk fails the tests that read it, not the hook.
			w.catch(() => {});
		}
		return w;
	}

	beforeAll(() => {
		// Two lanes of about equal length: the fixture site's every page, and the three other sites.
		const lanes: SiteName[][] = [['fixture'], ['bundled', 'municipal', 'harmless']];
		for (const lane of lanes)
			lane
				.reduce<Promise<unknown>>(
					(before, name) =>
						before.then(
							() => walked(name),
							() => walked(name),
						),
					Promise.resolve(),
				)
				.catch(() => {});
	});

	const timeout = 900_000;

	describe('accessibility (axe-core)', () => {
		it(
			'every page of the fixture site has zero violations',
			async () => {
				const { visits, axe } = await walked('fixture');
				expect(visits.length).toBeGreaterThan(40);
				expect(new Set(visits.map((v) => v.file)).size).toBe(htmlFiles(sites.fixture.outDir).length);
				expect(axe.join('\n')).toBe('');
			},
			timeout,
		);

		it(
			'every page template × locale of the bundled site has zero violations',
			async () => {
				const { visits, axe } = await walked('bundled');
				expect(visits.length).toBeGreaterThan(4 * 10);
				expect(axe.join('\n')).toBe('');
			},
			timeout,
		);

		it('finds a violation in a page that has one (the check is really on)', async () => {
			const context = await session.browser.newContext();
			const page = await context.newPage();
			try {
				await page.setContent(
					'<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="x.png"><p style="color:#bbb;background:#fff">low contrast</p><p class="d">dark only</p></main><style>@media (prefers-color-scheme: dark) { .d { color: #333; background: #222 } }</style></body></html>',
				);
				const found = await axeViolations(page, 'inline');
				expect(found.map((v) => v.split(' ').slice(1, 3).join(' '))).toEqual(
					expect.arrayContaining(['[light] html-has-lang:', '[light] image-alt:', '[light] color-contrast:', '[dark] color-contrast:']),
				);
				expect(found.find((v) => v.startsWith('inline [dark]'))).toContain('.d');
			} finally {
				await context.close();
			}
		});
	});

	describe('Content Security Policy in the browser', () => {
		it.each(Object.keys(sites) as SiteName[])(
			'every page template of the %s site loads with zero CSP violations',
			async (name) => {
				const site = sites[name];
				const { config } = loadSite(projectRoot, site.config);
				const { visits, csp } = await walked(name);
				// Every English template page is among the visits.
				const english = templatePages(site.outDir, config.locales, 'en');
				expect(visits.map((v) => v.file)).toEqual(expect.arrayContaining(english.map((p) => p.file)));
				expect(visits).toContainEqual(expect.objectContaining({ template: 'search', query: '?q=partnership' }));
				// The fixture has every entry type; every site has the shared templates.
				const entryTemplates = name === 'fixture' ? ['cases', 'cases/*', 'methods/*', 'legal-forms/*', 'pitfalls/*', 'checklists/*'] : [];
				expect(english.map((p) => p.template)).toEqual(expect.arrayContaining(['home', 'glossary', '404', 'root 404', 'root chooser', ...entryTemplates]));
				expect(csp).toEqual([]);
			},
			timeout,
		);

		it('does report a violation (the listener works)', async () => {
			const server = await serveStatic(sites.fixture.outDir, '/');
			const context = await session.browser.newContext();
			try {
				const seen = await record(context, new URL(server.url).origin, () => 'control');
				const page = await context.newPage();
				await page.goto(`${server.url}en/`, { waitUntil: 'load' });
				await page.evaluate(() => {
					const s = document.createElement('script');
					s.textContent = 'window.x = 1';
					document.body.append(s);
				});
				await page.waitForTimeout(200);
				expect(seen.csp.some((t) => /Content Security Policy/.test(t))).toBe(true);
				expect(seen.csp.some((t) => /CSP violation: script-src/.test(t))).toBe(true);
			} finally {
				await context.close();
				await server.close();
			}
		});
	});

	describe('privacy', () => {
		it.each(Object.keys(sites) as SiteName[])(
			'no page template of the %s site requests anything from another origin or sets a cookie',
			async (name) => {
				const site = sites[name];
				const { config } = loadSite(projectRoot, site.config);
				const { visits, leaving, sameOrigin, cookies } = await walked(name);
				// Every template page in every locale is among the visits, the search page with a query.
				expect(visits.map((v) => v.file)).toEqual(expect.arrayContaining(templatePages(site.outDir, config.locales).map((p) => p.file)));
				expect(visits).toContainEqual(expect.objectContaining({ template: 'search', query: '?q=partnership' }));
				expect(cookies).toEqual([]);
				expect(leaving).toEqual([]);
				// The route really saw the pages' own requests (stylesheets at least).
				expect(sameOrigin.some((u) => u.endsWith('.css'))).toBe(true);
			},
			timeout,
		);

		it('does see a request to another origin and a cookie (the recording works)', async () => {
			const server = await serveStatic(sites.fixture.outDir, '/');
			// The site's CSP would stop the request in the page already; the route must catch it on its own.
			const context = await session.browser.newContext({ bypassCSP: true });
			try {
				const seen = await record(context, new URL(server.url).origin, () => 'control');
				const page: Page = await context.newPage();
				await page.goto(`${server.url}en/`, { waitUntil: 'load' });
				await page.evaluate(async () => {
					// biome-ignore lint/suspicious/noDocumentCookie: the control sets a cookie the way a page script would.
					document.cookie = 'tracked=1; path=/';
					await fetch('https://tracker.example.com/pixel.gif').catch(() => undefined);
				});
				expect(seen.leaving).toEqual(['control: https://tracker.example.com/pixel.gif']);
				expect(await context.cookies()).toContainEqual(expect.objectContaining({ name: 'tracked' }));
			} finally {
				await context.close();
				await server.close();
			}
		});
	});
});
