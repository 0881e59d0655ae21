/**
 * The second step of `npm run build`: writes the search index into the site
 * that `astro build` (run with ATLAS_SEARCH_INDEX=after) has just written,
 * once that build's process has ended, each locale in a Pagefind process of
 * its own, as many side by side as fit (writeSearchIndexAfterBuild). The site folder is the build's: ATLAS_OUT_DIR,
 * or dist/.
 */
import path from 'node:path';
import { loadSite, siteOutDir } from '../src/content/load-site.ts';
import { writeSearchIndexAfterBuild } from '../src/integration/search-index.ts';

const siteDir = path.resolve(siteOutDir());
const started = performance.now();
try {
	const { config } = loadSite();
	await writeSearchIndexAfterBuild(siteDir, config.locales, (line) => console.log(line));
	console.log(`Search index written into ${path.relative(process.cwd(), siteDir) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
	console.error(`The search index could not be written into ${siteDir}: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
