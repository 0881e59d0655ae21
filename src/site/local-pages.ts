import { getEntry } from 'astro:content';
import { config } from './atlas.ts';
import type { LoadedContent } from '../content/content-tree.ts';
import type { LoadedPage } from '../content/local-pages.ts';
import { pagesFolder } from '../content/local-pages.ts';
import { chooseTranslation, compareTitles, type Choice } from './translations.ts';
import type { ArticleText } from '../model/content-schema.ts';

/** A site's own pages (e.g. a local directory), with the text to show per locale. */
export interface LocalPage {
	slug: string;
	source: LoadedPage;
	/** Enabled locales with a real translation, in configured order (like an entry's). */
	locales: string[];
	text(locale: string): Choice<ArticleText>;
}

let cached: Promise<LocalPage[]> | undefined;

export function getLocalPages(): Promise<LocalPage[]> {
	cached ??= (async () => {
		const stored = await getEntry('atlas', 'content');
		const pages = (stored?.data as Omit<LoadedContent, 'problems'> | undefined)?.pages ?? [];
		return pages
			.filter((page) => page.texts.some((t) => config.locales.includes(t.locale)))
			.map((source) => {
				const available = source.texts.map((t) => ({ locale: t.locale, data: t.data }));
				const sourceLocale = available.find((t) => t.locale === config.defaultLocale)?.locale ?? available[0]!.locale;
				return {
					slug: source.slug,
					source,
					locales: config.locales.filter((l) => available.some((t) => t.locale === l)),
					text: (locale: string) => chooseTranslation(available, locale, { sourceLocale, defaultLocale: config.defaultLocale, enabled: config.locales })!,
				};
			});
	})();
	return cached;
}

const sorted = new Map<string, Promise<LocalPage[]>>();
/** Pages sorted by their title in the reader's language, for the footer of every page: sorted once per locale. */
export function localPagesFor(locale: string): Promise<LocalPage[]> {
	let pages = sorted.get(locale);
	if (!pages) {
		const compare = compareTitles(locale);
		pages = getLocalPages().then((all) => [...all].sort((a, b) => compare(a.text(locale).shown.data, b.text(locale).shown.data)));
		sorted.set(locale, pages);
	}
	return pages;
}

export async function localPageArticle(slug: string, locale: string) {
	return getEntry('articles', `${pagesFolder}/${slug}/${locale}`);
}
