import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { findEntry, markdownText, runIssueToEntry, slugify } from '../../scripts/lib/issue-to-entry.ts';
import { projectRoot, tmpRoot } from '../helpers/build.ts';

/** A copy of the fixture site's content, so conversions can write into it. */
const site = path.join(tmpRoot, 'issue-to-entry');
const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join('/');
const configFile = rel(path.join(site, 'atlas.config.yaml'));
const content = rel(path.join(site, 'content'));
const out = rel(path.join(site, 'proposals'));
const body = (name: string) => fs.readFileSync(path.join(projectRoot, 'tests/fixtures/issue-forms', `${name}.md`), 'utf8');
const run = (name: string) => runIssueToEntry(body(name), { root: projectRoot, configFile, outDir: out, today: '2026-12-02' });
const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');

beforeEach(() => {
	fs.rmSync(site, { recursive: true, force: true });
	fs.mkdirSync(site, { recursive: true });
	fs.cpSync(path.join(projectRoot, 'tests/fixtures/site/content'), path.join(site, 'content'), { recursive: true });
	fs.writeFileSync(
		path.join(site, 'atlas.config.yaml'),
		read('tests/fixtures/site/atlas.config.yaml').replace('contentDirs: [tests/fixtures/site/content]', `contentDirs: [${content}]`),
	);
});

describe('issue form → entry files', () => {
	it('writes a proposed case through the scaffolder, with the answers as facts and text, and checks it', () => {
		const result = run('propose-case-en');
		const folder = `${out}/cases/youth-council-redesigns-the-river-park`;
		expect(result.conversion.problems).toEqual([]);
		expect(result.written).toEqual([`${folder}/entry.yaml`, `${folder}/en.mdx`]);
		const facts = parse(read(`${folder}/entry.yaml`));
		expect(facts).toMatchObject({
			country: 'LV',
			scale: 'town',
			years: { start: 2021, end: 'ongoing' },
			themes: ['youth', 'public-space'],
			partners: [{ sector: 'municipality', name: 'Riverside Town Council' }, { sector: 'youth-organisation' }],
			methods: ['round-table'],
			cooperationForms: ['grant-route'],
			funding: ['municipal-budget'],
			evidence: 'documented',
			sourceLocale: 'en',
			sources: [
				{
					title: 'Council decision on the river park',
					url: 'https://example.org/council-decision-2021',
					supports: ['place', 'partners', 'years', 'funding', 'cooperationForms', 'result'],
				},
				{ title: 'Annual report 2023', url: 'https://example.org/annual-report-2023' },
			],
		});
		expect(String(facts.sources[0].accessed ?? '')).toMatch(/2026-12-02/);
		const text = read(`${folder}/en.mdx`);
		expect(text).toContain('title: "Youth council redesigns the river park"');
		expect(text).toContain('summary: "The town council and a youth organisation redesigned the river park together. Young people chose what to build."');
		// Braces and "<" are text, not MDX expressions or tags; a level-2 heading in an answer cannot break the sections.
		expect(text).toContain('Budget: \\{about 40 000 EUR\\} for \\<10 benches.');
		expect(text).toContain('## Partners and roles\n\n### Who did what');
		// The validator (the same as npm run validate) reports only the sections left empty.
		expect(result.checks).toHaveLength(3);
		for (const check of result.checks) expect(check).toMatch(/en\.mdx:\d+: body: placeholder "FILL-IN"/);
		expect(result.report).toContain('The atlas check found these problems in the new files:');
	});

	it('writes a Hungarian scenario without years, with the messages in Hungarian', () => {
		const result = run('propose-case-hu');
		expect(result.conversion.problems).toEqual([]);
		const folder = `${out}/cases/kozossegi-kert-a-lakotelepen`;
		expect(result.written).toEqual([`${folder}/entry.yaml`, `${folder}/hu.mdx`]);
		const facts = parse(read(`${folder}/entry.yaml`));
		expect(facts).toMatchObject({ evidence: 'scenario', sourceLocale: 'hu', themes: ['community-development'] });
		expect(facts.years).toBeUndefined();
		expect(facts.sources[0].supports).toBeUndefined();
		expect(read(`${folder}/hu.mdx`)).toContain('## Háttér\n\nEbben a forgatókönyvben');
		expect(result.report).toMatch(/^Elkészült: /);
		expect(result.checks.every((c) => c.includes('FILL-IN'))).toBe(true);
	});

	it('names every missing answer by its label and writes nothing', () => {
		const result = run('propose-case-missing');
		expect(result.conversion.problems).toEqual([
			'"Title of the case" is required but was left empty.',
			'"Country" is required but was left empty.',
			'"Partner 2: type" is required but was left empty.',
			'"Sources" is required but was left empty.',
		]);
		expect(result.written).toEqual([]);
		expect(fs.existsSync(path.join(projectRoot, out))).toBe(false);
	});

	it("explains malformed answers in the form's language (Latvian) and writes nothing", () => {
		const result = run('propose-case-malformed');
		expect(result.conversion.locale).toBe('lv');
		expect(result.conversion.problems).toEqual([
			'“Valsts”: “Latvia” nav divu burtu valsts kods (piemēram, HU, LV vai LT).',
			'“Tēmas”: “Sports (sport)” nav starp veidlapas izvēlēm.',
			'“Sadarbības sākuma gads”: “2019.” nav gads (piemēram, 2021).',
			'“3. partneris: veids”: obligāts, bet atstāts tukšs.',
			'“https://fixture.example.org/lv/methods/no-such-method/” nav atlanta ieraksts: ielīmējiet lapas adresi vai citēšanas identifikatoru.',
			'Avoti, 1. rinda (“Domes lēmums bez adreses”): norādiet dokumenta tīmekļa adresi (https://…) un nosaukumu.',
			'Avoti, 2. rinda (“https://example.org/only-an-address”): norādiet dokumenta tīmekļa adresi (https://…) un nosaukumu.',
		]);
		expect(result.written).toEqual([]);
	});

	it("adds an offered translation to the entry's folder, and the validator accepts it", () => {
		const result = run('offer-translation-lt');
		expect(result.conversion.problems).toEqual([]);
		expect(result.written).toEqual([`${content}/cases/river-cleanup/lt.mdx`]);
		expect(result.checks).toEqual([]);
		const text = read(`${content}/cases/river-cleanup/lt.mdx`);
		expect(text).toMatch(
			/^---\ntitle: "Upės valymo talka"\nsummary: "Savivaldybė ir jaunimo organizacija kartu valo upę\."\nplace: "Pakrantė"\n---\n\n## Kontekstas\n/,
		);
	});

	it('refuses a translation into a language the entry already has', () => {
		const result = run('offer-translation-exists');
		expect(result.conversion.problems).toEqual(['The entry already has a text in "hu".']);
		expect(result.written).toEqual([]);
	});

	it("turns a correction into no files, naming the entry's folder for the maintainer", () => {
		const result = run('suggest-correction-lv');
		expect(result.conversion.problems).toEqual([]);
		expect(result.written).toEqual([]);
		expect(result.report).toBe(`Redaktors šo labojumu veiks manuāli: \`${content}/cases/river-cleanup/\``);
	});

	it('does not touch an issue that no form wrote', () => {
		const result = run('not-a-form');
		expect(result.conversion.answers).toBeUndefined();
		expect(result.conversion.problems).toEqual(['This issue was not written with one of the atlas forms, so it cannot be turned into an entry.']);
	});

	it('keeps hostile answers as text: quotes, YAML and front matter in a title, shell syntax, MDX code', () => {
		const hostile = body('propose-case-en')
			.replace('Youth council redesigns the river park', 'Park "$(rm -rf ~)" `id`\nevil: true')
			.replace('Riverside\n', '{process.exit(1)}\n')
			.replace('The town council and a youth organisation', '---\ntitle: injected\n---\nThe town council and a youth organisation')
			.replace('Three design workshops.', 'export const x = 1\n\n<script>alert(1)</script>');
		const result = runIssueToEntry(hostile, { root: projectRoot, configFile, outDir: out, today: '2026-12-02' });
		expect(result.conversion.problems).toEqual([]);
		const folder = result.written[0]!.replace(/\/entry\.yaml$/, '');
		expect(folder).toMatch(/\/park-rm-rf-id-evil-true$/);
		const text = read(`${folder}/en.mdx`);
		const frontmatter = parse(text.split('\n---\n')[0]!.replace(/^---\n/, ''));
		// Each answer is one quoted value: nothing in it became a key of its own.
		expect(frontmatter).toEqual({
			title: 'Park "$(rm -rf ~)" `id` evil: true',
			summary: '--- title: injected --- The town council and a youth organisation redesigned the river park together. Young people chose what to build.',
			place: '{process.exit(1)}',
			result: 'The park reopened in 2023 with a skate area the young people designed.',
		});
		expect(text).toContain('\\<script>alert(1)\\</script>');
		// MDX's import/export lines are refused by the validator, with the file and line: the build never sees them.
		expect(result.checks.some((c) => /en\.mdx:\d+: .*(import|export)/i.test(c))).toBe(true);
	});

	it('never overwrites an entry: a second proposal with the same title gets its own slug', () => {
		const first = run('propose-case-en');
		const second = run('propose-case-en');
		expect(first.written[0]).toContain('/youth-council-redesigns-the-river-park/');
		expect(second.written[0]).toContain('/youth-council-redesigns-the-river-park-2/');
	});
});

