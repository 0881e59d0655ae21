import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexPage, notePage, openSearchFeed, type SearchFeed } from '../../src/integration/search-feed.ts';
import atlasSearch, { searchIndexAfterBuild, searchIndexJobs, searchIndexWritten, writeSearchIndex } from '../../src/integration/search-index.ts';
import { pathToFileURL } from 'node:url';

const page = (lang: string, body: boolean, words: string) =>
	`<!doctype html><html lang="${lang}"><head><title>${words}</title></head><body><nav>menu</nav><main${body ? ' data-pagefind-body' : ''}><h1>${words}</h1><p>${words}</p></main></body></html>`;

/** A feed whose indexes are real Pagefind indexes that count what is done to them. */
function countingFeed() {
	const counts = { opened: 0, added: 0, deleted: 0 };
	const feed: SearchFeed = {
		base: '/',
		indexes: new Map(),
		added: [],
		pages: new Map(),
		digests: false,
		open: async () => {
			const { index, errors } = await pagefind.createIndex({});
			if (!index) throw new Error(errors.join('; '));
			counts.opened++;
			const add = index.addHTMLFile.bind(index);
			const drop = index.deleteIndex.bind(index);
			const counted: PagefindIndex = {
				...index,
				addHTMLFile: (file) => {
					counts.added++;
					return add(file);
				},
				deleteIndex: () => {
					counts.deleted++;
					return drop();
				},
			};
			return counted;
		},
	};
	const hand = (url: string, html: string) => feed.added.push(indexPage(feed, notePage(feed, url, url, html), url, html));
	return { feed, counts, hand };
}

afterAll(() => pagefind.close());

describe('search feed', () => {
	it('sends Pagefind only pages with a data-pagefind-body element, but notes every page', async () => {
		const { feed, counts, hand } = countingFeed();
		hand('/en/', page('en', false, 'home'));
		hand('/lv/cases/x/', page('lv', false, 'fallback'));
		expect(await Promise.all(feed.added)).toEqual([[], []]);
		expect(counts).toEqual({ opened: 0, added: 0, deleted: 0 });
		expect(feed.indexes.size).toBe(0);
		expect([...feed.pages.values()].map((p) => p.lang)).toEqual(['en', 'lv']);
		hand('/en/cases/x/', page('en', true, 'cooperation'));
		await Promise.all(feed.added);
		expect(counts).toMatchObject({ opened: 1, added: 1 });
		expect([...feed.indexes.keys()]).toEqual(['en']);
	});

	it('writes each language once and drops its index from Pagefind right after', async () => {
		const site = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-search-'));
		const { feed, counts, hand } = countingFeed();
		hand('/en/cases/x/', page('en', true, 'cooperation agreement'));
		hand('/lv/cases/x/', page('lv', true, 'sadarbības līgums'));
		hand('/en/', page('en', false, 'home'));
		const written = await writeSearchIndex(site, undefined, feed);
		expect(written).toEqual({ en: 1, lv: 1 });
		expect(counts).toEqual({ opened: 2, added: 2, deleted: 2 });
		const files = fs.readdirSync(path.join(site, 'pagefind'));
		for (const lang of ['en', 'lv']) expect(files.some((f) => f.startsWith(`pagefind.${lang}_`))).toBe(true);
	});

	it('lets the build wait for the index its build-done hook started, and fail when it fails', async () => {
		type Done = NonNullable<ReturnType<typeof atlasSearch>['hooks']['astro:build:done']>;
		const done = atlasSearch().hooks['astro:build:done'] as Done;
		// Only `dir` and `logger` are read; the rest of Astro's hook options does not matter here.
		const options = (dir: string) => ({ dir: pathToFileURL(`${dir}/`), logger: undefined }) as unknown as Parameters<Done>[0];
		const site = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-search-'));
		fs.writeFileSync(path.join(site, 'index.html'), page('en', true, 'cooperation'));
		await done(options(site));
		await searchIndexWritten();
		expect(fs.existsSync(path.join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
		// A page Pagefind could not index: the build must hear of it once it waits.
		const { feed, hand } = countingFeed();
		hand('/en/', page('en', true, 'cooperation'));
		feed.added.push(Promise.resolve(['/en/broken/: could not parse']));
		openSearchFeed(feed);
		await done(options(site));
		await expect(searchIndexWritten()).rejects.toThrow('/en/broken/: could not parse');
	});
});

describe('when the search index is written (ATLAS_SEARCH_INDEX)', () => {
	it('is during the build when unset, after it with "after", and any other value fails with what to set', () => {
		expect(searchIndexAfterBuild(undefined)).toBe(false);
		expect(searchIndexAfterBuild('')).toBe(false);
		expect(searchIndexAfterBuild('after')).toBe(true);
		expect(() => searchIndexAfterBuild('later')).toThrow(/ATLAS_SEARCH_INDEX=later is not a choice: set it to "after"/);
	});

	it('indexes languages side by side after the build while their estimated memory stays under 1 GB, as the cores allow', () => {
		const mb = 1024 * 1024;
		// Four languages of 37–39 MB of HTML (1,000 bench entries): about 420 MB each, so two fit.
		expect(searchIndexJobs([37 * mb, 39 * mb, 38 * mb, 38 * mb], 2, undefined)).toBe(2);
		expect(searchIndexJobs([37 * mb, 39 * mb, 38 * mb, 38 * mb], 8, undefined)).toBe(2);
		// 120–129 MB each (3,500 bench entries): one at a time.
		expect(searchIndexJobs([120 * mb, 129 * mb, 125 * mb, 124 * mb], 8, undefined)).toBe(1);
		// A small library: as many as there are cores and languages.
		expect(searchIndexJobs([1 * mb, 1 * mb, 1 * mb], 8, '')).toBe(3);
		expect(searchIndexJobs([1 * mb, 1 * mb, 1 * mb], 1, undefined)).toBe(1);
		// The builder decides.
		expect(searchIndexJobs([120 * mb, 129 * mb], 2, '2')).toBe(2);
		expect(() => searchIndexJobs([mb], 2, 'two')).toThrow('ATLAS_SEARCH_INDEX_JOBS=two is not a number of languages: set it to 1 or more, or leave it unset');
		expect(() => searchIndexJobs([mb], 2, '0')).toThrow(/ATLAS_SEARCH_INDEX_JOBS=0 is not a number/);
	});
});
