import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's browser build, injected into the page under test. */
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Makes axe-core available in every page the context opens, before the page's
 * own scripts run. A script added by the test tool is not subject to the
 * page's Content Security Policy, and it makes no request.
 */
export async function addAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: axeSource });
}

/** For a page whose context did not get `addAxe` (setContent, about:blank). */
export async function injectAxe(page: Page): Promise<void> {
	if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
}

interface Violation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page itself, light and dark colour schemes: the light
 * run with every WCAG A/AA rule, the dark run colour contrast only (nothing
 * else changes with the colour scheme). It calls `axe.run` directly, as
 * AxeBuilder's legacy mode does, with the same rules, but injects axe once and
 * returns violations only (AxeBuilder injects it twice and serialises every
 * pass too, several times slower). Returns one line per violation; the page is
 * left in the light scheme.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
	await injectAxe(page);
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const runOnly = colorScheme === 'light' ? { type: 'tag', values: axeTags } : { type: 'rule', values: ['color-contrast'] };
		const violations = (await page.evaluate(
			(options) =>
				(window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: unknown[] }> } }).axe
					.run(document, options)
					.then((r) => r.violations),
			{ runOnly, resultTypes: ['violations'] },
		)) as Violation[];
		for (const v of violations)
			found.push(
				`${label} [${colorScheme}] ${v.id}: ${v.help} — ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 5)
					.join(', ')}`,
			);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return found;
}
