import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFolder, forgetOtherArticles, keepArticle, readArticle } from '../../src/content/article-files.ts';
import { codeVersion, linkOrCopy, packageVersion } from '../../src/integration/cache-files.ts';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cache-'));

describe('article files (the HTML the content layer keeps out of the data store)', () => {
	it('keeps an article in a file named by its digest and reads it back with its headings', () => {
		const file = articleFolder(tempDir())('abc');
		expect(path.basename(file)).toBe('abc.html');
		const record = keepArticle(file, { html: '<h2 id="context">Context</h2>', headings: [{ depth: 2, slug: 'context', text: 'Context' }] });
		expect(record).toEqual({ htmlFile: file, headings: [{ depth: 2, slug: 'context', text: 'Context' }] });
		expect(readArticle('cases/x/en', record)).toEqual({ html: '<h2 id="context">Context</h2>', headings: record.headings });
	});

	it('removes the files of texts no longer in the store, and only those', () => {
		const cache = tempDir();
		const file = articleFolder(cache);
		for (const digest of ['old', 'kept']) keepArticle(file(digest), { html: digest, headings: [] });
		forgetOtherArticles(cache, new Set([file('kept')]));
		expect(fs.readdirSync(path.dirname(file('kept')))).toEqual(['kept.html']);
	});

	it('says which article has no file and what to do, instead of rendering an empty page', () => {
		expect(() => readArticle('cases/x/en', undefined)).toThrow(/Article cases\/x\/en: the content layer stored no HTML file.*delete the cache folder/);
		const gone = path.join(tempDir(), 'gone.html');
		expect(() => readArticle('cases/x/en', { htmlFile: gone, headings: [] })).toThrow(`Article cases/x/en: its HTML (${gone}) is gone from the cache folder`);
	});
});

describe('cache helpers of the incremental build', () => {
	it('links or copies a file with the same bytes', () => {
		const dir = tempDir();
		fs.writeFileSync(path.join(dir, 'a'), 'bytes');
		linkOrCopy(path.join(dir, 'a'), path.join(dir, 'b'));
		expect(fs.readFileSync(path.join(dir, 'b'), 'utf8')).toBe('bytes');
	});

	it('gives a code version that changes with the code and with a package version', () => {
		const dir = tempDir();
		const module = path.join(dir, 'm.ts');
		fs.writeFileSync(module, 'one');
		const url = new URL(`file://${module}`);
		const first = codeVersion([url], ['1.0.0']);
		expect(codeVersion([url], ['1.0.0'])).toBe(first);
		expect(codeVersion([url], ['1.0.1'])).not.toBe(first);
		fs.writeFileSync(module, 'two');
		expect(codeVersion([url], ['1.0.0'])).not.toBe(first);
	});

	it('reads the installed version of a package, also of one that does not export its package.json', () => {
		for (const name of ['pagefind', '@citation-js/core'])
			expect(packageVersion(name)).toBe((JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version);
	});
});
