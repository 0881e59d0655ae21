import fs from 'node:fs';
import path from 'node:path';
import { startBuild, sites, buildLogFile, tmpRoot } from './helpers/build.ts';

/**
 * Builds each site once per test run, two at a time (an Astro build keeps about
 * one core busy, so two share this 2-core machine's cores); a failed build
 * fails the run with its log.
 */
export default async function setup() {
	// Throwaway trees of earlier runs (broken builds, scaffolds) are not needed again.
	if (fs.existsSync(tmpRoot)) {
		for (const name of fs.readdirSync(tmpRoot)) if (/^(broken|new-entry)-/.test(name)) fs.rmSync(path.join(tmpRoot, name), { recursive: true, force: true });
	}
	const waiting = Object.entries(sites);
	const failed: string[] = [];
	const lane = async () => {
		for (let next = waiting.shift(); next; next = waiting.shift()) {
			const [name, site] = next;
			// Every run tests a cold build, as a fresh clone makes; rebuilds have their own test (tests/build/incremental.test.ts).
			fs.rmSync(`${site.outDir}.cache`, { recursive: true, force: true });
			const result = await startBuild(site.config, site.outDir, 'env' in site ? site.env : {});
			// Kept for the build-log test, which checks every log for errors.
			fs.writeFileSync(buildLogFile(site.outDir), result.output);
			if (result.status !== 0) failed.push(`Building the ${name} site failed:\n${result.output.slice(-6000)}`);
		}
	};
	await Promise.all([lane(), lane()]);
	if (failed.length) throw new Error(failed.join('\n\n'));
}
