import { createHash } from 'node:crypto';
import { getEntry } from 'astro:content';
import { config, getAtlas, lastChanged, localeParams, strings, type AtlasEntry } from './atlas.ts';
import { buildDate } from '../model/organisations.ts';
import { isoDate } from '../shared/i18n.ts';
// Every page passes the middleware, which Astro's hash of a page's code does not include.
import middleware from '../middleware.ts?raw';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * made by `getStaticPaths()` is copied from the last build instead of rendered
 * again when its key and its code are both unchanged. Astro hashes the code
 * (the page's modules, styles and scripts); the key must change with every
 * piece of data the page shows. A page without a key is always rendered.
 *
 * The site key covers what any generated page may read besides an article's
 * text: the checked content record (facts, titles and summaries, glossary,
 * organisations, local pages), the site configuration and its strings, the
 * day each entry last changed, and today's date (the directory marks entries
 * stale by age, and an uncommitted change is dated today). An article's text
 * is rendered in the content layer, which Astro does not track for a page, so
 * a page that shows articles adds their digests: one changed text renders
 * only its own entry's pages again.
 */
let site: Promise<string> | undefined;

export function siteCacheKey(): Promise<string> {
	site ??= (async () => {
		const [stored, atlas] = await Promise.all([getEntry('atlas', 'content'), getAtlas()]);
		const changed = atlas.entries.map((e) => `${e.type}/${e.slug} ${isoDate(lastChanged(e))}`);
		return digest([JSON.stringify(stored?.data), JSON.stringify(config), JSON.stringify(strings), changed.join('\n'), isoDate(buildDate()), middleware]);
	})();
	return site;
}

/** An entry page's key: the site's, and the digest of each of its texts (a page may fall back to any of them). */
export async function entryCacheKey(entry: AtlasEntry): Promise<string> {
	const atlas = await getAtlas();
	return articlesCacheKey(await Promise.all(entry.files.texts.map(({ locale }) => atlas.article(entry, locale))));
}

/** The key of a page that shows one of these articles: the site's, and each article's digest. */
export async function articlesCacheKey(articles: ({ id: string; digest?: string | number } | undefined)[]): Promise<string> {
	return digest([await siteCacheKey(), ...articles.map((a) => (a ? `${a.id} ${a.digest}` : 'none'))]);
}

/** Adds the site key to each path of a page that shows only what the site key covers. */
export async function withSiteCacheKey<P extends object>(paths: P[]): Promise<(P & { cacheKey: string })[]> {
	const cacheKey = await siteCacheKey();
	return paths.map((p) => ({ ...p, cacheKey }));
}

/** One path per locale, keyed by the site: the open-data files, which show only what the site key covers. */
export const keyedLocaleParams = () => withSiteCacheKey(localeParams());

function digest(parts: (string | number | undefined)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(`${part ?? ''}\0`);
	return hash.digest('base64url');
}
