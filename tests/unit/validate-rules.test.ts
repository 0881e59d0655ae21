import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, sectionHeadingsFrom } from '../../src/content/content-tree.ts';
import { formatProblem } from '../../src/shared/problem.ts';
import { loadSite } from '../../src/content/load-site.ts';
import { projectRoot } from '../helpers/build.ts';

/**
 * tests/fixtures/invalid adds a second content folder to the fixture site with
 * one planted problem per validation rule, each in its own entry folder.
 */
const config = 'tests/fixtures/invalid/atlas.config.yaml';
const dir = 'tests/fixtures/invalid/content';

function problems(): string[] {
	const site = loadSite(projectRoot, config);
	const content = loadContent({
		root: projectRoot,
		contentDirs: site.config.contentDirs,
		knownLocales: site.knownLocales,
		sectionHeadings: sectionHeadingsFrom(site.strings),
	});
	return content.problems.map(formatProblem);
}

/** Rule → the file it is planted in and what the report must say. */
const planted: [rule: string, file: string, report: RegExp][] = [
	['schema error', 'methods/missing-sources/entry.yaml', /:1: sources: required field is missing$/],
	[
		'unknown taxonomy value',
		'cases/unknown-scale/entry.yaml',
		/:2: scale: not an allowed value \(allowed: village, town, city, region, national, international\)$/,
	],
	['reference to a missing entry', 'pitfalls/missing-reference/entry.yaml', /:1: methods\[0\]: refers to "no-such-method", which does not exist/],
	[
		'duplicate slug',
		'methods/round-table/entry.yaml',
		/: \(slug\): "round-table" is also defined in tests\/fixtures\/site\/content\/methods\/round-table\/entry\.yaml/,
	],
	[
		'duplicate title',
		'pitfalls/duplicate-title/en.mdx',
		/:2: title: "Lonely coordinator" is already the title of tests\/fixtures\/site\/content\/pitfalls\/lonely-coordinator\/en\.mdx/,
	],
	['locale file for an unknown locale', 'pitfalls/unknown-locale/fr.mdx', /: \(locale\): "fr" is not a known locale/],
	['missing required section', 'pitfalls/missing-section/en.mdx', /:10: body: missing section "## What to do if it happens"/],
	['import/export', 'pitfalls/import-statement/en.mdx', /:6: body: import\/export statements are not allowed/],
	['{expression}', 'pitfalls/expression/en.mdx', /:10: body: \{expressions\} are not allowed in content .*\{40 \+ 2\}$/],
	['raw HTML <script>', 'pitfalls/raw-html/en.mdx', /:10: body: raw HTML <script> is not allowed/],
	['component outside the allowlist', 'pitfalls/disallowed-component/en.mdx', /:10: body: component <Widget> is not allowed \(allowed components: Aside\)/],
	['javascript: URL', 'pitfalls/unsafe-urls/en.mdx', /:10: body: unsafe URL "javascript:alert\(1\)"/],
	['data: URL', 'pitfalls/unsafe-urls/en.mdx', /:12: body: unsafe URL "data:image\/png;base64,AAAA"/],
	['raw HTML in a local page', 'pages/unsafe-page/en.mdx', /:6: body: raw HTML <script> is not allowed/],
	['documented source without an address', 'cases/unsourced-facts/entry.yaml', /:13: sources\[0\]\.url: a documented case cites every source with its address/],
	['source that supports no listed fact', 'cases/unsourced-facts/entry.yaml', /:17: sources\[1\]\.supports: list the facts this source supports/],
	['fact field with no supporting source', 'cases/unsourced-facts/entry.yaml', /:9: funding: no source supports "funding"/],
	['case text without its place', 'cases/unsourced-facts/en.mdx', /: place: required field is missing: the place of the case in this language/],
	['scenario with years', 'cases/dated-scenario/entry.yaml', /:3: years: a scenario shows no years/],
	['featured scenario', 'cases/dated-scenario/entry.yaml', /:10: featured: only documented cases are featured/],
	[
		'termbase variant to avoid',
		'pitfalls/avoided-term/en.mdx',
		/:10: termbase: "Collaborationships" is a variant to avoid: write "partnership" \(tests\/fixtures\/site\/content\/glossary\/en\.yaml, term "partnership"\)/,
	],
	['placeholder left by npm run new', 'pitfalls/unfilled-placeholder/en.mdx', /:12: body: placeholder "FILL-IN" left by "npm run new"/],
];

describe('validation rules against a fixture with one planted problem per rule', () => {
	const found = problems();

	for (const [rule, file, report] of planted) {
		it(`reports the ${rule} with its file`, () => {
			const own = found.filter((p) => p.startsWith(`${dir}/${file}:`));
			expect(own, `problems of ${file}:\n${found.join('\n')}`).toContainEqual(expect.stringMatching(report));
		});
	}

	it('reports nothing outside the planted entries', () => {
		const folders = new Set(planted.map(([, file]) => `${dir}/${path.dirname(file)}/`));
		const elsewhere = found.filter((p) => ![...folders].some((folder) => p.startsWith(folder)));
		expect(elsewhere).toEqual([]);
	});
});

describe('npm run validate', () => {
	const run = (configFile: string) =>
		spawnSync(process.execPath, [path.join(projectRoot, 'scripts/validate.ts')], {
			cwd: projectRoot,
			env: { ...process.env, ATLAS_CONFIG: configFile },
			encoding: 'utf8',
		});

	it('prints every problem as path:line: field: message and exits non-zero', () => {
		const result = run(config);
		expect(result.status).toBe(1);
		const lines = result.stderr.trim().split('\n');
		const summary = lines.pop();
		expect(summary).toMatch(
			/^\d+ problem\(s\) in tests\/fixtures\/invalid\/atlas\.config\.yaml and tests\/fixtures\/site\/content, tests\/fixtures\/invalid\/content \(\d+ ms\)\.$/,
		);
		const reports = lines.filter((l) => l.trim());
		expect(reports).toHaveLength(Number(summary?.split(' ')[0]));
		for (const line of reports) expect(line).toMatch(/^tests\/fixtures\/invalid\/content\/[\w./-]+(:\d+)?: [\w.()[\]-]+: .+$/);
		for (const [, file, report] of planted)
			expect(
				reports.some((l) => l.startsWith(`${dir}/${file}`) && report.test(l)),
				file,
			).toBe(true);
	});

	it('exits 0 with a summary on valid content', () => {
		const result = run('tests/fixtures/site/atlas.config.yaml');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Content is valid: \d+ entries, \d+ files checked in \d+ ms\.$/m);
	});

	it('names the file and field of a broken site configuration', () => {
		const result = run('tests/fixtures/invalid/no-such-config.yaml');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/fixtures/invalid/no-such-config.yaml: (file): site configuration file not found');
	});
});
