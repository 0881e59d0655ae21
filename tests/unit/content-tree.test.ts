import { describe, expect, it } from 'vitest';
import { copyFixture, problemsIn } from '../helpers/content.ts';

describe('content validation', () => {
	it('accepts the fixture tree', () => {
		expect(problemsIn(copyFixture().root)).toEqual([]);
	});

	it('names the file, line and field of a reference to a missing entry', () => {
		const tree = copyFixture();
		tree.edit('content/cases/river-cleanup/entry.yaml', (t) => t.replace('methods: [round-table]', 'methods: [round-tabel]'));
		expect(problemsIn(tree.root)).toEqual([
			'content/cases/river-cleanup/entry.yaml:8: methods[0]: refers to "round-tabel", which does not exist (looked for methods/round-tabel/entry.yaml in the content folders)',
		]);
	});

	it('reports an unknown taxonomy value with the allowed values', () => {
		const tree = copyFixture();
		tree.edit('content/cases/river-cleanup/entry.yaml', (t) => t.replace('scale: town', 'scale: hamlet'));
		const [problem] = problemsIn(tree.root);
		expect(problem).toMatch(
			/^content\/cases\/river-cleanup\/entry\.yaml:2: scale: not an allowed value \(allowed: village, town, city, region, national, international\)$/,
		);
	});

	it('rejects unknown keys (strict schemas)', () => {
		const tree = copyFixture();
		tree.edit('content/pitfalls/lonely-coordinator/entry.yaml', (t) => `${t}colour: red\n`);
		expect(problemsIn(tree.root)).toEqual([expect.stringMatching(/entry\.yaml:\d+: colour: unknown field "colour"/)]);
	});

	it('reports the same slug in two content folders, naming both files', () => {
		const tree = copyFixture();
		tree.write('local/methods/round-table/entry.yaml', 'relatedMethods: []\nsourceLocale: en\nsources: [{ title: S }]\n');
		tree.write('local/methods/round-table/en.mdx', '---\ntitle: Other round table\nsummary: x\n---\n');
		const problems = problemsIn(tree.root, ['content', 'local']);
		expect(problems).toContainEqual(
			'local/methods/round-table/entry.yaml: (slug): "round-table" is also defined in content/methods/round-table/entry.yaml: both would produce the same page (rename one folder)',
		);
	});

	it('reports duplicate titles within a locale', () => {
		const tree = copyFixture();
		tree.edit('content/pitfalls/lonely-coordinator/en.mdx', (t) => t.replace('title: "Lonely coordinator"', 'title: "Round table"'));
		expect(problemsIn(tree.root)).toEqual([
			expect.stringContaining('content/pitfalls/lonely-coordinator/en.mdx:2: title: "Round table" is already the title of content/methods/round-table/en.mdx'),
		]);
	});

	it('reports a locale file for an unknown locale', () => {
		const tree = copyFixture();
		tree.write('content/methods/round-table/xx.mdx', '---\ntitle: X\nsummary: x\n---\n');
		expect(problemsIn(tree.root)).toEqual([expect.stringMatching(/^content\/methods\/round-table\/xx\.mdx: \(locale\): "xx" is not a known locale/)]);
	});

	it('reports a missing or misordered section with the expected list', () => {
		const tree = copyFixture();
		tree.edit('content/pitfalls/lonely-coordinator/lv.mdx', (t) => t.replace('## Kā to novērst', '## Profilakse'));
		expect(problemsIn(tree.root)).toEqual([
			'content/pitfalls/lonely-coordinator/lv.mdx:10: body: missing section "## Kā to novērst" (expected sections: Brīdinājuma zīmes · Kā to novērst · Ko darīt, ja tas notiek)',
		]);
	});

	it('requires a case to name a method or legal form', () => {
		const tree = copyFixture();
		tree.edit('content/cases/river-cleanup/entry.yaml', (t) =>
			t.replace('cooperationForms: [grant-route]', 'cooperationForms: []').replace('methods: [round-table]', 'methods: []'),
		);
		expect(problemsIn(tree.root)).toEqual([expect.stringContaining('methods: a case study names at least one method or legal form')]);
	});

	it('checks that checklist translations match the item ids', () => {
		const tree = copyFixture();
		tree.edit('content/checklists/partnership-action-map/hu.yaml', (t) => t.replace('name-coordinator:', 'name-coordinater:'));
		expect(problemsIn(tree.root)).toEqual([
			expect.stringMatching(/hu\.yaml:\d+: items\.name-coordinator: missing label/),
			expect.stringMatching(/hu\.yaml:\d+: items\.name-coordinater: no item "name-coordinater" in entry\.yaml/),
		]);
	});

	it('rejects an invalid slug folder', () => {
		const tree = copyFixture();
		tree.write('content/methods/Round_Table/entry.yaml', 'x: 1\n');
		expect(problemsIn(tree.root)).toEqual([expect.stringContaining('content/methods/Round_Table: (slug): "Round_Table" is not a valid slug')]);
	});
});
