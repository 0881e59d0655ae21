import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { closeSearchFeed, hasSearchBody, indexPage, notePage, openSearchFeed, pageKey, searchUrl, type SearchFeed } from './search-feed.ts';
import { routes } from '../site/routes.ts';
import { codeVersion, linkOrCopy, packageVersion } from './cache-files.ts';

/**
 * Interface text inside indexed articles that is not the entry's content:
 * controls and live messages in general, and the checklist island's device
 * note, progress and tools (the checklist's own items stay indexed).
 */
export const excludeFromIndex = [
	'button',
	'textarea',
	'progress',
	'[role="status"]',
	'[aria-live]',
	'.checklist-device',
	'.checklist-intro',
	'.checklist-progress',
	'.checklist-tools',
];

const unusedBundleFile = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

interface BundleEntry {
	version: string;
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
	include_characters?: string[];
}

/** What the last build's index was made of, per language, kept beside a copy of its files. */
interface IndexCache {
	version: string;
	languages: Record<string, { digest: string; entry: BundleEntry['languages'] }>;
	entry: Omit<BundleEntry, 'languages'>;
}

// Another Pagefind, or a change to this code or the feed's, makes every earlier index unusable.
const cacheVersion = codeVersion([import.meta.url, new URL('./search-feed.ts', import.meta.url)], [packageVersion('pagefind')]);

/**
 * Writes the search index into the built site: one index per language (a
 * page's `<html lang>`), as Pagefind splits it anyway. Only elements marked
 * `data-pagefind-body` are indexed: the article of a real translation and the
 * glossary. Fallback pages (another language's text) have no such element and
 * stay out of every index. The pages came in while the build rendered them
 * (search-feed.ts); pages an incremental build copied are read from disk. A
 * language whose every page is as it was last time gets last build's index
 * back from the cache folder instead of being indexed again. Without a feed,
 * or if none came (the middleware did not run), every page is read from disk
 * into one index. The log says which way each went.
 */
export async function writeSearchIndex(
	siteDir: string,
	logger?: AstroIntegrationLogger,
	feed?: SearchFeed,
	cacheDir?: string,
): Promise<Record<string, number>> {
	const bundleDir = path.join(siteDir, routes.searchBundle());
	const fed = feed !== undefined && feed.added.length > 0;
	let how = 'read from the built folder';
	try {
		if (fed) how = await writeByLanguage(siteDir, bundleDir, feed, cacheDir);
		else await indexFolder(siteDir, bundleDir);
	} finally {
		await pagefind.close();
	}
	return finishBundle(bundleDir, how, (line) => logger?.info(line));
}

/**
 * Writes the search index into a site already built, after the build has
 * ended (`npm run build`, scripts/search-index.ts). Each locale is indexed in
 * a worker thread with a Pagefind process of its own, into a folder of its
 * own, and the folders are then merged. So the build's memory and Pagefind's
 * never add up, and each Pagefind holds one locale's pages instead of all of
 * them: at 14,450 pages the build as a whole peaked at about 1.4 GB instead
 * of about 3 GB (README, Figures). How many locales run side by side is
 * `jobs` (searchIndexJobs). Pagefind reads the locale's folder itself; pages
 * without a `data-pagefind-body` element are dropped as in the build's own
 * index.
 */
export async function writeSearchIndexAfterBuild(
	siteDir: string,
	locales: readonly string[],
	log: (line: string) => void,
	jobs?: number,
): Promise<Record<string, number>> {
	const bundleDir = path.join(siteDir, routes.searchBundle());
	fs.rmSync(bundleDir, { recursive: true, force: true });
	// Pagefind drops pages without a search body only when some page has one; a locale with none would be indexed whole.
	const indexed = locales.filter((locale) => anyPageHasSearchBody(path.join(siteDir, routes.home(locale))));
	if (indexed.length === 0) throw new Error(`Pagefind wrote no index: no page below ${siteDir} has a search body in ${locales.join(', ')}`);
	const atOnce = jobs ?? searchIndexJobs(indexed.map((locale) => folderBytes(path.join(siteDir, routes.home(locale)))));
	const parts = indexed.map((locale) => ({ locale, dir: path.join(siteDir, `.${routes.searchBundle().replace(/\/$/, '')}-${locale}`) }));
	try {
		const waiting = [...parts];
		const lane = async () => {
			for (let part = waiting.shift(); part; part = waiting.shift()) await indexLocaleInWorker(siteDir, part.locale, part.dir);
		};
		// Every lane ends before the folders are removed, so a failed locale leaves no other still writing.
		const lanes = await Promise.allSettled(Array.from({ length: Math.min(atOnce, parts.length) }, lane));
		const failed = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
		if (failed) throw failed.reason;
		const languages: BundleEntry['languages'] = {};
		let entry: Omit<BundleEntry, 'languages'> | undefined;
		for (const part of parts) {
			const { languages: written, ...rest } = readEntry(part.dir);
			Object.assign(languages, written);
			entry = rest;
			// Each folder has its language's files and a copy of the shared ones (scripts, WebAssembly), which are kept once.
			moveBundleFiles(part.dir, bundleDir);
		}
		writeEntry(bundleDir, entry!, languages);
	} finally {
		for (const part of parts) fs.rmSync(part.dir, { recursive: true, force: true });
	}
	const how = atOnce > 1 ? `${Math.min(atOnce, parts.length)} languages side by side` : 'one language at a time';
	return finishBundle(bundleDir, `written after the build, ${how}`, log);
}

