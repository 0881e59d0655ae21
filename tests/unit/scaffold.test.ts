import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entryTypes, typeSegment, type EntryType } from '../../src/model/entry-types.ts';
import { parseNewEntryArgs, parseType, scaffoldFiles, slugProblem, textTemplate, type ScaffoldInput } from '../../scripts/lib/scaffold.ts';
import { placeholder, placeholderLines } from '../../src/content/placeholder.ts';
import { evidenceLevels, fundingSources, scales, sectors, themes } from '../../src/model/taxonomy.ts';
import { factsSchemas } from '../../src/model/content-schema.ts';
import { projectRoot, tmpRoot } from '../helpers/build.ts';
import { copyFixture, problemsIn, uiStrings } from '../helpers/content.ts';

const input = (type: EntryType, locale = 'en'): ScaffoldInput => ({
	type,
	slug: `new-${type.toLowerCase()}`,
	locale,
	today: '2026-11-23',
	available: { method: ['round-table'], legalForm: ['grant-route'], pitfall: ['lonely-coordinator'], term: ['partnership'] },
	strings: uiStrings[locale]!,
});

/** What an editor would write in place of each placeholder, by field. */
const answers: Record<string, string> = {
	country: 'LV',
	place: 'Riverside',
	result: 'The riverbank was cleared.',
	scale: 'town',
	start: '2021',
	end: 'ongoing',
	themes: 'youth',
	sector: 'ngo',
	methods: 'round-table',
	evidence: 'scenario',
};

function fillIn(text: string, title: string): string {
	const lines = text.split('\n');
	for (const { line, field } of placeholderLines(text)) {
		const value = field === 'title' || field === 'label' ? title : field === 'summary' || field === 'body' ? 'Written by the editor.' : answers[field];
		if (!value) throw new Error(`the test has no answer for field "${field}"`);
		lines[line - 1] = lines[line - 1]!.replace(placeholder, value);
	}
	return lines.join('\n');
}

describe('parseNewEntryArgs', () => {
	it('accepts the type by its command name, its key or its URL segment', () => {
		expect(parseType('legal-form')).toBe('legalForm');
		expect(parseType('legalForm')).toBe('legalForm');
		expect(parseType('legal-forms')).toBe('legalForm');
		expect(parseType('cases')).toBe('case');
		expect(parseType('story')).toBeUndefined();
		expect(parseNewEntryArgs(['case', 'my-case', '--lang', 'hu'])).toEqual({ type: 'case', slug: 'my-case', locale: 'hu', dir: undefined });
		expect(parseNewEntryArgs(['pitfall', 'x', '--lang=lt', '--dir', 'local-content'])).toEqual({
			type: 'pitfall',
			slug: 'x',
			locale: 'lt',
			dir: 'local-content',
		});
	});

	it('explains what is wrong with the command line', () => {
		expect(parseNewEntryArgs(['story', 'x'])).toEqual({ error: '"story" is not an entry type (allowed: case, method, legal-form, pitfall, checklist)' });
		expect(parseNewEntryArgs(['case'])).toEqual({ error: 'give exactly a type and a slug' });
		expect(parseNewEntryArgs(['case', 'x', '--lang'])).toEqual({ error: '--lang needs a value' });
		expect(parseNewEntryArgs(['case', 'x', '--force'])).toEqual({ error: 'unknown option "--force"' });
	});
});

describe('slugProblem', () => {
	it('refuses an invalid slug and an existing one, naming where it exists', () => {
		expect(slugProblem('Youth Club', [])).toMatch(/^"Youth Club" is not a valid slug/);
		expect(slugProblem('youth--club', [])).toMatch(/not a valid slug/);
		expect(slugProblem('youth-club', ['local-content/cases/youth-club'])).toBe(
			'"youth-club" already exists: local-content/cases/youth-club (slugs never change or repeat; choose another one)',
		);
		expect(slugProblem('youth-club', [])).toBeUndefined();
	});
});

