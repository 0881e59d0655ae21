// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import atlas from './src/integration/index.ts';
import atlasSearch, { searchIndexAfterBuild } from './src/integration/search-index.ts';
import atlasSitemap from './src/integration/sitemap.ts';
import { loadSite, siteOutDir } from './src/content/load-site.ts';
import { contentSecurityPolicy } from './src/integration/csp.ts';

// One configuration file (atlas.config.yaml, or ATLAS_CONFIG) drives locales, base path and site name.
const site = loadSite();
const { config } = site;

export default defineConfig({
	site: config.site,
	base: config.base,
	outDir: siteOutDir(),
	// Separate caches let tests build several fixture sites without sharing a content store.
	cacheDir: process.env.ATLAS_OUT_DIR ? `${process.env.ATLAS_OUT_DIR}.cache` : undefined,
	trailingSlash: 'ignore',
	// Several pages in flight let rendering go on while others wait for module loads and file writes
	// (render phase 35 s → 24 s at 4,290 pages; see the README's Benchmark section).
	// Stylesheets stay files: cached once for every page, instead of 6 KB of <style> (and its CSP hash) in each.
	build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
	i18n: {
		locales: config.locales,
		defaultLocale: config.defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	// Articles are rendered to HTML in the content layer (src/content.config.ts), so no MDX
	// integration compiles them into modules. Preact's Babel transform only sees the island.
	// The search integration comes first so that Pagefind writes the index while the atlas integration
	// writes the citation files and checks the pages (src/integration/search-index.ts). With
	// ATLAS_SEARCH_INDEX=after (npm run build) it leaves the index to scripts/search-index.ts instead.
	integrations: [atlasSearch({ afterBuild: searchIndexAfterBuild() }), atlas(site), preact({ include: ['**/*.tsx'] }), atlasSitemap(config.locales)],
	devToolbar: { enabled: false },
	// With ATLAS_INCREMENTAL=1 (npm run build:incremental), a rebuild copies each generated page whose
	// code and data are unchanged from the last build (its cache folder) instead of rendering it again;
	// src/site/page-cache.ts gives each page its data key. Off by default: keeping the copies cost a cold
	// build about a sixth more time (a second write of every page; README, "Content as data"), which a
	// one-off build never repays, and a kept cache is published as it is (docs/deployment.md).
	experimental: { incrementalBuild: process.env.ATLAS_INCREMENTAL === '1' },
	// Code blocks in content are shown as written, without a highlighter (it would add inline styles or markup).
	markdown: { syntaxHighlight: false },
	// One policy for every page, defined in src/integration/csp.ts; Astro adds hashes of its own scripts and styles.
	security: {
		csp: {
			...contentSecurityPolicy,
			directives: [...contentSecurityPolicy.directives],
			scriptDirective: { resources: [...contentSecurityPolicy.scriptDirective.resources] },
			styleDirective: { resources: [...contentSecurityPolicy.styleDirective.resources] },
		},
	},
});
