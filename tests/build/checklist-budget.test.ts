import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPage, sites } from '../helpers/build.ts';

/**
 * Size budget (not a timing test): the checklist island's JavaScript, Preact
 * and Astro's Preact renderer included, is under 10 KB gzipped. Counts every
 * JS file the checklist page references for the island and every module those
 * import statically; dynamic imports that only run for features the island
 * does not use (Preact signals) are not loaded and not counted.
 */
const budget = 10 * 1024;
const outDir = sites.fixture.outDir;

/** Site-absolute URL (base "/" on the fixture) to a file in the build output. */
const fileOf = (url: string) => path.join(outDir, url.replace(/^\//, ''));

/** A module and everything it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = fs.readFileSync(file, 'utf8');
	for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+\.js)["']/g)) {
		moduleGraph(path.resolve(path.dirname(file), match[1]!), seen);
	}
	return seen;
}

function islandScripts(html: string): string[] {
	const island = html.match(/<astro-island\b[^>]*>/)?.[0];
	if (!island) throw new Error('The checklist page has no <astro-island>: the checklist is not an island.');
	const urls = [...island.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!);
	// Module scripts the page loads directly would run on the page too.
	urls.push(...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!));
	return urls;
}

describe('checklist island size budget', () => {
	it.each(['en', 'hu', 'lv', 'lt'])('%s checklist page: island JavaScript is under 10 KB gzipped', (locale) => {
		const html = readPage(outDir, `${locale}/checklists/partnership-action-map/`);
		const files = new Set<string>();
		for (const url of islandScripts(html)) for (const file of moduleGraph(fileOf(url))) files.add(file);
		const sizes = [...files].map((file) => ({ file: path.basename(file), gzip: zlib.gzipSync(fs.readFileSync(file)).length }));
		const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
		// The graph really contains the component and Preact itself, so the sum cannot pass by counting too little.
		expect(sizes.map((s) => s.file).join(' ')).toMatch(/ChecklistIsland\..*\.js/);
		expect(sizes.map((s) => s.file).join(' ')).toMatch(/preact\.module\..*\.js/);
		expect(total, `gzipped island JS: ${sizes.map((s) => `${s.file} ${s.gzip} B`).join(', ')}; total ${total} B`).toBeLessThan(budget);
	});

	it('follows static imports and skips dynamic ones', () => {
		const dir = fs.mkdtempSync(path.join(outDir, '..', 'budget-'));
		try {
			fs.writeFileSync(path.join(dir, 'a.js'), 'import{x as e}from"./b.js";import"./c.js";const l=()=>import("./lazy.js");');
			fs.writeFileSync(path.join(dir, 'b.js'), 'export const x=1;export{y}from"./d.js"');
			fs.writeFileSync(path.join(dir, 'c.js'), '');
			fs.writeFileSync(path.join(dir, 'd.js'), 'export const y=2;');
			expect([...moduleGraph(path.join(dir, 'a.js'))].map((f) => path.basename(f)).sort()).toEqual(['a.js', 'b.js', 'c.js', 'd.js']);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
