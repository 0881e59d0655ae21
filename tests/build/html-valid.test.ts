import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parseErrors } from '../helpers/html-parse.ts';
import { htmlFiles, projectRoot, sites } from '../helpers/build.ts';

// Rules come from .htmlvalidate.json at the project root: html-validate:recommended, minus
// long-title (a search-snippet length hint, not validity: titles are the entry title plus the
// site name, and Latvian and Lithuanian titles are long) and void-style (Preact writes `<input/>`,
// Astro `<input>`; both are valid). `style` is allowed in the body because Astro puts its
// one island rule (`astro-island{display:contents}`) before the first island.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
	it.each(Object.entries(sites))('every page of the %s site passes html-validate with zero errors', async (_name, site) => {
		const files = htmlFiles(site.outDir);
		expect(files.length).toBeGreaterThan(10);
		const errors: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(path.join(site.outDir, file));
			for (const result of report.results)
				for (const m of result.messages) errors.push(`${path.relative(projectRoot, result.filePath)}:${m.line}:${m.column}: [${m.ruleId}] ${m.message}`);
		}
		expect(errors.join('\n')).toBe('');
	});

	it.each(Object.entries(sites))('every page of the %s site parses without a single error of the WHATWG parsing algorithm', (_name, site) => {
		const errors: string[] = [];
		for (const file of htmlFiles(site.outDir)) errors.push(...parseErrors(fs.readFileSync(path.join(site.outDir, file), 'utf8')).map((e) => `${file}:${e}`));
		expect(errors).toEqual([]);
	});

	it('the parser gate catches content after </html> (as the search page once had) and tokenizer errors', () => {
		expect(parseErrors('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body></body></html><script src="/a.js"></script>')).toEqual([
			'1:81: content after </html> (<script>)',
			'1:81: content after </body> (<script>)',
		]);
		expect(parseErrors('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p class="a"class="b">x</p></body></html>')).toEqual([
			'1:79: missing-whitespace-between-attributes',
			'1:84: duplicate-attribute',
		]);
		expect(parseErrors('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html>')).toEqual([]);
	});

	it('reports errors in broken markup (the validator is really on)', async () => {
		const report = await validator.validateString(
			'<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><div><p>x</div><img src="a.png"></body></html>',
			'tests/.tmp/x.html',
		);
		expect(report.valid).toBe(false);
		expect(report.results[0]!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['no-implicit-close', 'wcag/h37']));
	});
});
