/**
 * The marker `npm run new` writes where an editor still has to fill something in; the content
 * check reports every one left, so an unfinished entry cannot be published.
 */
export const placeholder = 'FILL-IN';

/** Where a file still contains the placeholder: 1-based line and the field on that line ("body" for prose). */
export function placeholderLines(text: string): { line: number; field: string }[] {
	return text.split('\n').flatMap((line, index) => {
		if (!line.includes(placeholder)) return [];
		const key = /^\s*(?:-\s+)?([A-Za-z][\w-]*):/.exec(line)?.[1];
		return [{ line: index + 1, field: key ?? 'body' }];
	});
}
