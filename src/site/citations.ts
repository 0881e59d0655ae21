import { config, getAtlas, lastChanged, translator, type AtlasEntry } from './atlas.ts';
import { absoluteUrl, siteName } from './page.ts';
import { entryTypes } from '../model/entry-types.ts';
import { toCsl, type CslItem } from './citation-format.ts';
import { routes } from './routes.ts';

/**
 * The citation of an entry as read in one locale. A fallback page cites the
 * text it shows, at its canonical address (the page in that text's language).
 */
export function citationOf(entry: AtlasEntry, locale: string): CslItem {
	const { shown } = entry.text(locale);
	return toCsl({
		type: entry.type,
		slug: entry.slug,
		title: shown.data.title,
		summary: shown.data.summary,
		language: shown.locale,
		url: absoluteUrl(routes.entry(shown.locale, entry.type, entry.slug)),
		siteName: siteName(shown.locale),
		publisher: config.contact.organisation,
		updated: lastChanged(entry),
		genre: translator(locale)(`types.${entry.type}.singular`),
		license: config.license.name,
	});
}

/** Every entry's citation in one locale, in the order of the open-data export (by identifier). */
export async function libraryCitations(locale: string): Promise<CslItem[]> {
	const atlas = await getAtlas();
	return entryTypes
		.flatMap((type) => atlas.byType(type))
		.map((entry) => citationOf(entry, locale))
		.sort((a, b) => a.id.localeCompare(b.id));
}
