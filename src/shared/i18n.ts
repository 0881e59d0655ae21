import i18next from 'i18next';
import { referenceLocale, type UiStrings } from './ui-strings.ts';
import { dateFormat, displayNames, numberFormat, once } from './intl.ts';
import type english from '../i18n/en.json';

/** Every key of en.json, the reference; a counted string's `_one`, `_other`… forms are one key. */
type Leaves<T, Prefix extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;
export type UiKey = WithoutPlural<Leaves<typeof english>>;

/** A UI string in one language; a key en.json does not have is a type error. */
export type Translate = (key: UiKey, options?: Record<string, unknown>) => string;

/**
 * One i18next instance per locale, with English as the fallback for a key a
 * locale has not translated yet (the build refuses missing keys, so this only
 * matters while editing).
 */
export function createTranslator(locale: string, strings: Record<string, UiStrings>): Translate {
	const instance = i18next.createInstance();
	void instance.init({
		lng: locale,
		fallbackLng: referenceLocale,
		initAsync: false,
		resources: Object.fromEntries(Object.entries(strings).map(([code, s]) => [code, { translation: s }])),
		interpolation: { escapeValue: false },
		returnNull: false,
		showSupportNotice: false,
	} as Parameters<typeof instance.init>[0]);
	// Called with a key and optional plain options (count, interpolation values); every UI string is a string.
	const lookup = instance.t.bind(instance) as unknown as (key: unknown, options?: unknown) => string;
	// Strings are fixed once loaded, and pages ask for the same few hundred over and over; i18next's lookup is costly at 4,000 pages.
	const known = new Map<string, string>();
	const remembered = (key: unknown, options?: unknown): string => {
		if (typeof key !== 'string' || (options !== undefined && (typeof options !== 'object' || options === null))) return lookup(key, options);
		const id = options === undefined ? key : `${key}\0${JSON.stringify(options)}`;
		let value = known.get(id);
		if (value === undefined) {
			value = lookup(key, options);
			known.set(id, value);
		}
		return value;
	};
	return remembered as unknown as Translate;
}

/** The day of a date or date string in UTC, as YYYY-MM-DD (`<time datetime>`, JSON-LD, keys). */
export function isoDate(date: Date | string): string {
	return new Date(date).toISOString().slice(0, 10);
}

export function formatDate(date: Date, locale: string): string {
	return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, locale: string): string {
	return numberFormat(locale).format(value);
}

/** A language's name in its own language, e.g. "latviešu". */
export function nativeLanguageName(locale: string): string {
	// Locale-aware upper-casing is slow and every page names every language, so each name is made once.
	return once(`native-name|${locale}`, () => {
		const name = displayNames(locale, { type: 'language' }).of(locale) ?? locale;
		return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
	});
}

/** A language's name in the reader's language, e.g. "angļu" for English read in Latvian. */
export function languageNameIn(locale: string, readerLocale: string): string {
	return displayNames(readerLocale, { type: 'language' }).of(locale) ?? locale;
}
