import { describe, expect, it } from 'vitest';
import { sentenceExcerpt } from '../../src/client/search-excerpt.ts';

const text = (parts: ReturnType<typeof sentenceExcerpt>) => parts?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('search excerpts start at a sentence', () => {
	const content = 'Title of the case. The council and two NGOs met every month. In 2021 the youth club opened a garden on council land, and the garden grew.';
	const words = content.split(' ');

	it('goes back to the start of the sentence that holds the first match', () => {
		const at = words.indexOf('youth');
		expect(text(sentenceExcerpt(content, [at], { length: 6 }))).toBe('In 2021 the [youth] club opened …');
	});

	it('marks every match in the excerpt, and starts at the very beginning when the match is in the first sentence', () => {
		expect(text(sentenceExcerpt(content, [1, 3], { length: 5 }))).toBe('Title [of] the [case.] The …');
	});

	it('shows an ellipsis when the sentence starts too far back', () => {
		const long = `Start ${'word '.repeat(40)}match here and more.`;
		const at = long.split(' ').indexOf('match');
		expect(text(sentenceExcerpt(long, [at], { length: 3, lookBack: 10 }))).toBe('… word word word …');
		expect(text(sentenceExcerpt(long, [at], { length: 6, lookBack: 10 }))).toBe('… word word word word [match] here …');
	});

	it('has no trailing ellipsis at the end of the text, and nothing without matches', () => {
		const at = words.length - 1;
		expect(text(sentenceExcerpt(content, [at], { length: 40 }))).toBe('In 2021 the youth club opened a garden on council land, and the garden [grew.]');
		expect(sentenceExcerpt(content, [])).toBeUndefined();
		expect(sentenceExcerpt(content, [999])).toBeUndefined();
	});

	it('treats closing quotes after a full stop as the end of a sentence', () => {
		const quoted = 'They said „enough.” Then the club opened.';
		expect(text(sentenceExcerpt(quoted, [5], { length: 4 }))).toBe('Then the [club] opened.');
	});
});
