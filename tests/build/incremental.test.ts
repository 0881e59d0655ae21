import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLogFile, htmlFiles, projectRoot, readPage, runBuild, sites, tmpRoot, type BuildResult } from '../helpers/build.ts';
import { stripAnsi } from '../../src/integration/build-log.ts';

/**
 * A rebuild copies every generated page whose code and data are unchanged from
 * the last build (Astro's incremental build, asked for with ATLAS_INCREMENTAL=1
 * and keyed by src/site/page-cache.ts),
 * and a changed text or fact still reaches every page that shows it. A copy of
 * the fixture site in English and Latvian is built four times in a row, each build
 * keeping the cache folder of the one before, as an editor's next build would.
 */
const dir = path.join(tmpRoot, 'incremental');
const content = path.join(dir, 'content');
const config = path.join(dir, 'atlas.config.yaml');
const out = path.join(dir, 'dist');
const caseText = path.join(content, 'cases/river-cleanup/en.mdx');

function build(env: Record<string, string> = {}): BuildResult & { rendered: string[]; copied: string[] } {
	const result = runBuild(path.relative(projectRoot, config), out, { ATLAS_INCREMENTAL: '1', ...env });
	expect(result.status, result.output.slice(-4000)).toBe(0);
	// Astro's log names each page it writes, with "(restored)" after one it copied from its cache
	// (pages rendered side by side can share a line, so the whole log is searched).
	const pages = [...stripAnsi(result.output).matchAll(/[├└]─ \/(\S+?\/index\.html)( \((?:restored|cached)\))?/g)].map((m) => ({
		page: m[1]!,
		copied: m[2] !== undefined,
	}));
	return { ...result, rendered: pages.filter((p) => !p.copied).map((p) => p.page), copied: pages.filter((p) => p.copied).map((p) => p.page) };
}

/** The files the content layer keeps each article's HTML in (src/content/article-files.ts). */
const articleFiles = () => fs.readdirSync(`${out}.cache/atlas-articles`).sort();

/** Every page's HTML, by path. */
function pagesOf(folder: string): Map<string, string> {
	return new Map(htmlFiles(folder).map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]));
}

/** The text of every page in the search index, from Pagefind's fragments. */
function indexedTexts(): string[] {
	const fragments = path.join(out, 'pagefind/fragment');
	return fs
		.readdirSync(fragments)
		.map((f) => zlib.gunzipSync(fs.readFileSync(path.join(fragments, f))).toString('utf8'))
		.sort();
}

/** Every file of the search index, by path, with its bytes. */
function indexFiles(): Map<string, Buffer> {
	const bundle = path.join(out, 'pagefind');
	return new Map(
		(fs.readdirSync(bundle, { recursive: true }) as string[])
			.filter((f) => fs.statSync(path.join(bundle, f)).isFile())
			.sort()
			.map((f) => [f, fs.readFileSync(path.join(bundle, f))]),
	);
}

const ofLanguage = (files: Map<string, Buffer>, lang: string) =>
	new Map(
		[...files].filter(([f]) =>
			path
				.basename(f)
				.replace(/^pagefind\./, '')
				.startsWith(`${lang}_`),
		),
	);

