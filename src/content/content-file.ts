import fs from 'node:fs';
import type { Problem } from '../shared/problem.ts';

/**
 * Reading one file of content or configuration, as text an editor can fix:
 * never through a symbolic link, never larger than the cap, UTF-8 only, and
 * without the invisible characters that make text say one thing and show
 * another (control characters, bidirectional overrides). Each problem names the
 * file and, where there is one, the line.
 */
export const maxFileBytes = 256 * 1024;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters in content is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Embeddings, overrides and isolates: they reorder what a reader sees ("Trojan Source").
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;

/** Byte offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i]!;
		const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0 || i + length > bytes.length) return i;
		for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
		// Overlong forms, surrogates and code points past U+10FFFF.
		const second = bytes[i + 1] ?? 0;
		if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
		i += length;
	}
	return -1;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Problems in a file's text itself: characters no editor means to write. */
export function textProblems(file: string, text: string): Problem[] {
	const problems: Problem[] = [];
	if (text.startsWith('\uFEFF'))
		problems.push({ file, line: 1, field: '(encoding)', message: 'the file starts with a byte-order mark: save it as UTF-8 without BOM' });
	const control = controlCharacter.exec(text);
	if (control)
		problems.push({
			file,
			line: lineAt(text, control.index),
			field: '(text)',
			message: `invisible control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}: delete it (only tabs and line breaks are allowed)`,
		});
	const bidi = bidiControl.exec(text);
	if (bidi)
		problems.push({
			file,
			line: lineAt(text, bidi.index),
			field: '(text)',
			message: `bidirectional control character U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase()} makes text display in another order than it is written: delete it`,
		});
	return problems;
}

export interface ReadResult {
	text?: string;
	problems: Problem[];
}

/** Reads a content or configuration file, or says why it cannot be used. */
export function readContentFile(file: string, full: string): ReadResult {
	let stat: fs.Stats;
	try {
		stat = fs.lstatSync(full);
	} catch {
		return { problems: [{ file, field: '(file)', message: 'cannot be read' }] };
	}
	if (stat.isSymbolicLink())
		return {
			problems: [
				{ file, field: '(file)', message: 'is a symbolic link: content must be a real file inside the content folder (replace the link with the file)' },
			],
		};
	if (!stat.isFile())
		return { problems: [{ file, field: '(file)', message: 'is not a file (a folder or device named like a content file: rename or remove it)' }] };
	if (stat.size > maxFileBytes)
		return {
			problems: [
				{
					file,
					field: '(file)',
					message: `is ${Math.ceil(stat.size / 1024)} KB; a content file may have at most ${maxFileBytes / 1024} KB (split the text or shorten it)`,
				},
			],
		};
	const bytes = fs.readFileSync(full);
	const invalid = firstInvalidUtf8(bytes);
	if (invalid !== -1) {
		const line = bytes.subarray(0, invalid).filter((b) => b === 0x0a).length + 1;
		return {
			problems: [
				{ file, line, field: '(encoding)', message: 'is not valid UTF-8 (saved in another encoding such as Latin-2 or Windows-1257?): save it as UTF-8' },
			],
		};
	}
	const text = bytes.toString('utf8');
	const problems = textProblems(file, text);
	return problems.length ? { problems } : { text, problems };
}
