import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../src/lib/link-check.ts';
import { loadSite } from '../../src/lib/site-config.ts';
import { htmlFiles, projectRoot, sites } from '../helpers/build.ts';

describe('links', () => {
	// Every site global setup builds, so a base-path variant is checked under its base too.
	it.each(Object.entries(sites))('every internal link and #fragment of the %s site resolves', (_name, site) => {
		const { config } = loadSite(projectRoot, site.config);
		const pages = htmlFiles(site.outDir).map((file) => ({ file, html: fs.readFileSync(path.join(site.outDir, file), 'utf8') }));
		const broken = checkSiteLinks({ pages, base: config.base, site: config.site, fileExists: (f) => fs.existsSync(path.join(site.outDir, f)) && fs.statSync(path.join(site.outDir, f)).isFile() });
		expect(broken.map((b) => `${b.page}: ${b.url}: ${b.reason}`).join('\n')).toBe('');
		// An empty or missing output folder would pass trivially.
		expect(pages.length).toBeGreaterThan(10);
	});
});
