import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapPage, sitemapXml, type SitemapPage } from '../site/feeds.ts';
import { routes } from '../site/routes.ts';

/** The sitemap's pages, read from the built HTML so every page any route renders is covered. */
export function collectSitemap(siteDir: string, locales: readonly string[]): SitemapPage[] {
	const notFound = new Set(['404.html', ...locales.map((l) => `${routes.notFound(l)}index.html`)]);
	const files = (fs.readdirSync(siteDir, { recursive: true }) as string[])
		.map((f) => f.split(path.sep).join('/'))
		.filter((f) => f.endsWith('.html') && !notFound.has(f));
	return files.flatMap((file) => sitemapPage(fs.readFileSync(path.join(siteDir, file), 'utf8')) ?? []);
}

/** Writes sitemap.xml after the build: canonical pages with hreflang alternates, fallback pages left out. */
export default function atlasSitemap(locales: readonly string[]): AstroIntegration {
	return {
		name: 'cooperation-atlas-sitemap',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const siteDir = fileURLToPath(dir);
				const pages = collectSitemap(siteDir, locales);
				fs.writeFileSync(path.join(siteDir, routes.sitemap()), sitemapXml(pages));
				logger.info(`Sitemap: ${pages.length} pages`);
			},
		},
	};
}
