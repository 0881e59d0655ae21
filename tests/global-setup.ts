import fs from 'node:fs';
import { runBuild, sites, buildLogFile } from './helpers/build.ts';

/** Builds each site once per test run; a failed build fails the run with its log. */
export default function setup() {
	for (const [name, site] of Object.entries(sites)) {
		const result = runBuild(site.config, site.outDir);
		// Kept for the build-log test, which checks every log for errors.
		fs.writeFileSync(buildLogFile(site.outDir), result.output);
		if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.output.slice(-6000)}`);
	}
}
