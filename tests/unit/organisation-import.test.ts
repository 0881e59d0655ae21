import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsv } from '../../scripts/lib/csv.ts';
import {
	answerIndex,
	decide,
	formatImportProblem,
	looksPersonal,
	mappingSchema,
	mergeMappings,
	organisationFiles,
	parseSurveyDate,
	planImport,
	type ImportMapping,
	type PlanOptions,
} from '../../scripts/lib/organisation-import.ts';
import { organisationFactsSchema, organisationTextSchema } from '../../src/model/organisation-schema.ts';
import { uiStrings } from '../helpers/content.ts';
import { projectRoot } from '../helpers/build.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures/organisations-import');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const defaults = mappingSchema.parse(parse(fs.readFileSync(path.join(projectRoot, 'import/organisations-mapping.yaml'), 'utf8')));

function options(extra: Partial<ImportMapping> = {}, more: Partial<PlanOptions> = {}): PlanOptions {
	const mapping = mergeMappings(defaults, mappingSchema.parse(extra));
	return {
		mapping,
		answers: answerIndex(uiStrings, mapping),
		knownLocales: ['hu', 'lv', 'lt', 'en'],
		defaultLocale: 'en',
		caseSlugs: new Set(['river-cleanup']),
		existing: [],
		today: '2026-12-02',
		...more,
	};
}
const show = (file: string, plan: ReturnType<typeof planImport>) => plan.problems.map((p) => formatImportProblem(file, p));

describe('CSV reading', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF line ends', () => {
		const table = parseCsv(read('google-forms.csv'));
		expect(table.delimiter).toBe(',');
		expect(table.rows).toHaveLength(5);
		expect(table.rows[0]!.cells[2]).toBe('Riverside Youth Club "Krasts"');
		expect(table.rows[0]!.cells[8]).toBe('Clean-ups, leisure and\r\na summer camp for teenagers.');
		// The answer with a line break spans two lines of the file: the next row starts on line 4.
		expect(table.rows.map((r) => r.line)).toEqual([2, 4, 5, 6, 7]);
	});

	it('detects a semicolon delimiter and drops the byte-order mark', () => {
		const table = parseCsv(read('microsoft-forms-hu-semicolon.csv'));
		expect(table.delimiter).toBe(';');
		expect(table.headers[0]).toBe('ID');
		expect(table.rows[0]!.cells[12]).toBe('Helyiség;Rendezvények és programok;');
	});

	it('keeps empty cells and reports an unclosed quote with its line', () => {
		expect(parseCsv('a,b,c\n1,,3\n,,\n').rows.map((r) => r.cells)).toEqual([
			['1', '', '3'],
			['', '', ''],
		]);
		expect(parseCsv(read('problems.csv')).problems).toEqual([{ line: 6, message: expect.stringContaining('a quoted field is never closed') }]);
	});

	it('reads a tab-separated export', () => {
		expect(parseCsv('a\tb\n"x, y"\tz\n')).toMatchObject({ delimiter: '\t', rows: [{ cells: ['x, y', 'z'] }] });
	});
});

