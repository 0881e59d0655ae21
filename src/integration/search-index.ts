import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { closeSearchFeed, openSearchFeed, pageKey, searchUrl, type SearchFeed } from './search-feed.ts';
import { routes } from '../site/routes.ts';

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

/**
 * Writes the search index into the built site. Pagefind splits the index by
 * each page's `<html lang>`, so every locale gets its own index. Only elements
 * marked `data-pagefind-body` are indexed: the article of a real translation
 * and the glossary. Fallback pages (another language's text) have no such
 * element and stay out of every index. The pages came in while the build
 * rendered them (search-feed.ts); without a feed, or if none came (the
 * middleware did not run), they are read from disk, and the log says which.
 */
export async function writeSearchIndex(siteDir: string, logger?: AstroIntegrationLogger, feed?: SearchFeed): Promise<Record<string, number>> {
	const bundleDir = path.join(siteDir, routes.searchBundle());
	const fed = feed !== undefined && feed.added.length > 0;
	let restored = 0;
	try {
		const index = feed?.index ?? (await openIndex());
		if (fed) {
			restored = addUnfedPages(siteDir, feed);
			const errors = (await Promise.all(feed.added)).flat();
			if (errors.length) throw new Error(`Pagefind could not index ${errors.length} page(s):\n${errors.join('\n')}`);
		} else {
			const added = await index.addDirectory({ path: siteDir });
			if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: bundleDir });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	// The search page has its own interface (src/client/search.ts), so Pagefind's ready-made UIs are not shipped.
	for (const file of fs.readdirSync(bundleDir)) if (unusedBundleFile.test(file)) fs.rmSync(path.join(bundleDir, file));
	const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	const counts = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
	logger?.info(
		`Search index: ${Object.entries(counts)
			.map(([lang, n]) => `${lang} ${n} pages`)
			.join(
				', ',
			)}; ${fed ? 'fed page by page while the pages rendered' : 'read from the built folder'}${restored ? `, and ${restored} page(s) copied unchanged from the last build read from the built folder` : ''}`,
	);
	return counts;
}

/** Hands the index every built page the feed did not see (those an incremental build copied from the last build); returns how many. */
function addUnfedPages(siteDir: string, feed: SearchFeed): number {
	const unfed = (fs.readdirSync(siteDir, { recursive: true }) as string[])
		.map((f) => f.split(path.sep).join('/'))
		.filter((f) => f.endsWith('.html') && !feed.fed.has(pageKey(f)));
	for (const file of unfed) {
		const url = searchUrl(file);
		feed.added.push(
			feed.index.addHTMLFile({ url, content: fs.readFileSync(path.join(siteDir, file), 'utf8') }).then((result) => result.errors.map((e) => `${url}: ${e}`)),
		);
	}
	return unfed.length;
}

async function openIndex(): Promise<PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: excludeFromIndex });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

/** Builds the search index during every `astro build`, so `npm run build` and the test builds all ship one. */
export default function atlasSearch(): AstroIntegration {
	let base = '/';
	return {
		name: 'cooperation-atlas-search',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': async () => {
				openSearchFeed({ index: await openIndex(), base, added: [], fed: new Set() });
			},
			'astro:build:done': async ({ dir, logger }) => {
				await writeSearchIndex(fileURLToPath(dir), logger, closeSearchFeed());
			},
		},
	};
}
