/**
 * Which text to show for an entry in a requested locale, and how translations
 * of one entry are grouped.
 */
import { collator } from '../shared/intl.ts';
import { referenceLocale } from '../shared/ui-strings.ts';

export interface Localized<T> {
	locale: string;
	data: T;
}

export interface Choice<T> {
	/** The locale the reader asked for (the page's URL locale). */
	requested: string;
	/** The text shown; its locale differs from `requested` on a fallback page. */
	shown: Localized<T>;
	isFallback: boolean;
}

/**
 * The one rule for which language stands in for a missing one, best first:
 * the requested locale, the text's source language (when it has one), the
 * site's default locale, then English (the reference of the UI strings).
 * Entries, local pages, the glossary and the accessibility statement all
 * follow it.
 */
export function fallbackOrder(requested: string, defaultLocale: string, sourceLocale?: string): string[] {
	return [...new Set([requested, ...(sourceLocale ? [sourceLocale] : []), defaultLocale, referenceLocale])];
}

/**
 * Picks the text for `requested` in the order of `fallbackOrder`, else the
 * first available. Only locales the site enables are candidates.
 */
export function chooseTranslation<T>(
	available: Localized<T>[],
	requested: string,
	preferences: { sourceLocale: string; defaultLocale: string; enabled: readonly string[] },
): Choice<T> | undefined {
	const candidates = available.filter((t) => preferences.enabled.includes(t.locale));
	for (const locale of fallbackOrder(requested, preferences.defaultLocale, preferences.sourceLocale)) {
		const found = candidates.find((t) => t.locale === locale);
		if (found) return { requested, shown: found, isFallback: locale !== requested };
	}
	const first = [...candidates].sort((a, b) => preferences.enabled.indexOf(a.locale) - preferences.enabled.indexOf(b.locale))[0];
	return first ? { requested, shown: first, isFallback: true } : undefined;
}

/** Groups `<slug>/<locale>` ids into one map per slug. */
export function groupTranslations<T>(items: { slug: string; locale: string; data: T }[]): Map<string, Localized<T>[]> {
	const groups = new Map<string, Localized<T>[]>();
	for (const item of items) {
		const group = groups.get(item.slug) ?? [];
		group.push({ locale: item.locale, data: item.data });
		groups.set(item.slug, group);
	}
	return groups;
}

/** Sorts by a title in the reader's language, the way a dictionary would. */
export function compareTitles(locale: string) {
	const byTitle = collator(locale, { sensitivity: 'base', numeric: true });
	return (a: { title: string }, b: { title: string }) => byTitle.compare(a.title, b.title);
}
