import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build.ts';

const workflowsDir = path.join(projectRoot, '.github/workflows');

describe('GitHub Actions workflows', () => {
	it('run the checks on pull requests with read-only permissions and no secrets', () => {
		const ci = parse(fs.readFileSync(path.join(workflowsDir, 'ci.yml'), 'utf8')) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: { run?: string }[] }> };
		expect(Object.keys(ci.on)).toContain('pull_request');
		expect(ci.permissions).toEqual({ contents: 'read' });
		const runs = Object.values(ci.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));
		for (const command of ['npm install', 'npm run validate', 'npm run build', 'npm test']) expect(runs).toContain(command);
		expect(runs.join('\n')).not.toMatch(/npm ci|playwright install/);
	});

	it('never use pull_request_target or secrets', () => {
		for (const file of fs.readdirSync(workflowsDir)) {
			const text = fs.readFileSync(path.join(workflowsDir, file), 'utf8');
			expect(text, file).not.toMatch(/^\s*pull_request_target\s*:/m);
			expect(text, file).not.toMatch(/\$\{\{\s*secrets\./);
		}
	});
});

describe('Node settings of npm scripts', () => {
	// A behaviour, not the file's text: started by `npm test`, this process got NODE_OPTIONS from .npmrc
	// the same way `npm run build` does. Run some other way (npx vitest), there is nothing to observe.
	const viaNpm = process.env.npm_lifecycle_event === 'test';
	if (!viaNpm) console.warn('\n SKIPPED: the .npmrc node-options check runs only under `npm test`\n');
	it.skipIf(!viaNpm)('run every script, the build included, with the young-generation size the benchmark measured', () => {
		expect(process.env.NODE_OPTIONS).toMatch(/--max-semi-space-size=16(\s|$)/);
	});
});
