import type { GlossaryText } from '../model/content-schema.ts';
import type { Problem } from '../shared/problem.ts';

/**
 * The termbase is the glossary: each term in a locale may list variants to
 * avoid. A variant matches at the start of a word, case-insensitively, and its
 * last word may carry any ending, so "részekre bont" also finds "részekre bontják".
 */
export interface AvoidedTerm {
	termId: string;
	preferred: string;
	variant: string;
	pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function avoidedTerms(glossary: GlossaryText): AvoidedTerm[] {
	return Object.entries(glossary).flatMap(([termId, entry]) =>
		entry.avoid.map((variant) => ({
			termId,
			preferred: entry.term,
			variant,
			pattern: new RegExp(`(?<![\\p{L}\\p{N}])${variant.trim().split(/\s+/).map(escapeRegExp).join('\\s+')}`, 'giu'),
		})),
	);
}

/** Every avoided variant in one locale file, with its line and the preferred term. */
export function termbaseProblems(file: string, text: string, terms: AvoidedTerm[], glossaryFile: string): Problem[] {
	const problems: Problem[] = [];
	for (const term of terms) {
		for (const match of text.matchAll(term.pattern)) {
			const line = text.slice(0, match.index).split('\n').length;
			// The whole word as written, for the message.
			const word = /^[\p{L}\p{N}\s-]*/u.exec(text.slice(match.index + match[0].length))?.[0].split(/\s/)[0] ?? '';
			problems.push({
				file,
				line,
				field: 'termbase',
				message: `"${match[0]}${word}" is a variant to avoid: write "${term.preferred}" (${glossaryFile}, term "${term.termId}")`,
			});
		}
	}
	return problems;
}
