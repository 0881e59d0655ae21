import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/mdx-safety.ts';

const check = (body: string) => parseArticle('x.mdx', `---\ntitle: T\nsummary: S\n---\n\n${body}\n`).problems.map((p) => `${p.line}: ${p.message}`);

describe('content safety', () => {
	it('accepts plain Markdown with GFM and the allowed component', () => {
		expect(check('## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ text[^1]\n\n[^1]: note\n\n<Aside type="tip">Hint</Aside>')).toEqual([]);
	});
	it('rejects import and export', () => {
		expect(check('import X from "./x.js"')).toEqual([expect.stringContaining('import/export statements are not allowed')]);
		expect(check('export const a = 1')).toEqual([expect.stringContaining('import/export statements are not allowed')]);
	});
	it('rejects expressions', () => {
		expect(check('Sum: {1 + 1}')).toEqual([expect.stringContaining('{expressions} are not allowed')]);
	});
	it('rejects raw HTML and script', () => {
		expect(check('<script>alert(1)</script>')).toEqual([expect.stringContaining('raw HTML <script> is not allowed')]);
		expect(check('Text <b>bold</b>')).toEqual([expect.stringContaining('raw HTML <b> is not allowed')]);
	});
	it('rejects components outside the allowlist and unknown attribute values', () => {
		expect(check('<Chart data="x" />')).toEqual([expect.stringContaining('component <Chart> is not allowed (allowed components: Aside)')]);
		expect(check('<Aside type="danger">x</Aside>')).toEqual([expect.stringContaining('allowed: note, tip, caution')]);
		expect(check('<Aside type={evil()}>x</Aside>')).toEqual([expect.stringContaining('attributes must be plain text')]);
	});
	it('rejects javascript:, data: and vbscript: URLs, in links, images and definitions', () => {
		expect(check('[a](javascript:alert(1))')).toHaveLength(1);
		expect(check('![a](data:image/png;base64,AAA)')).toHaveLength(1);
		expect(check('[a][r]\n\n[r]: VBScript:msgbox')).toHaveLength(1);
		expect(check('[a](https://example.org/javascript:x)')).toEqual([]);
	});
	it('reports a syntax error with its line and a hint', () => {
		const problems = check('ok\n\n<div>\n\nunclosed');
		expect(problems[0]).toMatch(/^\d+: .*escape a literal/);
	});
	it('lists level-2 sections in order', () => {
		expect(parseArticle('x.mdx', '---\ntitle: T\n---\n## One\n\n### Sub\n\n## Two *b*\n').sections.map((s) => s.text)).toEqual(['One', 'Two b']);
	});
});
