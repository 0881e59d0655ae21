import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { serveStatic, type StaticServer } from './serve.ts';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; no browser is downloaded. `CHROMIUM_PATH` overrides. */
export const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));

/**
 * Browser tests: where no Chromium is found they fail under CI=true and are
 * skipped with a loud message otherwise.
 */
export function describeBrowser(name: string, body: () => void) {
	if (!chromiumPath) {
		const message = `No Chromium found (install it: apt-get install -y chromium). Browser tests "${name}" cannot run.`;
		if (process.env.CI === 'true') {
			describe(name, () => {
				throw new Error(message);
			});
			return;
		}
		console.warn(`\n\x1b[41m\x1b[37m SKIPPED \x1b[0m ${message}\n`);
		describe.skip(name, body);
		return;
	}
	describe(name, body);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		// This machine has no network: background services would only try to connect out.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/**
 * One Chromium for a test file, and optionally a static server for a built
 * site, opened before its tests and closed after them. Call inside
 * `describeBrowser`; read `.browser` and `.server` inside tests.
 */
export interface BrowserSession {
	readonly browser: Browser;
	readonly server: StaticServer;
	/** Runs `body` in a fresh context and page, then asserts the page logged no error. */
	withPage(body: (page: Page, context: BrowserContext) => Promise<void>, options?: Parameters<Browser['newContext']>[0]): Promise<void>;
}

export function useBrowser(site?: { outDir: string; base?: string }): BrowserSession {
	let browser: Browser | undefined;
	let server: StaticServer | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
		if (site) server = await serveStatic(site.outDir, site.base ?? '/');
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		async withPage(body, options = {}) {
			if (!browser) throw new Error('The browser is not open yet: use it inside a test.');
			const context = await browser.newContext(options);
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			try {
				await body(page, context);
			} finally {
				await context.close();
			}
			expect(errors).toEqual([]);
		},
		get browser() {
			if (!browser) throw new Error('The browser is not open yet: use it inside a test.');
			return browser;
		},
		get server() {
			if (!server) throw new Error('No site is served: pass one to useBrowser.');
			return server;
		},
	};
}

/**
 * Waits until a page's own script has done its work: the search page has
 * answered its query (results and filter counts in), the checklist island has
 * hydrated. Other pages are done at `load`.
 */
export async function untilSettled(page: Page, template: string): Promise<void> {
	if (template === 'search') await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: 'attached' });
	if (template === 'checklists/*') await checklistReady(page);
}

/** Waits until the checklist island has hydrated (it does so when it becomes visible) and read saved progress. */
export async function checklistReady(page: Page): Promise<void> {
	await page.locator('.checklist').scrollIntoViewIfNeeded();
	await page.locator('.checklist[data-ready="true"]').waitFor();
}
