import { config } from 'virtual:atlas/site';
import { href, joinBase, type RouteName, type routes } from './routes.ts';
import { fallbackOrder } from './translations.ts';

/**
 * The rules every page follows, said once: the site's name and description in
 * a language, links with the base path, absolute URLs, which languages stand
 * in for a missing one, and a page's versions in the other languages.
 */

/** The site's name in a language (every enabled locale has one; the default locale's stands in otherwise). */
export function siteName(locale: string): string {
	return config.name[locale] ?? config.name[config.defaultLocale] ?? '';
}

export function siteDescription(locale: string): string | undefined {
	return config.description[locale] ?? config.description[config.defaultLocale];
}

/** A route's URL with the base path applied, e.g. `link('entry', 'lv', 'case', 'x')` is "/atlas/lv/cases/x/" under /atlas/. */
export function link<R extends RouteName>(route: R, ...args: Parameters<(typeof routes)[R]>): string {
	return href(config.base, route, ...args);
}

/** A site path (without base) with the base path applied: for paths that are not a route, such as the logo. */
export function withBase(path: string): string {
	return joinBase(config.base, path);
}

/** The absolute URL of a site path (without base): canonical links, feeds, open data, citations. */
export function absoluteUrl(path: string): string {
	return new URL(withBase(path), config.site).href;
}

/** The languages that stand in for `locale` on this site, best first (src/site/translations.ts has the rule). */
export function readingOrder(locale: string, sourceLocale?: string): string[] {
	return fallbackOrder(locale, config.defaultLocale, sourceLocale);
}

export interface Alternate {
	locale: string;
	/** Site path without base, e.g. "lv/cases/x/". */
	path: string;
	/** A real translation (not a fallback page): only these get hreflang. */
	translated: boolean;
}

/**
 * A page in every enabled locale, in configured order. Only the locales in
 * `translatedIn` are real translations (every locale when it is left out).
 */
export function alternates(path: (locale: string) => string, translatedIn?: readonly string[]): Alternate[] {
	return config.locales.map((locale) => ({ locale, path: path(locale), translated: translatedIn?.includes(locale) ?? true }));
}
