/**
 * Shared Intl objects. Creating one looks up locale data each time, which
 * showed up as seconds of a 4,000-page build when every date, language name
 * and sorted list made its own; they are immutable, so one per locale and
 * options serves every caller (the build and the checklist island alike).
 */
const made = new Map<string, unknown>();

/** A value made once per key (a locale plus options, or what else it is made from) and shared after that. */
export function once<T>(key: string, make: () => T): T {
	let value = made.get(key) as T | undefined;
	if (value === undefined) {
		value = make();
		made.set(key, value);
	}
	return value;
}

export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
	return once(`collator|${locale}|${JSON.stringify(options)}`, () => new Intl.Collator(locale, options));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	// Plain "en" formats dates the American way (November 1, 2026); the atlas is European: 1 November 2026.
	const tag = locale === 'en' ? 'en-GB' : locale;
	return once(`date|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
}

export function numberFormat(locale: string): Intl.NumberFormat {
	return once(`number|${locale}`, () => new Intl.NumberFormat(locale));
}

export function pluralRules(locale: string): Intl.PluralRules {
	return once(`plural|${locale}`, () => new Intl.PluralRules(locale));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
	return once(`names|${locale}|${JSON.stringify(options)}`, () => new Intl.DisplayNames([locale], options));
}

/** Writing direction of a language, from CLDR via Intl: "rtl" for Arabic, Hebrew, Persian…, else "ltr". */
export function textDirection(locale: string): 'ltr' | 'rtl' {
	return once(`dir|${locale}`, () => {
		// getTextInfo() in current engines; the textInfo getter in older ones.
		const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
		return (info.getTextInfo?.() ?? info.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
	});
}