describe('survey rows to organisations', () => {
	it('imports a Google Forms export: consent only, the later of two answers, bad cells reported with row, column and fix', () => {
		const plan = planImport(read('google-forms.csv'), options({ country: 'LV' }));
		expect(plan.organisations.map((o) => [o.row, o.slug])).toEqual([
			[4, 'darza-draugu-biedriba'],
			[6, 'riverside-youth-club-krasts'],
		]);
		const messages = show('google-forms.csv', plan);
		expect(messages).toContainEqual(
			'google-forms.csv: row 3, column "Do you agree that these answers are published in the municipality\'s directory of organisations?": note: no consent to publish "Old Mill Community Hall" (answer: "No"): this row is not written',
		);
		expect(messages).toContainEqual(
			expect.stringMatching(
				/^google-forms\.csv: row 5, column "Type of organisation": error: "Choir" is not a known type of organisation: use one of municipality, ngo, .*add "Choir: <id>" under values\.sector in a mapping file$/,
			),
		);
		expect(messages).toContainEqual(
			expect.stringMatching(
				/^google-forms\.csv: row 2, column "Name of the organisation": warning: "Riverside Youth Club "Krasts"" answered again in row 6: the later answer \(row 6\) is used/,
			),
		);
		expect(messages).toContainEqual(
			'google-forms.csv: row 2, column "Website of the organisation": warning: "krasts.example.org" has no https:// in front: written as https://krasts.example.org',
		);
		expect(messages).toContainEqual(expect.stringContaining('note: columns not imported: "Email Address"'));
		expect(plan.withoutConsent).toEqual([{ row: 3, name: 'Old Mill Community Hall', place: 'Valmiera' }]);

		const club = plan.organisations[1]!;
		expect(club.facts).toEqual({
			name: 'Riverside Youth Club "Krasts"',
			sector: 'youth-organisation',
			country: 'LV',
			place: 'Valmiera',
			website: 'https://krasts.example.org/',
			email: 'info@krasts.example.org',
			phone: '+371 6420 1111',
			offers: ['volunteers', 'events-and-programmes', 'transport'],
			needs: ['premises'],
			consent: { date: '2026-11-07', basis: 'survey-form', record: 'survey export, row 6' },
			confirmed: '2026-11-07',
			sourceLocale: 'en',
		});
		expect(club.text).toEqual({
			description: 'Clean-ups, leisure and a summer camp for teenagers.',
			offersDetail: 'A team of 12, on weekends',
			needsDetail: 'A room on Tuesday evenings',
		});
		// The respondent's own address never reaches an entry.
		expect(JSON.stringify(plan.organisations)).not.toContain('anna.berzina');
	});

	it('imports a Hungarian Microsoft Forms export with a semicolon and Hungarian letters', () => {
		const plan = planImport(read('microsoft-forms-hu-semicolon.csv'), options({ country: 'HU', locale: 'hu' }));
		const [orseg] = plan.organisations;
		expect(plan.organisations.map((o) => o.slug)).toEqual(['orsegi-kozmuvelodesi-egyesulet']);
		expect(orseg!.facts).toMatchObject({
			name: 'Őrségi Közművelődési Egyesület',
			sector: 'ngo',
			place: 'Őriszentpéter',
			offers: ['premises', 'events-and-programmes'],
			needs: ['volunteers', 'transport'],
			consent: { date: '2026-11-20' },
			sourceLocale: 'hu',
		});
		expect(orseg!.text.description).toBe('Közösségi ház működtetése, kézműves szakkörök.');
		const messages = show('ms.csv', plan);
		expect(messages).toContainEqual(
			'ms.csv: row 3, column "Mivel foglalkozik a szervezet?": error: empty: write one or two sentences on what the organisation does',
		);
		expect(messages).toContainEqual(
			expect.stringContaining('ms.csv: row 4, column "A szervezet általános e-mail-címe": error: "toth.janos@example.hu" looks like a person\'s own address'),
		);
		// Microsoft Forms' respondent columns are never read.
		expect(messages).toContainEqual(expect.stringContaining('columns not imported: "ID", "Start time", "Email", "Name"'));
		expect(JSON.stringify(plan.organisations)).not.toContain('Kovács');
	});

	it('imports a LimeSurvey export with codes, one column per answer and a language per row', () => {
		const plan = planImport(read('limesurvey-codes.csv'), options({ country: 'LT' }));
		expect(plan.organisations.map((o) => [o.slug, o.locale, o.facts.offers, o.facts.needs])).toEqual([
			['traku-rajono-bendruomene-zalgiris', 'lt', ['premises', 'volunteers'], ['funding']],
			['biedriba-kekavas-jauniesi', 'lv', ['volunteers', 'local-knowledge'], ['communication-channels']],
		]);
		expect(plan.organisations[0]!.facts.name).toBe('Trakų rajono bendruomenė „Žalgiris“');
		expect(plan.organisations[1]!.facts.place).toBe('Ķekava');
		expect(show('ls.csv', plan)).toContainEqual(
			'ls.csv: row 4, column "submitdate": error: empty: the date of the answer is the date of consent; fill it in (YYYY-MM-DD)',
		);
	});

	it('reports each bad cell with its row, column and fix', () => {
		const plan = planImport(read('problems.csv'), options({ country: 'LT' }));
		expect(plan.organisations).toEqual([]);
		const messages = show('problems.csv', plan);
		expect(messages).toContainEqual(
			'problems.csv: error: line 6 of the file: a quoted field is never closed: add the missing " (the rest of the file was read as one cell)',
		);
		expect(messages).toContainEqual(
			'problems.csv: row 2, column "timestamp": error: "03/04/2026" could be day/month or month/day: set dateOrder: DMY or MDY in the mapping file',
		);
		expect(messages).toContainEqual(expect.stringContaining('row 3, column "orgEmail": error: "jonas.jonaitis@example.lt" looks like a person\'s own address'));
		expect(messages).toContainEqual(
			'problems.csv: row 4, column "orgPhone": error: "call us" is not a phone number: write digits with an optional leading + (such as +370 528 12345) or clear the cell',
		);
		expect(messages).toContainEqual(expect.stringContaining('row 5, column "orgOffers": error: "a bus" is not one of the capacities'));
		// The default mapping leaves the order of slashed dates to the mapping.
		const dmy = planImport(read('problems.csv'), options({ country: 'LT', dateOrder: 'DMY' }));
		expect(show('problems.csv', dmy)).not.toContainEqual(expect.stringContaining('day/month'));
	});

	it('gives two organisations of the same name in different places their own entries', () => {
		const csv =
			'timestamp,orgName,orgSector,orgPlace,orgDescription,orgConsent\n2026-01-01,Jaunimo klubas,ngo,Trakai,x,taip\n2026-01-02,Jaunimo klubas,ngo,Lentvaris,y,taip\n';
		expect(planImport(csv, options({ country: 'LT' })).organisations.map((o) => o.slug)).toEqual(['jaunimo-klubas', 'jaunimo-klubas-lentvaris']);
		const existing = [{ slug: 'jaunimo-klubas', name: 'Jaunimo klubas', place: 'Trakų r.' }];
		expect(planImport(csv, options({ country: 'LT' }, { existing })).organisations.map((o) => o.slug)).toEqual(['jaunimo-klubas', 'jaunimo-klubas-lentvaris']);
	});

	it('refuses a file without a consent column and writes nothing', () => {
		const plan = planImport('orgName,orgSector,orgPlace,orgDescription,timestamp\nA,ngo,Trakai,x,2026-01-01\n', options({ country: 'LT' }));
		expect(plan.organisations).toEqual([]);
		expect(show('f.csv', plan)).toContainEqual(expect.stringMatching(/^f\.csv: error: no column for "consent"/));
	});

	it('reads dates as form tools write them', () => {
		expect(parseSurveyDate('2026. 11. 20. 10:15:32', undefined).date).toBe('2026-11-20');
		expect(parseSurveyDate('20.11.2026', undefined).date).toBe('2026-11-20');
		expect(parseSurveyDate('11/20/26 10:15', undefined).date).toBe('2026-11-20');
		expect(parseSurveyDate('2026-02-30', undefined).problem).toContain('not a real date');
	});

	it('tells role addresses from personal ones', () => {
		expect(looksPersonal('info@example.lt')).toBe(false);
		expect(looksPersonal('jaunimo.centras@example.lt')).toBe(false);
		expect(looksPersonal('anna.berzina@example.lv')).toBe(true);
	});

	it('writes files the content schemas accept', () => {
		for (const organisation of planImport(read('google-forms.csv'), options({ country: 'LV' })).organisations) {
			const files = organisationFiles(organisation, 'google-forms.csv');
			expect(organisationFactsSchema.safeParse(parse(files.entry)).success).toBe(true);
			expect(organisationTextSchema.safeParse(parse(files.text)).success).toBe(true);
		}
	});
});