describe('scaffold templates', () => {
	it('lists every field of the facts schema for each type', () => {
		for (const type of entryTypes) {
			const [facts] = scaffoldFiles(input(type));
			const keys = Object.keys(parse(facts!.text) as object).sort();
			expect(keys, type).toEqual(Object.keys(factsSchemas[type].shape).sort());
		}
	});

	it('comments the allowed values of each controlled field, from the taxonomy', () => {
		const facts = scaffoldFiles(input('case'))[0]!.text;
		for (const values of [scales, themes, sectors, fundingSources, evidenceLevels]) expect(facts).toContain(values.join(', '));
		expect(facts).toMatch(/^methods: \[FILL-IN\] +# method slugs.*: round-table$/m);
		expect(scaffoldFiles(input('method'))[0]!.text).toMatch(/^concepts: \[\] +# glossary term ids: partnership$/m);
	});

	it('writes the sections in the locale’s own words, in order', () => {
		const text = textTemplate(input('pitfall', 'lv'));
		expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['Brīdinājuma zīmes', 'Kā to novērst', 'Ko darīt, ja tas notiek']);
		expect(scaffoldFiles(input('checklist', 'lt')).map((f) => f.name)).toEqual(['entry.yaml', 'lt.yaml']);
	});
});

describe('scaffold → validate', () => {
	for (const type of entryTypes) {
		it(`a new ${type} reports only its placeholders, and passes once they are filled in`, () => {
			const tree = copyFixture();
			const scaffold = input(type, 'hu');
			const folder = `content/${typeSegment[type]}/${scaffold.slug}`;
			const files = scaffoldFiles(scaffold);
			for (const file of files) tree.write(`${folder}/${file.name}`, file.text);

			const problems = problemsIn(tree.root);
			expect(problems.length).toBeGreaterThan(0);
			for (const problem of problems) expect(problem).toMatch(new RegExp(`^${folder}/[a-z.]+:\\d+: [\\w]+: placeholder "FILL-IN" left by "npm run new"`));

			for (const file of files) tree.write(`${folder}/${file.name}`, fillIn(file.text, `New ${type} entry`));
			if (type === 'case') {
				// The answers describe a scenario, which has no years: the validator says so until the editor removes them, as the template's comment asks.
				expect(problemsIn(tree.root)).toEqual([expect.stringMatching(/entry\.yaml:\d+: years: a scenario shows no years/)]);
				tree.edit(`${folder}/entry.yaml`, (t) => t.replace(/^years:.*\n( {2}.*\n)*/m, ''));
			}
			expect(problemsIn(tree.root)).toEqual([]);
		});
	}
});

describe('npm run new', () => {
	const run = (args: string[], config: string) =>
		spawnSync(process.execPath, [path.join(projectRoot, 'scripts/new-entry.ts'), ...args], {
			cwd: projectRoot,
			env: { ...process.env, ATLAS_CONFIG: config },
			encoding: 'utf8',
		});

	function tempSite() {
		const tree = copyFixture();
		// The site must live inside the project: contentDirs are relative to it.
		const dir = path.join(tmpRoot, `new-entry-${path.basename(tree.root)}`);
		fs.cpSync(tree.root, dir, { recursive: true });
		fs.mkdirSync(path.join(dir, 'local'), { recursive: true });
		const rel = path.relative(projectRoot, dir);
		const config = path.join(dir, 'atlas.config.yaml');
		fs.writeFileSync(
			config,
			fs
				.readFileSync(path.join(projectRoot, 'tests/fixtures/site/atlas.config.yaml'), 'utf8')
				.replace('contentDirs: [tests/fixtures/site/content]', `contentDirs: [${rel}/content, ${rel}/local]`),
		);
		return { dir, rel, config };
	}

	it('creates the folder in the last content folder and refuses the same slug again', () => {
		const site = tempSite();
		const first = run(['method', 'neighbourhood-walk', '--lang', 'lt'], site.config);
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toContain(`created ${site.rel}/local/methods/neighbourhood-walk/entry.yaml`);
		expect(fs.readFileSync(path.join(site.dir, 'local/methods/neighbourhood-walk/lt.mdx'), 'utf8')).toContain('## Apibrėžtis');

		const again = run(['methods', 'neighbourhood-walk'], site.config);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain(`"neighbourhood-walk" already exists: ${site.rel}/local/methods/neighbourhood-walk`);

		const shared = run(['method', 'round-table'], site.config);
		expect(shared.status).toBe(1);
		expect(shared.stderr).toContain(`"round-table" already exists: ${site.rel}/content/methods/round-table`);
	});

	it('refuses an invalid slug, an unknown type and a locale the site does not publish', () => {
		const site = tempSite();
		expect(run(['case', 'Big_Case'], site.config).stderr).toContain('"Big_Case" is not a valid slug');
		expect(run(['story', 'x'], site.config).stderr).toContain('"story" is not an entry type');
		expect(run(['case', 'x', '--lang', 'fr'], site.config).stderr).toContain('"fr" is not an enabled locale (enabled: hu, lv, lt, en)');
		expect(run(['case', 'x', '--dir', 'elsewhere'], site.config).stderr).toContain('--dir "elsewhere" is not one of contentDirs');
		expect(fs.existsSync(path.join(site.dir, 'local/cases'))).toBe(false);
	});
});
