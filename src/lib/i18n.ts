import i18next, { type TFunction } from 'i18next';
import { referenceLocale, type UiStrings } from './ui-strings.ts';

export type Translate = TFunction;

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
	return instance.t.bind(instance) as Translate;
}

export function formatDate(date: Date, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, locale: string): string {
	return new Intl.NumberFormat(locale).format(value);
}

/** A language's name in its own language, e.g. "latviešu". */
export function nativeLanguageName(locale: string): string {
	const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A language's name in the reader's language, e.g. "angļu" for English read in Latvian. */
export function languageNameIn(locale: string, readerLocale: string): string {
	return new Intl.DisplayNames([readerLocale], { type: 'language' }).of(locale) ?? locale;
}
