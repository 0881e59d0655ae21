import type { Problem } from './problem.ts';
import { pluralRules } from './intl.ts';

/**
 * UI strings: one JSON file per locale. English is the reference: every key it
 * has must exist in every locale, and every counted string (`_one`, `_other`…)
 * must have each plural form that locale's grammar uses.
 */
export type UiStrings = { [key: string]: string | UiStrings };

export const referenceLocale = 'en';
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

export function flattenStrings(strings: UiStrings, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(strings)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flattenStrings(value, path)) out.set(k, v);
	}
	return out;
}

/** Plural categories a locale needs, from CLDR via Intl. */
export function pluralCategories(locale: string): string[] {
	return pluralRules(locale).resolvedOptions().pluralCategories as string[];
}

export function validateUiStrings(locale: string, strings: UiStrings, reference: UiStrings, file: string): Problem[] {
	const problems: Problem[] = [];
	const have = flattenStrings(strings);
	const want = flattenStrings(reference);
	const pluralBases = new Set<string>();
	for (const key of want.keys()) {
		if (pluralSuffix.test(key)) pluralBases.add(key.replace(pluralSuffix, ''));
		else if (!have.has(key)) problems.push({ file, field: key, message: `missing translation (English: "${want.get(key)}")` });
	}
	const categories = pluralCategories(locale);
	for (const base of pluralBases) {
		for (const category of categories) {
			if (!have.has(`${base}_${category}`))
				problems.push({ file, field: `${base}_${category}`, message: `missing plural form "${category}" (${locale} needs: ${categories.join(', ')})` });
		}
	}
	for (const key of have.keys()) {
		const base = key.replace(pluralSuffix, '');
		if (!want.has(key) && !pluralBases.has(base)) problems.push({ file, field: key, message: 'unknown key (not in en.json; remove it or fix its spelling)' });
	}
	for (const [key, value] of have) {
		if (!value.trim()) problems.push({ file, field: key, message: 'empty translation' });
	}
	return problems;
}
