import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
		// Builds the fixture and bundled sites once, before any test reads them.
		globalSetup: process.env.ATLAS_SKIP_SITE_BUILDS ? [] : ['tests/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 600_000,
	},
});