describe('running the import again', () => {
	const [planned] = planImport(read('limesurvey-codes.csv'), options({ country: 'LT' })).organisations;
	const files = organisationFiles(planned!, 'limesurvey-codes.csv');
	const onDisk = (entry: string, text: string) => ({ facts: parse(entry), text: parse(text) });

	it('creates, then finds nothing to change', () => {
		expect(decide(undefined, files, false)).toEqual({ action: 'create' });
		expect(decide(onDisk(files.entry, files.text), files, false)).toEqual({ action: 'unchanged' });
	});

	it('updates an untouched entry when the answers change', () => {
		const newer = organisationFiles({ ...planned!, facts: { ...planned!.facts, needs: ['funding', 'transport'] } }, 'limesurvey-codes.csv');
		expect(decide(onDisk(files.entry, files.text), newer, false)).toEqual({ action: 'update' });
	});

	it('keeps a hand edit unless --update is given', () => {
		const edited = onDisk(files.entry.replace('Lentvaris', 'Lentvario seniūnija'), files.text);
		const newer = organisationFiles({ ...planned!, facts: { ...planned!.facts, needs: ['funding', 'transport'] } }, 'limesurvey-codes.csv');
		expect(decide(edited, newer, false)).toEqual({ action: 'keep', reason: 'hand-edited' });
		expect(decide(edited, files, false)).toEqual({ action: 'keep', reason: 'hand-edited' });
		expect(decide(edited, newer, true)).toEqual({ action: 'replace', reason: 'hand-edited' });
		const textEdited = onDisk(files.entry, files.text.replace('šventes', 'šventes ir mugę'));
		expect(decide(textEdited, files, false)).toEqual({ action: 'keep', reason: 'hand-edited' });
	});

	it('never replaces an entry written by hand without --update', () => {
		const handWritten = { facts: { ...parse(files.entry), imported: undefined }, text: parse(files.text) };
		handWritten.facts.place = 'Trakai';
		expect(decide(handWritten, files, false)).toEqual({ action: 'keep', reason: 'hand-written' });
	});
});

