import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';

/** The Node options `.npmrc` gives every `npm run` script, as npm passes them on. */
function npmNodeOptions(): string {
	const line = /^node-options=(.*)$/m.exec(fs.readFileSync(path.join(projectRoot, '.npmrc'), 'utf8'));
	if (!line?.[1]) throw new Error('.npmrc: no node-options line');
	return line[1];
}

/** The build's native modules that bring their own mimalloc: the bundler and the Markdown processor. */
const nativeModules = ['rolldown', 'satteri'].map((name) => pathToFileURL(createRequire(path.join(projectRoot, 'package.json')).resolve(name)).href);

/**
 * The `arena_eager_commit` values mimalloc reports when the native modules
 * load, in a working directory outside the project, as a baseline's build
 * may run.
 */
function arenaEagerCommit(env: Record<string, string>): string[] {
	const probe = nativeModules.map((url) => `await import(${JSON.stringify(url)});`).join(' ');
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
		cwd: os.tmpdir(),
		env: { PATH: process.env.PATH ?? '', MIMALLOC_VERBOSE: '1', ...env },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`the probe failed: ${result.stderr}`);
	return [...result.stderr.matchAll(/option 'arena_eager_commit': (\d+)/g)].map((m) => m[1] ?? '');
}

describe('Node options for every npm script', () => {
	it('keep the young generation small', () => {
		expect(npmNodeOptions().split(' ')).toContain('--max-semi-space-size=16');
	});

	it("turn off mimalloc's eager arena commit in the native modules, unless the builder chose otherwise", () => {
		const withProject = arenaEagerCommit({ NODE_OPTIONS: npmNodeOptions() });
		expect(withProject.length).toBeGreaterThan(0);
		expect(new Set(withProject)).toEqual(new Set(['0']));
		// Without the setting mimalloc commits eagerly (2), so the probe tells the two apart.
		expect(new Set(arenaEagerCommit({}))).toEqual(new Set(['2']));
		expect(new Set(arenaEagerCommit({ NODE_OPTIONS: npmNodeOptions(), MIMALLOC_ARENA_EAGER_COMMIT: '1' }))).toEqual(new Set(['1']));
	});
});
