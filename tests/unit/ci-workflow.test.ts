import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build.ts';

const workflowsDir = path.join(projectRoot, '.github/workflows');

describe('GitHub Actions workflows', () => {
	it('run the checks on pull requests with read-only permissions and no secrets', () => {
		const ci = parse(fs.readFileSync(path.join(workflowsDir, 'ci.yml'), 'utf8')) as {
			on: Record<string, unknown>;
			permissions: Record<string, string>;
			jobs: Record<string, { steps: { run?: string }[] }>;
		};
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

describe('the issue-to-pull-request workflow', () => {
	interface Step {
		uses?: string;
		run?: string;
		with?: Record<string, string>;
	}
	const text = fs.readFileSync(path.join(workflowsDir, 'issue-to-pr.yml'), 'utf8');
	const workflow = parse(text) as {
		on: Record<string, { types: string[] }>;
		permissions: Record<string, string>;
		jobs: Record<string, { if: string; permissions: Record<string, string>; env: Record<string, string>; steps: Step[] }>;
	};
	const job = workflow.jobs.convert!;

	it('runs when a maintainer labels an issue "accepted", with only the permissions it needs', () => {
		expect(workflow.on).toEqual({ issues: { types: ['labeled'] } });
		expect(job.if).toBe("github.event.label.name == 'accepted'");
		expect(workflow.permissions).toEqual({});
		expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
	});

	it('uses no action but actions/checkout, on the default branch', () => {
		const uses = job.steps.flatMap((s) => (s.uses ? [s.uses] : []));
		expect(uses).toEqual(['actions/checkout@v4']);
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, compared as written
		expect(job.steps[0]!.with?.ref).toBe('${{ github.event.repository.default_branch }}');
	});

	it('passes the issue to commands only as environment variables, and runs the conversion script on it as a file', () => {
		// Text from the issue pasted into a command would run as shell code.
		for (const step of job.steps) expect(step.run ?? '', step.run).not.toMatch(/\$\{\{\s*github\.event\.issue/);
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, compared as written
		expect(job.env.ISSUE_BODY).toBe('${{ github.event.issue.body }}');
		const runs = job.steps.map((s) => s.run ?? '').join('\n');
		expect(runs).toContain('printf \'%s\\n\' "$ISSUE_BODY" > "$RUNNER_TEMP/issue.md"');
		expect(runs).toContain('npm run --silent issue:entry -- "$RUNNER_TEMP/issue.md"');
		expect(runs).toContain('gh issue comment "$ISSUE_NUMBER"');
		expect(runs).toContain('gh pr create');
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