describe('conversion helpers', () => {
	it('makes ASCII slugs from titles in any language', () => {
		expect(slugify('Közösségi kert a lakótelepen')).toBe('kozossegi-kert-a-lakotelepen');
		expect(slugify('Jauniešu dome – Madona, 2021!')).toBe('jauniesu-dome-madona-2021');
		expect(slugify('Kaip tai pritaikyti Šiauliuose')).toBe('kaip-tai-pritaikyti-siauliuose');
		expect(slugify('???')).toBe('case');
		expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(60);
	});

	it('keeps answer text as text in MDX', () => {
		expect(markdownText('import x from "y"\n{alert(1)} <script>')).toBe('import x from "y"\n\\{alert(1)\\} \\<script>');
		expect(markdownText('# Big\n## Medium\n### Small')).toBe('### Big\n### Medium\n### Small');
		expect(markdownText('## Context', true)).toBe('## Context');
	});

	it('finds an entry by its identifier or the address of any of its pages', () => {
		const entries = [{ type: 'legalForm' as const, slug: 'grant-route', folder: 'c/legal-forms/grant-route', locales: ['en'] }];
		expect(findEntry('cooperation-atlas:legalForm/grant-route', entries)?.slug).toBe('grant-route');
		expect(findEntry('https://atlas.example.org/atlas/hu/legal-forms/grant-route/#how', entries)?.slug).toBe('grant-route');
		expect(findEntry('https://atlas.example.org/hu/methods/grant-route/', entries)).toBeUndefined();
		expect(findEntry('grant route', entries)).toBeUndefined();
	});
});
