import type { PagefindIndex } from 'pagefind';

/**
 * Pages reach the search index while the build renders the next ones, instead
 * of being read back from disk once every page is written: Pagefind indexes in
 * its own process, so on two cores the index grows beside the rendering
 * instead of after it. The integration (search-index.ts) opens the index when
 * the build starts; the middleware hands it each HTML page as it is rendered.
 * Outside a build (dev, tests) there is no feed and pages pass untouched.
 */
export interface SearchFeed {
	index: PagefindIndex;
	/** The site's base path: Pagefind's URLs are below it, as the search page expects. */
	base: string;
	/** One promise per page handed over; each resolves to Pagefind's errors for that page. */
	added: Promise<string[]>[];
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
	// The URL Pagefind gives a page read from disk: a folder's index.html is its folder, with the slash.
	const url = `/${below}${below === '' || below.endsWith('/') || /\.[a-z]+$/.test(below) ? '' : '/'}`;
	feed.added.push(
		response
			.clone()
			.text()
			.then((content) => feed.index.addHTMLFile({ url, content }))
			.then((result) => result.errors.map((e) => `${url}: ${e}`)),
	);
}
