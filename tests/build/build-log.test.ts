import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLogFile, projectRoot, runBuild, sites, sitesIndexedAfter, sitesIndexedDuring, tmpRoot } from '../helpers/build.ts';
import { findLogProblems, formatLogProblems, stripAnsi } from '../../src/integration/build-log.ts';

describe('build-log gate', () => {
	it.each(Object.entries(sites))('the %s site built with no [ERROR] line and no failed page', (_name, site) => {
		const log = fs.readFileSync(buildLogFile(site.outDir), 'utf8');
		expect(log).toMatch(/Complete!/);
		expect(formatLogProblems(findLogProblems(log))).toBe('');
	});

	// Warnings are shown, not fatal; a clean build has none, so a new one is not lost among old ones.
	it.each(Object.entries(sites))('the %s site built with no warning', (_name, site) => {
		const log = stripAnsi(fs.readFileSync(buildLogFile(site.outDir), 'utf8'));
		expect(log.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
	});

	// The index is written beside the citation files (src/integration/search-index.ts); the build must still wait for it.
	it.each(sitesIndexedDuring)('the %s site reported its search index before the build was done', (_name, site) => {
		const lines = stripAnsi(fs.readFileSync(buildLogFile(site.outDir), 'utf8')).split('\n');
		const index = lines.findIndex((line) => /\[cooperation-atlas-search\] Search index: \w+ \d+ pages/.test(line));
		const done = lines.findIndex((line) => /page\(s\) built in/.test(line));
		expect(index).toBeGreaterThan(-1);
		expect(done).toBeGreaterThan(index);
	});

	// As `npm run build` builds: the build leaves the index, and scripts/search-index.ts writes it once the build has ended.
	it.each(sitesIndexedAfter)('the %s site left its search index to the step after the build, which wrote it', (_name, site) => {
		const lines = stripAnsi(fs.readFileSync(buildLogFile(site.outDir), 'utf8')).split('\n');
		const left = lines.findIndex((line) => line.includes('[cooperation-atlas-search] Search index: left for scripts/search-index.ts'));
		const done = lines.findIndex((line) => /page\(s\) built in/.test(line));
		const written = lines.findIndex((line) =>
			/^Search index: \w+ \d+ pages.*; written after the build, (one language at a time|\d+ languages side by side)$/.test(line),
		);
		expect(left).toBeGreaterThan(-1);
		expect(done).toBeGreaterThan(left);
		expect(written).toBeGreaterThan(done);
	});

	/**
	 * A throwaway Astro project inside the project (so it uses the project's
	 * Astro) with the same gate the atlas integration installs.
	 */
	function buildProject(name: string, pages: Record<string, string>, hook = '') {
		const dir = path.join(tmpRoot, name);
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
		for (const [file, text] of Object.entries(pages)) fs.writeFileSync(path.join(dir, 'src/pages', file), text);
		const gate = path.relative(dir, path.join(projectRoot, 'src/integration/build-gate.ts'));
		fs.writeFileSync(
			path.join(dir, 'astro.config.mjs'),
			`import { observeBuildLog, assertCleanBuildLog } from '${gate}';
let log;
export default { integrations: [{ name: 'gate', hooks: {
	'astro:config:setup': () => { log = observeBuildLog(); },
	'astro:build:start': ({ logger }) => { ${hook} },
	'astro:build:done': () => assertCleanBuildLog(log.stop()),
} }] };
`,
		);
		return runBuild('', path.join(dir, 'dist'), {}, dir);
	}

	it('fails the build when a page throws while rendering, naming the page', () => {
		const result = buildProject('throwing-page', { 'index.astro': '<p>ok</p>', 'broken.astro': "---\nthrow new Error('boom in page');\n---\n<p>x</p>\n" });
		expect(result.status).not.toBe(0);
		expect(findLogProblems(result.output).some((p) => p.kind === 'render' && p.text.includes('/broken'))).toBe(true);
	});

	it('fails a build that logged an error even though every page rendered', () => {
		const ok = buildProject('clean-log', { 'index.astro': '<p>ok</p>' });
		expect(ok.status, ok.output).toBe(0);
		const result = buildProject('error-log', { 'index.astro': '<p>ok</p>' }, "logger.error('a loader could not read something');");
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/The build logged 1 error\(s\)[\s\S]*a loader could not read something/);
	});
});
