/**
 * Finds runs of N or more consecutive words that a text shares with source
 * texts, the way ../shared/tools/seed-overlap.py does: lower-cased, letters
 * only. The atlas is written in its own words; this keeps it so.
 */
const wordPattern = /[\p{L}\p{M}]+/gu;

export function words(text: string): string[] {
	return (text.match(wordPattern) ?? []).map((w) => w.toLowerCase());
}

export interface OverlapIndex {
	n: number;
	grams: Map<string, string>;
}

export function indexSources(sources: { name: string; text: string }[], n: number): OverlapIndex {
	const grams = new Map<string, string>();
	for (const source of sources) {
		const ws = words(source.text);
		for (let i = 0; i + n <= ws.length; i++) {
			const key = ws.slice(i, i + n).join(' ');
			if (!grams.has(key)) grams.set(key, source.name);
		}
	}
	return { n, grams };
}

/** Runs of the text found in the sources; after a hit the search skips past it, like the Python tool. */
export function overlappingRuns(index: OverlapIndex, text: string): { run: string; source: string }[] {
	const ws = words(text);
	const found: { run: string; source: string }[] = [];
	let i = 0;
	while (i + index.n <= ws.length) {
		const key = ws.slice(i, i + index.n).join(' ');
		const source = index.grams.get(key);
		if (source) {
			found.push({ run: key, source });
			i += index.n;
		} else i += 1;
	}
	return found;
}
