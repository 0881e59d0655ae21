import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { readPage, sites } from '../helpers/build.ts';
import { csvRows } from '../helpers/csv.ts';

/**
 * tests/fixtures/hostile-harmless holds what content may contain and a hostile
 * editor would still try: markup in titles and summaries, a code block that
 * would redirect the reader, spreadsheet formulas in every text field, a title
 * other YAML readers take for a date, a second content folder's glossary. The
 * built site must show all of it as text, and a spreadsheet must not run it.
 */
const out = sites.harmless.outDir;
const every = (dir: string): string[] =>
	(fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(html|xml)$/.test(f)).map((f) => path.join(dir, f));

describe('hostile but allowed content is rendered as data', () => {
	it('no page carries an element or attribute from content, and the feed carries no raw markup', () => {
		for (const file of every(out)) {
			const text = fs.readFileSync(file, 'utf8');
			if (file.endsWith('.xml')) {
				expect(text, file).not.toMatch(/<(script|meta|img|iframe|b)\b/i);
				continue;
			}
			// Parsed as a browser would: markup from content may only ever appear as text.
			const found: string[] = [];
			const walk = (node: DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document']) => {
				if ('tagName' in node) {
					const attrs = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
					// The site's own policy is the one http-equiv it writes; the logo is its one image.
					if (node.tagName === 'meta' && attrs['http-equiv'] && attrs['http-equiv'] !== 'content-security-policy')
						found.push(`meta http-equiv=${attrs['http-equiv']}`);
					if (node.tagName === 'img' && attrs.src !== '/logo.svg') found.push(`img ${attrs.src}`);
					if (['iframe', 'b'].includes(node.tagName)) found.push(node.tagName);
					const scriptText = node.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
					// Structured data carries content text as JSON in a data block, which is never run: it must parse, and hold no "<".
					if (node.tagName === 'script' && attrs.type === 'application/ld+json') {
						if (/</.test(scriptText)) found.push('"<" in JSON-LD');
						try {
							JSON.parse(scriptText);
						} catch {
							found.push('JSON-LD that does not parse');
						}
					} else if (node.tagName === 'script' && scriptText.includes('alert')) found.push('script');
					if (node.attrs.some((a) => a.name.startsWith('on'))) found.push(`${node.tagName} with an event handler`);
				}
				if ('childNodes' in node) for (const child of node.childNodes) walk(child);
				if ('content' in node && node.content) walk(node.content as never);
			};
			walk(parse(text));
			expect(found, file).toEqual([]);
		}
	});

	it('shows the code block as text, without a highlighter', () => {
		const html = readPage(out, 'en/cases/formula-case');
		expect(html).toContain('<pre><code class="language-evil">&lt;meta http-equiv="refresh" content="0;url=https://evil.example.com">');
		expect(html).toContain('&lt;script>alert(document.cookie)&lt;/script>');
		expect(html).toContain('<code>&lt;iframe src="https://evil.example.com"></code>');
		expect(html).toContain('<h1 data-pagefind-sort="title">=HYPERLINK(&quot;https://evil.example.com&quot;,&quot;Click me&quot;)</h1>');
	});

	it('escapes spreadsheet formulas in every text cell of the CSV export', () => {
		const [header, ...rows] = csvRows(fs.readFileSync(path.join(out, 'data/en/cases.csv'), 'utf8'));
		const row = Object.fromEntries(header!.map((column, i) => [column, rows[0]![i]]));
		expect(row.title).toBe(`'=HYPERLINK("https://evil.example.com","Click me")`);
		expect(row.summary).toBe(`'+1 <script>alert(1)</script> & "quotes" in a summary.`);
		expect(row.place).toBe(`'@SUM(A1:A9)`);
		expect(row.result).toBe(`'-2+3 <img src=x onerror=alert(1)>`);
		expect(row.partnerNames).toBe(`'=cmd|'/C calc'!A0; <b>Bold</b> & Co`);
		expect(row.sources).toBe(`'@SUM(1+1)*cmd|'/C calc'!A0`);
		// The JSON export keeps the text exactly as written: it is data, not a spreadsheet.
		const json = JSON.parse(fs.readFileSync(path.join(out, 'data/en/entries.json'), 'utf8')) as { entries: { id: string; title: string }[] };
		expect(json.entries.find((e) => e.id === 'case/formula-case')?.title).toBe('=HYPERLINK("https://evil.example.com","Click me")');
	});

	it('keeps the feed well-formed XML with the text escaped', () => {
		const xml = fs.readFileSync(path.join(out, 'en/feed.xml'), 'utf8');
		expect(xml).toContain('<summary>+1 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; in a summary.</summary>');
		// biome-ignore lint/suspicious/noControlCharactersInRegex: the feed must hold none
		expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
	});

	it('reads a date-like title as the text it is, in validate and in the build alike', () => {
		expect(readPage(out, 'en/methods/dated-title')).toContain('<h1 data-pagefind-sort="title">2024-01-01</h1>');
	});

	it('merges the glossary of a second content folder instead of dropping it', () => {
		const html = readPage(out, 'en/glossary');
		expect(html).toContain('term from the first folder');
		expect(html).toContain('term from the second folder');
	});
});
