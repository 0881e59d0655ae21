import { describe, expect, it } from 'vitest';
import { chooseTranslation, compareTitles, fallbackOrder, groupTranslations } from '../../src/site/translations.ts';

const prefs = { sourceLocale: 'lv', defaultLocale: 'en', enabled: ['hu', 'lv', 'lt', 'en'] };
const texts = (...locales: string[]) => locales.map((locale) => ({ locale, data: `text-${locale}` }));

describe('fallbackOrder', () => {
	it('tries the requested locale, the source language, the default locale, then English, each once', () => {
		expect(fallbackOrder('lt', 'hu', 'lv')).toEqual(['lt', 'lv', 'hu', 'en']);
		expect(fallbackOrder('lv', 'hu')).toEqual(['lv', 'hu', 'en']);
		expect(fallbackOrder('en', 'en', 'en')).toEqual(['en']);
	});
});

describe('chooseTranslation', () => {
	it('uses the requested locale when it exists', () => {
		expect(chooseTranslation(texts('en', 'lv', 'hu'), 'hu', prefs)).toEqual({ requested: 'hu', shown: { locale: 'hu', data: 'text-hu' }, isFallback: false });
	});
	it('falls back to the source language first', () => {
		const choice = chooseTranslation(texts('en', 'lv'), 'lt', prefs);
		expect(choice?.shown.locale).toBe('lv');
		expect(choice?.isFallback).toBe(true);
	});
	it('then to the default locale, then English', () => {
		expect(chooseTranslation(texts('en', 'hu'), 'lt', { ...prefs, defaultLocale: 'hu' })?.shown.locale).toBe('hu');
		expect(chooseTranslation(texts('en', 'hu'), 'lt', prefs)?.shown.locale).toBe('en');
	});
	it('then to the first enabled locale in configured order', () => {
		expect(chooseTranslation(texts('lt', 'hu'), 'lv', { ...prefs, sourceLocale: 'sv' })?.shown.locale).toBe('hu');
	});
	it('never shows a disabled locale', () => {
		expect(chooseTranslation(texts('sv'), 'lv', prefs)).toBeUndefined();
		expect(chooseTranslation(texts('lv', 'en'), 'lt', { ...prefs, enabled: ['lt', 'en'] })?.shown.locale).toBe('en');
	});
});

describe('groupTranslations', () => {
	it('groups locale files by slug', () => {
		const groups = groupTranslations([
			{ slug: 'a', locale: 'en', data: 1 },
			{ slug: 'b', locale: 'lv', data: 2 },
			{ slug: 'a', locale: 'hu', data: 3 },
		]);
		expect([...groups.keys()]).toEqual(['a', 'b']);
		expect(groups.get('a')?.map((t) => t.locale)).toEqual(['en', 'hu']);
	});
});

describe('compareTitles', () => {
	it('sorts by the reader’s alphabet', () => {
		const titles = ['Zebra', 'Ābele', 'Auns', 'Čiekurs', 'Cukurs'].map((title) => ({ title }));
		expect(titles.sort(compareTitles('lv')).map((t) => t.title)).toEqual(['Auns', 'Ābele', 'Cukurs', 'Čiekurs', 'Zebra']);
	});
});
