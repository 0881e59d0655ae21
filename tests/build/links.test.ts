import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/content/load-site.ts';
import { projectRoot, sites } from '../helpers/build.ts';
import { checkBuiltSite } from '../helpers/links.ts';

describe('links', () => {
	// Every site global setup builds, so a base-path variant is checked under its base too.
	it.each(Object.entries(sites))('every internal link, asset and #fragment of the %s site resolves (pages, stylesheets, sitemap, feeds)', (_name, site) => {
		const { config } = loadSite(projectRoot, site.config);
		const { pages, texts, broken } = checkBuiltSite(site.outDir, { base: config.base, site: config.site });
		expect(broken.map((b) => `${b.page}: ${b.url}: ${b.reason}`).join('\n')).toBe('');
		// An empty or missing output folder would pass trivially.
		expect(pages).toBeGreaterThan(10);
		expect(texts).toBeGreaterThan(2);
	});
});