describe('rebuilding after a change (incremental build)', () => {
	let first: ReturnType<typeof build>;
	let firstPages: Map<string, string>;
	let firstIndex: string[];
	let firstFiles: Map<string, Buffer>;
	let firstArticles: string[];
	const citationFiles = [
		'data/en/citations/cases/river-cleanup.ris',
		'data/lv/citations/methods/round-table.bib',
		'data/en/citations/pitfalls/lonely-coordinator.csl.json',
	];
	let firstCitations: Map<string, string>;

	beforeAll(() => {
		fs.rmSync(dir, { recursive: true, force: true });
		fs.rmSync(`${out}.cache`, { recursive: true, force: true });
		fs.cpSync(path.join(projectRoot, 'tests/fixtures/site/content'), content, { recursive: true });
		const fixture = fs.readFileSync(path.join(projectRoot, 'tests/fixtures/site/atlas.config.yaml'), 'utf8');
		fs.writeFileSync(
			config,
			fixture
				.replace(/^locales: .*$/m, 'locales: [en, lv]')
				.replace(/^contentDirs: .*$/m, `contentDirs: [${path.relative(projectRoot, content)}]`)
				.replace(/^name: .*$/m, 'name: { en: Fixture Atlas, lv: Testa atlants }')
				.replace(/^description: .*$/m, 'description: { en: A fixture., lv: Tests. }'),
		);
		first = build({ ATLAS_BUILD_DATE: '2026-12-01' });
		firstPages = pagesOf(out);
		firstIndex = indexedTexts();
		firstFiles = indexFiles();
		firstArticles = articleFiles();
		firstCitations = new Map(citationFiles.map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
		expect(stripAnsi(first.output)).toMatch(/Citation files: [1-9]\d* written, 0 unchanged/);
	}, 300_000);

	it('is off unless asked for: a plain build keeps no copies of its pages or its search index', () => {
		const log = stripAnsi(fs.readFileSync(buildLogFile(sites.fixture.outDir), 'utf8'));
		expect(log).toMatch(/Search index: .*fed page by page while the pages rendered\n/);
		expect(fs.existsSync(`${sites.fixture.outDir}.cache/incremental-build.json`)).toBe(false);
		expect(fs.existsSync(`${sites.fixture.outDir}.cache/atlas-search`)).toBe(false);
		expect(fs.existsSync(`${sites.fixture.outDir}.cache/atlas-citations`)).toBe(false);
		expect(log).toMatch(/Citation files: \d+ written\n/);
	});

	it('the first build renders every page', () => {
		expect(first.copied).toEqual([]);
		expect(first.rendered).toContain('en/cases/river-cleanup/index.html');
	});

	it('with nothing changed, copies every entry, list and directory page, and ships the same pages and search index', () => {
		const again = build({ ATLAS_BUILD_DATE: '2026-12-01' });
		expect(again.copied).toEqual(expect.arrayContaining(['en/cases/river-cleanup/index.html', 'en/methods/round-table/index.html', 'en/cases/index.html']));
		expect(again.copied).toEqual(expect.arrayContaining(['en/organisations/old-mill-community-hall/index.html', 'en/themes/youth/index.html']));
		// The open-data files too.
		for (const file of ['data/en/entries.json', 'data/en/cases.csv', 'data/en/citations.bib', 'data/lv/organisations.csv'])
			expect(stripAnsi(again.output), file).toMatch(new RegExp(`─ /${file.replaceAll('.', '\\.')} \\(restored\\)`));
		// Only the pages without a key (home, glossary, search and the like) are rendered.
		expect(again.rendered.filter((p) => /\/(cases|methods|legal-forms|pitfalls|checklists|organisations)\/[^/]+\/index\.html$/.test(p))).toEqual([]);
		expect(pagesOf(out)).toEqual(firstPages);
		// Every page of every language is as it was, so each language's index is the last build's, file for file.
		expect(again.output).toMatch(
			/\d+ page\(s\) copied unchanged from the last build read from the built folder; unchanged since the last build, so reused: (en, lv|lv, en)/,
		);
		expect(indexFiles()).toEqual(firstFiles);
		expect(articleFiles()).toEqual(firstArticles);
		// Every entry's citation files are linked from the cache, none written again, and they are as they were.
		expect(stripAnsi(again.output)).toMatch(/Citation files: 0 written, [1-9]\d* unchanged since the last build, so linked from the cache/);
		for (const file of citationFiles) expect(fs.readFileSync(path.join(out, file), 'utf8'), file).toBe(firstCitations.get(file));
	}, 300_000);

	it('after one text changed, renders that entry again, and the search index has the new words', () => {
		fs.appendFileSync(caseText, '\nA sentence the rebuild must show: otterwatch.\n');
		const again = build({ ATLAS_BUILD_DATE: '2026-12-01' });
		expect(again.rendered).toEqual(expect.arrayContaining(['en/cases/river-cleanup/index.html']));
		expect(again.copied).toEqual(expect.arrayContaining(['en/methods/round-table/index.html', 'en/cases/community-garden/index.html']));
		expect(readPage(out, 'en/cases/river-cleanup')).toContain('otterwatch');
		// English is indexed again, copied pages included; Latvian, where nothing changed, is reused as it was.
		// The log line itself, so that a failure shows what was reused instead of the whole log.
		expect(
			stripAnsi(again.output)
				.split('\n')
				.find((line) => line.includes('Search index:')),
		).toMatch(/unchanged since the last build, so reused: lv$/);
		const texts = indexedTexts();
		expect(texts.filter((t) => t.includes('otterwatch'))).toHaveLength(1);
		expect(texts).toHaveLength(firstIndex.length);
		expect(texts.filter((t) => !t.includes('/en/cases/river-cleanup/'))).toEqual(firstIndex.filter((t) => !t.includes('/en/cases/river-cleanup/')));
		expect(ofLanguage(indexFiles(), 'lv')).toEqual(ofLanguage(firstFiles, 'lv'));
		expect(ofLanguage(indexFiles(), 'en')).not.toEqual(ofLanguage(firstFiles, 'en'));
		// The changed text's HTML has a new file, and the old one is gone.
		expect(articleFiles().filter((f) => !firstArticles.includes(f))).toHaveLength(1);
		expect(articleFiles()).toHaveLength(firstArticles.length);
	}, 300_000);

	it('after a title changed, every page that shows the title has the new one', () => {
		fs.writeFileSync(caseText, fs.readFileSync(caseText, 'utf8').replace('title: "River clean-up day"', 'title: "River clean-up weekend"'));
		const again = build({ ATLAS_BUILD_DATE: '2026-12-01' });
		// Only the changed entry's English citation files are made again (one record, three formats).
		expect(stripAnsi(again.output)).toMatch(/Citation files: 3 written, [1-9]\d* unchanged/);
		for (const page of ['en/cases/river-cleanup', 'en/methods/round-table', 'en/cases', 'en/themes/youth', 'en/organisations/riverside-youth-club'])
			expect(readPage(out, page), page).toContain('River clean-up weekend');
		for (const file of ['data/en/entries.json', 'data/en/cases.csv', 'data/en/citations.bib', 'data/en/citations/cases/river-cleanup.ris'])
			expect(fs.readFileSync(path.join(out, file), 'utf8'), file).toContain('River clean-up weekend');
	}, 300_000);

	it('on a later day, a directory entry that has since gone stale shows it', () => {
		const page = 'en/organisations/riverside-youth-club';
		const notice = /<div class="notice" role="note" data-pagefind-ignore>/;
		expect(readPage(out, page)).not.toMatch(notice);
		build({ ATLAS_BUILD_DATE: '2028-01-01' });
		expect(readPage(out, page)).toMatch(notice);
	}, 300_000);
});