/** Indexes one locale's pages into a folder of its own (the worker thread of writeSearchIndexAfterBuild). */
export async function writeLocaleIndex(siteDir: string, locale: string, outputPath: string): Promise<void> {
	fs.rmSync(outputPath, { recursive: true, force: true });
	try {
		await indexFolder(siteDir, outputPath, routes.home(locale));
	} finally {
		await pagefind.close();
	}
}

/** Has Pagefind read the built pages below a folder of the site (or all of it) and write their index. */
async function indexFolder(siteDir: string, outputPath: string, folder = ''): Promise<void> {
	const index = await openIndex();
	const added = await index.addDirectory(folder ? { path: siteDir, glob: `${folder}**/*.html` } : { path: siteDir });
	if (added.errors.length) throw new Error(`Pagefind could not index ${path.join(siteDir, folder)}: ${added.errors.join('; ')}`);
	await writeIndex(index, outputPath);
}

/** Runs writeLocaleIndex in a worker thread: the pagefind package keeps one Pagefind process per module instance, so a thread gets its own. */
function indexLocaleInWorker(siteDir: string, locale: string, outputPath: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { siteDir, locale, outputPath } });
		worker.once('error', reject);
		worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The search index of ${locale} stopped with exit code ${code}`))));
	});
}

/**
 * How many locales Pagefind indexes side by side after the build:
 * ATLAS_SEARCH_INDEX_JOBS if set, or else as many as the cores allow while
 * the largest ones together are estimated to stay under 1 GB, the memory
 * the build itself keeps to at 4,450 pages. Pagefind peaked at about 11
 * times the size of a locale's HTML (381 MB for 37 MB, 1,338 MB for 120 MB;
 * README, Figures), so a small library is indexed two or more at a time and
 * a large one one at a time.
 */
export function searchIndexJobs(htmlBytes: readonly number[], cores = os.availableParallelism(), value = process.env.ATLAS_SEARCH_INDEX_JOBS): number {
	if (value !== undefined && value !== '') {
		if (!/^[1-9][0-9]*$/.test(value)) throw new Error(`ATLAS_SEARCH_INDEX_JOBS=${value} is not a number of languages: set it to 1 or more, or leave it unset`);
		return Number(value);
	}
	const estimates = htmlBytes.map((bytes) => bytes * pagefindMemoryPerHtmlByte).sort((a, b) => b - a);
	let jobs = 1;
	while (jobs < Math.min(cores, estimates.length) && estimates.slice(0, jobs + 1).reduce((sum, e) => sum + e, 0) <= searchIndexMemoryBudget) jobs++;
	return jobs;
}
const pagefindMemoryPerHtmlByte = 11;
const searchIndexMemoryBudget = 1000 * 1024 * 1024;

/** The bytes of the HTML files below a folder. */
function folderBytes(folder: string): number {
	let bytes = 0;
	for (const file of fs.readdirSync(folder, { recursive: true }) as string[]) if (file.endsWith('.html')) bytes += fs.statSync(path.join(folder, file)).size;
	return bytes;
}

/** Moves a bundle folder's files into another, but for its entry file; a file the target already has is kept. */
function moveBundleFiles(from: string, to: string): void {
	for (const file of fs.readdirSync(from, { recursive: true }) as string[]) {
		const source = path.join(from, file);
		const target = path.join(to, file);
		if (path.basename(file) === 'pagefind-entry.json' || fs.statSync(source).isDirectory() || fs.existsSync(target)) continue;
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.renameSync(source, target);
	}
}

/** Whether any page below a folder has something to index; stops at the first. */
function anyPageHasSearchBody(folder: string): boolean {
	if (!fs.existsSync(folder)) return false;
	for (const file of fs.readdirSync(folder, { recursive: true }) as string[])
		if (file.endsWith('.html') && hasSearchBody(fs.readFileSync(path.join(folder, file), 'utf8'))) return true;
	return false;
}

/** Drops the files the site does not ship and reports the page count of each language. */
function finishBundle(bundleDir: string, how: string, log: (line: string) => void): Record<string, number> {
	// The search page has its own interface (src/client/search.ts), so Pagefind's ready-made UIs are not shipped.
	for (const file of fs.readdirSync(bundleDir)) if (unusedBundleFile.test(file)) fs.rmSync(path.join(bundleDir, file));
	const entry = readEntry(bundleDir);
	const counts = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
	log(
		`Search index: ${Object.entries(counts)
			.map(([lang, n]) => `${lang} ${n} pages`)
			.join(', ')}; ${how}`,
	);
	return counts;
}

/** Pagefind's entry file for several languages written one by one, each of which rewrote it with only its own. */
function writeEntry(bundleDir: string, entry: Omit<BundleEntry, 'languages'>, languages: BundleEntry['languages']): void {
	const merged: BundleEntry = { ...entry, languages: Object.fromEntries(Object.entries(languages).sort(([a], [b]) => a.localeCompare(b))) };
	fs.writeFileSync(path.join(bundleDir, 'pagefind-entry.json'), JSON.stringify(merged));
}

async function writeByLanguage(siteDir: string, bundleDir: string, feed: SearchFeed, cacheDir?: string): Promise<string> {
	const failed = (await Promise.all(feed.added)).flat();
	// Pages an incremental build copied from the last build never passed the middleware.
	const copied = (fs.readdirSync(siteDir, { recursive: true }) as string[])
		.map((f) => f.split(path.sep).join('/'))
		.filter((f) => f.endsWith('.html') && !feed.pages.has(pageKey(f)))
		.map((file) => {
			const url = searchUrl(file);
			const content = fs.readFileSync(path.join(siteDir, file), 'utf8');
			return { url, content, lang: notePage(feed, pageKey(file), url, content) };
		});
	const digests = languageDigests(feed);
	const cacheFolder = cacheDir && path.join(cacheDir, 'atlas-search');
	const cache = cacheFolder ? readCache(cacheFolder) : undefined;
	const reused = [...digests].filter(([lang, digest]) => cache?.languages[lang]?.digest === digest).map(([lang]) => lang);
	const changed = [...digests.keys()].filter((lang) => !reused.includes(lang));
	const adding = copied.filter((page) => changed.includes(page.lang)).map((page) => indexPage(feed, page.lang, page.url, page.content));
	failed.push(...(await Promise.all(adding)).flat());
	if (failed.length) throw new Error(`Pagefind could not index ${failed.length} page(s):\n${failed.join('\n')}`);

	fs.rmSync(bundleDir, { recursive: true, force: true });
	const languages: IndexCache['languages'] = {};
	let entry: Omit<BundleEntry, 'languages'> | undefined = cache?.entry;
	// One language at a time: Pagefind builds a language's chunks only while writing it.
	for (const lang of changed) {
		const index = await feed.indexes.get(lang);
		if (!index) continue;
		const written = await writeIndex(index, bundleDir);
		// Pagefind keeps every index until closed; dropping a written one lets the next language's chunks reuse its memory.
		await index.deleteIndex();
		const { languages: records, ...rest } = written;
		languages[lang] = { digest: digests.get(lang)!, entry: records };
		entry = rest;
	}
	if (cache && cacheFolder && reused.length) {
		const cachedBundle = path.join(cacheFolder, 'bundle');
		const reusedKeys = reused.flatMap((lang) => Object.keys(cache.languages[lang]!.entry));
		const everyKey = Object.values(cache.languages).flatMap((l) => Object.keys(l.entry));
		// The reused languages' own files, and the files every language shares (loader, worker, stemmer-less WebAssembly) where no language wrote them.
		copyBundleFiles(cachedBundle, bundleDir, (name) => ofLanguage(name, reusedKeys));
		copyBundleFiles(cachedBundle, bundleDir, (name, file) => !ofLanguage(name, everyKey) && !fs.existsSync(path.join(bundleDir, file)));
		for (const lang of reused) languages[lang] = cache.languages[lang]!;
	}
	if (!entry) throw new Error('Pagefind wrote no index: no page had a language');
	writeEntry(bundleDir, entry, Object.fromEntries(Object.values(languages).flatMap((l) => Object.entries(l.entry))));
	// When every language was reused, the cache already holds this very index.
	if (cacheFolder && changed.length) writeCache(cacheFolder, bundleDir, { version: cacheVersion, languages, entry });
	const parts = ['fed page by page while the pages rendered'];
	if (copied.length) parts.push(`${copied.length} page(s) copied unchanged from the last build read from the built folder`);
	if (reused.length) parts.push(`unchanged since the last build, so reused: ${reused.join(', ')}`);
	return parts.join('; ');
}

/** Per language, a digest of every page in it (URL and HTML), in any order of arrival. */
function languageDigests(feed: SearchFeed): Map<string, string> {
	const lines = new Map<string, string[]>();
	for (const [key, page] of feed.pages) {
		const list = lines.get(page.lang) ?? [];
		list.push(`${key} ${page.digest}`);
		lines.set(page.lang, list);
	}
	return new Map([...lines].map(([lang, list]) => [lang, createHash('sha256').update(cacheVersion).update(list.sort().join('\n')).digest('base64url')]));
}

async function writeIndex(index: PagefindIndex, bundleDir: string): Promise<BundleEntry> {
	const written = await index.writeFiles({ outputPath: bundleDir });
	if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	return readEntry(bundleDir);
}

function readEntry(bundleDir: string): BundleEntry {
	return JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as BundleEntry;
}

/** Whether a bundle file belongs to one of these languages (`pagefind.<lang>_*.pf_meta`, `<lang>_*` chunks, `wasm.<lang>.pagefind`). */
function ofLanguage(name: string, langs: string[]): boolean {
	return langs.some((l) => name.startsWith(`pagefind.${l}_`) || name.startsWith(`${l}_`) || name === `wasm.${l}.pagefind`);
}

/** Copies the bundle files `wanted` picks from one bundle folder to another; the entry file is written by the caller. */
function copyBundleFiles(from: string, to: string, wanted: (name: string, file: string) => boolean): void {
	for (const file of fs.readdirSync(from, { recursive: true }) as string[]) {
		const source = path.join(from, file);
		const name = path.basename(file);
		if (name === 'pagefind-entry.json' || fs.statSync(source).isDirectory() || !wanted(name, file)) continue;
		fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
		linkOrCopy(source, path.join(to, file));
	}
}

function readCache(folder: string): IndexCache | undefined {
	try {
		const cache = JSON.parse(fs.readFileSync(path.join(folder, 'index.json'), 'utf8')) as IndexCache;
		return cache.version === cacheVersion && fs.existsSync(path.join(folder, 'bundle')) ? cache : undefined;
	} catch {
		return undefined;
	}
}

function writeCache(folder: string, bundleDir: string, cache: IndexCache): void {
	fs.rmSync(folder, { recursive: true, force: true });
	fs.mkdirSync(folder, { recursive: true });
	copyBundleFiles(bundleDir, path.join(folder, 'bundle'), () => true);
	fs.writeFileSync(path.join(folder, 'index.json'), JSON.stringify(cache));
}

async function openIndex(): Promise<PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: excludeFromIndex });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

let writing: Promise<unknown> | undefined;

/** Waits for the search index this build's `astro:build:done` started writing, and fails if it failed. */
export async function searchIndexWritten(): Promise<void> {
	const pending = writing;
	writing = undefined;
	await pending;
}

/**
 * When the search index is written, from ATLAS_SEARCH_INDEX: unset (during the
 * build) or `after` (`npm run build`: after the build, by scripts/search-index.ts).
 */
export function searchIndexAfterBuild(value = process.env.ATLAS_SEARCH_INDEX): boolean {
	if (value === undefined || value === '') return false;
	if (value === 'after') return true;
	throw new Error(
		`ATLAS_SEARCH_INDEX=${value} is not a choice: set it to "after" to write the search index after the build (then run scripts/search-index.ts, as npm run build does), or leave it unset to write it during the build.`,
	);
}

/**
 * Builds the search index during `astro build`, fed page by page while the
 * pages render, so the test builds and `build:incremental` ship one. With
 * `afterBuild` (ATLAS_SEARCH_INDEX=after, which `npm run build` sets), the
 * build leaves the index to scripts/search-index.ts, which writes it once the
 * build's process has ended and its memory is free (writeSearchIndexAfterBuild).
 */
export default function atlasSearch({ afterBuild = false } = {}): AstroIntegration {
	let base = '/';
	let cacheDir: string | undefined;
	if (afterBuild)
		return {
			name: 'cooperation-atlas-search',
			hooks: {
				'astro:build:done': ({ logger }) => logger.info('Search index: left for scripts/search-index.ts, which writes it after the build'),
			},
		};
	return {
		name: 'cooperation-atlas-search',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				// The index is kept for the next build when the pages are (astro.config.mjs).
				cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : undefined;
			},
			'astro:build:start': () => {
				openSearchFeed({ base, open: openIndex, indexes: new Map(), added: [], pages: new Map(), digests: cacheDir !== undefined });
			},
			// Started, not awaited: Pagefind writes in its own process while the atlas integration, next in line,
			// writes the citation files on this thread, and that integration waits for both (searchIndexWritten).
			'astro:build:done': ({ dir, logger }) => {
				writing = writeSearchIndex(fileURLToPath(dir), logger, closeSearchFeed(), cacheDir);
				// Awaited by searchIndexWritten; until then a failure must not count as unhandled.
				writing.catch(() => {});
			},
		},
	};
}
