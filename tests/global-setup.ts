import fs from 'node:fs';
import path from 'node:path';
import { runBuild, sites, buildLogFile, tmpRoot } from './helpers/build.ts';

/** Builds each site once per test run; a failed build fails the run with its log. */
export default function setup() {
	// Throwaway trees of earlier runs (broken builds, scaffolds) are not needed again.
	if (fs.existsSync(tmpRoot)) {
		for (const name of fs.readdirSync(tmpRoot)) if (/^(broken|new-entry)-/.test(name)) fs.rmSync(path.join(tmpRoot, name), { recursive: true, force: true });
	}
	for (const [name, site] of Object.entries(sites)) {
		// Every run tests a cold build, as a fresh clone makes; rebuilds have their own test (tests/build/incremental.test.ts).
		fs.rmSync(`${site.outDir}.cache`, { recursive: true, force: true });
		const result = runBuild(site.config, site.outDir);
		// Kept for the build-log test, which checks every log for errors.
		fs.writeFileSync(buildLogFile(site.outDir), result.output);
		if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.output.slice(-6000)}`);
	}
}