describe('npm run import:organisations', () => {
	it("has written the municipal fixture's directory from its survey export: importing it again changes nothing", () => {
		const result = spawnSync(
			process.execPath,
			[
				'scripts/import-organisations.ts',
				'tests/fixtures/municipal/survey/organisations.csv',
				'--map',
				'tests/fixtures/municipal/survey/mapping.yaml',
				'--dry-run',
			],
			{
				cwd: projectRoot,
				encoding: 'utf8',
				env: { ...process.env, ATLAS_CONFIG: 'tests/fixtures/municipal/atlas.config.yaml' },
			},
		);
		expect(result.stdout).toContain('Dry run: 0 created, 0 updated, 3 unchanged, 0 kept as edited, 1 without consent (not written), 0 errors.');
		expect(result.status).toBe(0);
	}, 30_000);

	it('writes entries that validate, and a second run changes nothing', () => {
		fs.mkdirSync(path.join(projectRoot, 'tests/.tmp'), { recursive: true });
		const work = fs.mkdtempSync(path.join(projectRoot, 'tests/.tmp/import-'));
		try {
			const dir = path.relative(projectRoot, work);
			fs.mkdirSync(path.join(work, 'content'));
			fs.writeFileSync(
				path.join(work, 'atlas.config.yaml'),
				fs
					.readFileSync(path.join(projectRoot, 'tests/fixtures/site/atlas.config.yaml'), 'utf8')
					.replace('contentDirs: [tests/fixtures/site/content]', `contentDirs: [tests/fixtures/site/content, ${dir}/content]`),
			);
			const run = (...args: string[]) =>
				spawnSync(process.execPath, ['scripts/import-organisations.ts', ...args], {
					cwd: projectRoot,
					encoding: 'utf8',
					env: { ...process.env, ATLAS_CONFIG: `${dir}/atlas.config.yaml` },
				});
			const first = run(path.join(fixtures, 'limesurvey-codes.csv'), '--country', 'LT');
			expect(first.stdout).toContain(`create ${dir}/content/organisations/traku-rajono-bendruomene-zalgiris`);
			expect(first.stdout).toContain('2 created, 0 updated, 0 unchanged, 0 kept as edited, 0 without consent (not written), 1 error.');
			expect(first.status).toBe(1);
			const entry = path.join(work, 'content/organisations/traku-rajono-bendruomene-zalgiris/entry.yaml');
			const written = fs.readFileSync(entry, 'utf8');
			const second = run(path.join(fixtures, 'limesurvey-codes.csv'), '--country', 'LT');
			expect(second.stdout).toContain('0 created, 0 updated, 2 unchanged');
			expect(fs.readFileSync(entry, 'utf8')).toBe(written);
			fs.writeFileSync(entry, written.replace('place: Lentvaris', 'place: Lentvario seniūnija'));
			const third = run(path.join(fixtures, 'limesurvey-codes.csv'), '--country', 'LT');
			expect(third.stdout).toContain('kept content/organisations/traku-rajono-bendruomene-zalgiris'.replace('content', `${dir}/content`));
			expect(fs.readFileSync(entry, 'utf8')).toContain('Lentvario seniūnija');
			const validate = spawnSync(process.execPath, ['scripts/validate.ts'], {
				cwd: projectRoot,
				encoding: 'utf8',
				env: { ...process.env, ATLAS_CONFIG: `${dir}/atlas.config.yaml` },
			});
			expect(validate.stdout + validate.stderr).not.toMatch(/organisations/);
			expect(validate.status).toBe(0);
		} finally {
			fs.rmSync(work, { recursive: true, force: true });
		}
	}, 30_000);
});
