import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, sectionHeadingsFrom } from '../../src/content/content-tree.ts';
import { formatProblem } from '../../src/shared/problem.ts';
import { loadSite } from '../../src/content/load-site.ts';
import { indexSources, overlappingRuns } from '../helpers/word-overlap.ts';
import { projectRoot } from '../helpers/build.ts';

/** The bundled library: complete in every shipped locale, consistent, and in our own words. */
const site = loadSite(projectRoot, 'atlas.config.yaml');
const content = loadContent({
	root: projectRoot,
	contentDirs: site.config.contentDirs,
	knownLocales: Object.keys(site.strings),
	sectionHeadings: sectionHeadingsFrom(site.strings),
});
const shipped = ['hu', 'lv', 'lt', 'en'];

describe('bundled content library', () => {
	it('passes every validation rule (references resolve, titles unique, sections present, cases name a method or legal form)', () => {
		expect(content.problems.map(formatProblem)).toEqual([]);
	});

	it('has every entry in all four locales', () => {
		const missing = content.entries.flatMap((e) => shipped.filter((l) => !e.texts.some((t) => t.locale === l)).map((l) => `${e.folder}/${l}`));
		expect(missing).toEqual([]);
	});

	it('has the planned minimum of each type', () => {
		const count = (type: string) => content.entries.filter((e) => e.type === type).length;
		expect(count('method')).toBeGreaterThanOrEqual(7);
		expect(count('legalForm')).toBeGreaterThanOrEqual(5);
		expect(count('pitfall')).toBeGreaterThanOrEqual(8);
		expect(count('case')).toBeGreaterThanOrEqual(10);
		expect(count('checklist')).toBeGreaterThanOrEqual(2);
	});

	it('defines every glossary term in all four locales', () => {
		const missing = content.glossary.terms.flatMap((term) =>
			shipped.filter((l) => !content.glossary.texts.find((t) => t.locale === l)?.data[term.id]).map((l) => `${term.id} (${l})`),
		);
		expect(missing).toEqual([]);
	});

	it('contains no run of 8 or more words from the seed texts', () => {
		const seedsDir = path.resolve(projectRoot, '../shared/seeds');
		if (!fs.existsSync(seedsDir)) {
			if (process.env.CI === 'true') throw new Error(`The seed texts are missing at ${seedsDir}: cannot check that the content is in our own words.`);
			console.warn(`\n SKIPPED own-words check: no seeds at ${seedsDir}\n`);
			return;
		}
		const seeds = fs
			.readdirSync(seedsDir)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => ({ name: f, text: fs.readFileSync(path.join(seedsDir, f), 'utf8') }));
		const index = indexSources(seeds, 8);
		const files = (fs.readdirSync(path.join(projectRoot, 'content'), { recursive: true }) as string[]).filter((f) => /\.(mdx?|ya?ml|json)$/.test(f));
		// A citation quotes a source's exact title and address, which may well be eight words long:
		// sources' titles and URLs in entry.yaml and footnote definitions are left out, everything else is checked.
		const withoutCitations = (text: string) => text.replace(/^\s*(?:-\s+)?(?:title|url):.*$/gm, '').replace(/^\[\^[^\]]+\]:.*$/gm, '');
		const runs = files.flatMap((f) =>
			overlappingRuns(index, withoutCitations(fs.readFileSync(path.join(projectRoot, 'content', f), 'utf8'))).map(
				(r) => `content/${f}: "${r.run}" (${r.source})`,
			),
		);
		expect(runs).toEqual([]);
	});
});
