import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/content/article-html.ts';

const labels = { footnotes: 'Notes', backToReference: 'Back to reference {reference}', table: 'Table' };

describe('article tables', () => {
	it('sit in a labelled region the keyboard can scroll (axe scrollable-region-focusable)', () => {
		const { html } = renderArticle('x.mdx', '## Steps\n\n| Step | Who |\n| --- | --- |\n| Map | Council |\n', labels);
		expect(html).toMatch(/<section class="table-scroll" tabindex="0" aria-label="Table: Steps"><table>/);
		expect(html).toMatch(/<\/table><\/section>/);
	});

	it('are named by the label alone before any heading', () => {
		const { html } = renderArticle('x.mdx', '| a | b |\n| --- | --- |\n| 1 | 2 |\n', labels);
		expect(html).toContain('aria-label="Table"');
	});
});
