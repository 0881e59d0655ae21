import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest file (the walk of every built site's pages, about half the run's
 * work) starts first, so the other worker works through everything else
 * meanwhile; the rest keep Vitest's order (longest last time, or largest).
 */
class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const first = (spec: TestSpecification) => (spec.moduleId.endsWith('tests/browser/site-walk.test.ts') ? 0 : 1);
		return sorted.sort((a, b) => first(a) - first(b));
	}
}

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
		// Two workers on a 2-core machine (Vitest's default would be one fewer than the cores):
		// browser tests spend much of their time waiting on Chromium, which runs in its own processes.
		maxWorkers: 2,
		sequence: { sequencer: LongestFirst },
		testTimeout: 120_000,
		hookTimeout: 600_000,
	},
});
