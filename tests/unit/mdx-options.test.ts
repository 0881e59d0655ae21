import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// Astro 7's default Markdown processor: the one `astro build` compiles every article with.
import { satteri } from '@astrojs/markdown-satteri';
import { mdxOptions } from '../../src/lib/mdx-options.ts';
import { allowedComponents } from '../../src/lib/mdx-safety.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Compiles an article body the way @astrojs/mdx does in the build, with the site's options. */
async function compile(body: string): Promise<string> {
	const processor = satteri();
	if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-satteri no longer compiles MDX: update this test with Astro');
	const renderer = await processor.createMdxRenderer({ syntaxHighlight: 'prism' }, { ...mdxOptions, srcDir: pathToFileURL(`${root}/src/`), sourcemap: false });
	const { code } = await renderer.process(body, path.join(root, 'content/cases/x/en.mdx'), { title: 'x' });
	return code;
}

const htmlStrings = (code: string) => [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);

describe('MDX compile options', () => {
	it('compiles static Markdown into HTML strings, which keeps the bundler’s memory down on large sites', async () => {
		const code = await compile('## Partners\n\nThe council and the *youth club* meet.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
		expect(htmlStrings(code).join('')).toContain('<h2 id="partners">Partners</h2>\n<p>The council and the <em>youth club</em> meet.</p>\n<ul>');
		expect(htmlStrings(code).join('')).toContain('<td>2</td>');
		// No JSX call per element is left for the bundler to hold.
		expect(code).not.toMatch(/_components\.(h2|p|li|td)/);
	});

	it('keeps the components editors may use as components', async () => {
		const code = await compile('Intro.\n\n<Aside type="tip">\nAsk **early**.\n</Aside>\n');
		for (const name of Object.keys(allowedComponents)) expect(code).toMatch(new RegExp(`_jsx\\(${name}, \\{\\s*type: "tip"`));
		expect(htmlStrings(code)).toContain('<p>Ask <strong>early</strong>.</p>');
	});

	it('escapes text in the HTML strings', async () => {
		const [html] = htmlStrings(await compile('Five \\< six, AT&T and a \\{brace\\}.\n'));
		expect(html).toBe('<p>Five &lt; six, AT&amp;T and a {brace}.</p>');
	});

	it('are the options the site compiles with', () => {
		expect(fs.readFileSync(path.join(root, 'astro.config.mjs'), 'utf8')).toMatch(/integrations: \[[^\]]*\bmdx\(mdxOptions\)/);
	});
});
