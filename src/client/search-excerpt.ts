/**
 * Search excerpts that start where a sentence starts. Pagefind cuts its
 * excerpt around the densest matches, often mid-sentence; its result data
 * also carry the page's plain text and the word positions of the matches,
 * split into words the way Pagefind splits them, so the search page can
 * start at the beginning of the sentence instead.
 */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/** Pagefind's word separator (whitespace except U+FEFF), so positions line up with its locations. */
const wordSeparator = /[^\S\uFEFF]+/;
/** A word that ends a sentence, allowing closing quotes and brackets after the stop. */
const endsSentence = /[.!?…]["'’”»)\]]*$/;

export interface ExcerptOptions {
	/** Words shown. */
	length?: number;
	/** How far back to look for the start of the sentence before giving up and showing an ellipsis. */
	lookBack?: number;
	ellipsis?: string;
}

export function sentenceExcerpt(content: string, locations: readonly number[], options: ExcerptOptions = {}): ExcerptPart[] | undefined {
	const { length = 30, lookBack = 18, ellipsis = '…' } = options;
	const words = content.split(wordSeparator);
	const matches = locations.filter((l) => Number.isInteger(l) && l >= 0 && l < words.length);
	if (matches.length === 0) return undefined;
	const first = Math.min(...matches);
	let start = first;
	while (start > 0 && first - start < lookBack && !endsSentence.test(words[start - 1]!)) start--;
	const atSentence = start === 0 || endsSentence.test(words[start - 1]!);
	// A sentence that starts too far back: show the few words before the match, marked as cut.
	if (!atSentence) start = Math.max(0, first - 4);
	const end = Math.min(words.length, start + length);
	const marked = new Set(matches);
	const parts: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	};
	if (!atSentence && start > 0) push(`${ellipsis} `, false);
	for (let i = start; i < end; i++) {
		if (i > start) push(' ', false);
		push(words[i]!, marked.has(i));
	}
	if (end < words.length) push(` ${ellipsis}`, false);
	return parts.filter((p) => p.text !== '');
}
