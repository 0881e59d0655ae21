import { defineConfig } from 'vitest/config';

// ATLAS_SKIP_SITE_BUILDS=1 runs only the tests that need no built site: those that read
// tests/.tmp/<site>/ are left out rather than run against whatever an earlier run left there.
// ATLAS_REUSE_SITE_BUILDS=1 (while working on one test) runs them on the sites built last time, on purpose.
const skipSiteBuilds = Boolean(process.env.ATLAS_SKIP_SITE_BUILDS);
const reuseSiteBuilds = !skipSiteBuilds && Boolean(process.env.ATLAS_REUSE_SITE_BUILDS);
const readBuiltSites = ['tests/build/**', 'tests/browser/**', 'tests/security/harmless-output.test.ts'];
if (skipSiteBuilds)
	console.warn(`\n ATLAS_SKIP_SITE_BUILDS is set: the site builds and every test that reads a built site are SKIPPED (${readBuiltSites.join(', ')}).\n`);
if (reuseSiteBuilds) console.warn('\n ATLAS_REUSE_SITE_BUILDS is set: the sites are NOT rebuilt; tests read the output of the last build in tests/.tmp/.\n');

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
		exclude: ['**/node_modules/**', ...(skipSiteBuilds ? readBuiltSites : [])],
		// Builds the fixture and bundled sites once, before any test reads them.
		globalSetup: skipSiteBuilds || reuseSiteBuilds ? [] : ['tests/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 600_000,
	},
});
