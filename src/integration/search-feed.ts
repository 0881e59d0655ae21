import { createHash } from 'node:crypto';
import type { PagefindIndex } from 'pagefind';

/**
 * Pages reach the search index while the build renders the next ones, instead
 * of being read back from disk once every page is written: Pagefind indexes in
 * its own process, so on two cores the index grows beside the rendering
 * instead of after it. The integration (search-index.ts) opens the index when
 * the build starts; the middleware hands it each HTML page as it is rendered.
 * Outside a build (dev, tests) there is no feed and pages pass untouched.
 * Pages an incremental build copies from the last build are not rendered, so
 * they never pass the middleware: the integration reads those from disk.
 */
export interface SearchFeed {
	/** The site's base path: Pagefind's URLs are below it, as the search page expects. */
	base: string;
	/** Opens an index; each language gets its own, so each can be written, or reused from the last build, alone. */
	open(): Promise<PagefindIndex>;
	/** The index of each language (a page's `<html lang>`), opened by its first page. */
	indexes: Map<string, Promise<PagefindIndex>>;
	/** One promise per page handed over; each resolves to Pagefind's errors for that page. */
	added: Promise<string[]>[];
	/** Every page handed over or read, by `pageKey`: its language and, when `digests`, a digest of its URL and HTML. */
	pages: Map<string, { lang: string; digest: string }>;
	/** Whether pages are digested, to reuse an unchanged language's index (only when the build keeps a cache). */
	digests: boolean;
}

/** A page's language as Pagefind sees it: its `<html lang>`. */
export function pageLanguage(html: string): string {
	return /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase() || 'unknown';
}

/** Notes a page (its language and digest) without indexing it yet; returns its language. */
export function notePage(feed: SearchFeed, key: string, url: string, content: string): string {
	const lang = pageLanguage(content);
	const digest = feed.digests ? createHash('sha256').update(url).update('\0').update(content).digest('base64url') : '';
	feed.pages.set(key, { lang, digest });
	return lang;
}

/** Whether a page has something to index: a `data-pagefind-body` element (the article of a real translation, the glossary). */
export function hasSearchBody(html: string): boolean {
	return html.includes('data-pagefind-body');
}

/**
 * Adds a page to its language's index; resolves to Pagefind's errors for it.
 * Only pages with a `data-pagefind-body` element are sent: Pagefind would
 * parse the others (home, lists, fallbacks) only to drop them, and that cost
 * about a quarter of its time and a quarter of its memory at 1,000 entries.
 */
export function indexPage(feed: SearchFeed, lang: string, url: string, content: string): Promise<string[]> {
	if (!hasSearchBody(content)) return Promise.resolve([]);
	let index = feed.indexes.get(lang);
	if (!index) {
		index = feed.open();
		feed.indexes.set(lang, index);
	}
	return index.then((i) => i.addHTMLFile({ url, content })).then((result) => result.errors.map((e) => `${url}: ${e}`));
}

/**
 * The URL Pagefind gives a page read from disk, from its path below the base
 * (a rendered path such as `en/cases/x` or a built file such as
 * `en/cases/x/index.html`): a folder's index.html is its folder, with the slash.
 */
export function searchUrl(below: string): string {
	const folder = below.replace(/(^|\/)index\.html$/, '$1');
	return `/${folder}${folder === '' || folder.endsWith('/') || /\.[a-z]+$/.test(folder) ? '' : '/'}`;
}

/** One key for a page however it is named: rendered path or built file (`404` and `404.html`, `x` and `x/index.html`). */
export function pageKey(below: string): string {
	return below
		.replace(/(^|\/)index\.html$/, '')
		.replace(/\.html$/, '')
		.replace(/\/$/, '');
}

const feedKey = Symbol.for('cooperation-atlas.search-feed');
// The integration and the rendered pages are separate module instances in one process: the handle is global.
const holder = globalThis as typeof globalThis & { [feedKey]?: SearchFeed };

export function openSearchFeed(feed: SearchFeed): void {
	holder[feedKey] = feed;
}

export function closeSearchFeed(): SearchFeed | undefined {
	const feed = holder[feedKey];
	delete holder[feedKey];
	return feed;
}

/** Hands a rendered page to the search index, if a build has one open; HTML only. */
export function feedSearchIndex(pathname: string, response: Response): void {
	const feed = holder[feedKey];
	if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return;
	const below = pathname.startsWith(feed.base) ? pathname.slice(feed.base.length) : pathname.replace(/^\//, '');
	const url = searchUrl(below);
	feed.added.push(
		response
			.clone()
			.text()
			.then((content) => indexPage(feed, notePage(feed, pageKey(below), url, content), url, content)),
	);
}
