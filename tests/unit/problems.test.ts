import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/content/problems.ts';

// parseYaml reads with js-yaml first and builds a `yaml` document only for errors and line numbers; both must agree.
describe('parseYaml', () => {
	it('reads values the YAML 1.2 core way', () => {
		const { data, problems } = parseYaml('entry.yaml', 'reviewed: 2026-01-01\nshort: yes\ncount: 0o17\nsize: 1_000\nlist: [a, b]\nnested:\n  key: null\n');
		expect(problems).toEqual([]);
		expect(data).toEqual({ reviewed: '2026-01-01', short: 'yes', count: 15, size: '1_000', list: ['a', 'b'], nested: { key: null } });
	});

	it('finds the line of a field in a valid file, and of its parent when the field is missing', () => {
		const source = parseYaml('entry.yaml', 'title: A\nyears:\n  start: 2019\n  end: 2021\n');
		expect(source.lineOf(['years', 'end'])).toBe(4);
		expect(source.lineOf(['years', 'missing'])).toBe(3);
		expect(source.lineOf(['title'])).toBe(1);
	});

	it('names the line and gives a hint for broken YAML', () => {
		const { data, problems } = parseYaml('lv.yaml', 'title: A\nsummary: Partners: who and why\n');
		expect(data).toBeUndefined();
		expect(problems).toEqual([{ file: 'lv.yaml', line: 2, field: '(yaml)', message: expect.stringContaining('put text that contains ": " in double quotes') }]);
	});

	it('refuses a key given twice', () => {
		const { problems } = parseYaml('entry.yaml', 'title: A\ntitle: B\n');
		expect(problems).toEqual([{ file: 'entry.yaml', line: 2, field: '(yaml)', message: expect.stringMatching(/unique/i) }]);
	});
});
