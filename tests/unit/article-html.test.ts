import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { footnoteBackContent, renderArticle } from '../../src/content/article-html.ts';
import { projectRoot } from '../helpers/build.ts';

/**
 * Articles are rendered to HTML in the content layer instead of being compiled
 * into MDX modules. For every locale file of the bundled library the HTML must
 * be the same as Astro's own Markdown processor writes (heading anchors, GFM
 * tables and footnotes, smart punctuation), given the same footnote labels and
 * no syntax highlighter; the one allowlisted component becomes a note element
 * (the markup its Astro component wrote when articles were modules), and each table sits in a labelled region the keyboard can scroll.
 */
const labels = { footnotes: 'Notes', backToReference: 'Back to reference {reference}', table: 'Table' };
/** Our HTML without the scrolling region around each table (issue 18), which Astro's processor does not write. */
const withoutTableRegions = (html: string) =>
	html.replace(/<section class="table-scroll" tabindex="0" aria-label="[^"]*">(<table>[\s\S]*?<\/table>)<\/section>/g, '$1');
const articleFiles = (['cases', 'methods', 'legal-forms', 'pitfalls'] as const).flatMap((type) =>
	fs.readdirSync(path.join(projectRoot, 'content', type)).flatMap((slug) =>
		fs
			.readdirSync(path.join(projectRoot, 'content', type, slug))
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => `content/${type}/${slug}/${f}`),
	),
);

describe('articles rendered in the content layer', () => {
	it('match Astro’s Markdown processor for every bundled locale file', async () => {
		const astro = await createSatteriMarkdownProcessor({
			syntaxHighlight: false,
			features: { gfm: { footnotes: { label: labels.footnotes, backLabel: labels.backToReference, backContent: footnoteBackContent } } },
		} as Parameters<typeof createSatteriMarkdownProcessor>[0]);
		expect(articleFiles.length).toBeGreaterThan(150);
		const different: string[] = [];
		for (const file of articleFiles) {
			const source = fs.readFileSync(path.join(projectRoot, file), 'utf8');
			const ours = renderArticle(file, source, labels);
			const theirs = await astro.render(source.replace(/^---\n[\s\S]*?\n---\n/, ''));
			if (withoutTableRegions(ours.html).trim() !== theirs.code.trim()) different.push(file);
			expect(ours.headings, file).toEqual(theirs.metadata.headings);
		}
		expect(different).toEqual([]);
	});

	it('keeps footnotes, tables and heading anchors', () => {
		const { html, headings } = renderArticle(
			'x.mdx',
			'## Steps\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nA fact.[^s]\n\n## Steps\n\n[^s]: Source, https://example.org\n',
			labels,
		);
		expect(headings.map((h) => h.slug)).toEqual(['steps', 'steps-1', 'footnote-label']);
		expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="Table: Steps"><table>');
		expect(html).toContain('<a href="#user-content-fn-s" id="user-content-fnref-s" data-footnote-ref aria-describedby="footnote-label">1</a>');
		expect(html).toContain('<h2 class="sr-only" id="footnote-label">Notes</h2>');
		expect(html).toContain('aria-label="Back to reference 1"');
	});

	it('turns the allowlisted Aside into a note element, as its component did', () => {
		const { html } = renderArticle('x.mdx', '<Aside type="tip">\nA *tip*.\n</Aside>\n', labels);
		expect(html).toBe('<div class="aside aside-tip" role="note"><p>A <em>tip</em>.</p></div>');
	});
});
