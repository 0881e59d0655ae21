import type { EntryType } from '../model/entry-types.ts';
import { countryName } from '../model/taxonomy.ts';
import { compareTitles } from './translations.ts';
import { lastChanged, type AtlasEntry } from './atlas.ts';
import { collator } from '../shared/intl.ts';

/**
 * The orders a list page comes in, each a static page (no script needed):
 * by title at /<locale>/<type>/, the others at /<locale>/lists/<type>/<order>/.
 */
export const listOrders = ['title', 'newest', 'country'] as const;
export type ListOrder = (typeof listOrders)[number];

/** Only cases have a country. */
export function ordersFor(type: EntryType): ListOrder[] {
	return type === 'case' ? [...listOrders] : ['title', 'newest'];
}

export function sortEntries(entries: readonly AtlasEntry[], order: ListOrder, locale: string): AtlasEntry[] {
	const titles = compareTitles(locale);
	const byTitle = (a: AtlasEntry, b: AtlasEntry) => titles(a.text(locale).shown.data, b.text(locale).shown.data);
	const sorted = [...entries];
	if (order === 'title') return sorted.sort(byTitle);
	if (order === 'newest') {
		const time = new Map(sorted.map((e) => [e, lastChanged(e).getTime()]));
		return sorted.sort((a, b) => time.get(b)! - time.get(a)! || byTitle(a, b));
	}
	const names = collator(locale);
	// Only cases come in this order (ordersFor).
	const country = (e: AtlasEntry) => (e.type === 'case' ? countryName(e.facts.country, locale) : '');
	return sorted.sort((a, b) => names.compare(country(a), country(b)) || byTitle(a, b));
}
