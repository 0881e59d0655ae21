import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/shared/i18n.ts';
import { pluralCategories, validateUiStrings, type UiStrings } from '../../src/shared/ui-strings.ts';

const load = (locale: string) => JSON.parse(fs.readFileSync(`src/i18n/${locale}.json`, 'utf8')) as UiStrings;
const strings = Object.fromEntries(['en', 'hu', 'lv', 'lt'].map((l) => [l, load(l)]));

describe('shipped UI strings', () => {
	it.each(['hu', 'lv', 'lt'])('%s has every key and plural form', (locale) => {
		expect(validateUiStrings(locale, strings[locale]!, strings.en!, `${locale}.json`)).toEqual([]);
	});
});

describe('validateUiStrings', () => {
	it('names a missing key', () => {
		const broken = structuredClone(strings.lv!) as { site: Record<string, string> };
		delete broken.site.skipLink;
		expect(validateUiStrings('lv', broken as UiStrings, strings.en!, 'src/i18n/lv.json')).toEqual([
			{ file: 'src/i18n/lv.json', field: 'site.skipLink', message: 'missing translation (English: "Skip to main content")' },
		]);
	});
	it('names a missing plural form the language needs', () => {
		const broken = structuredClone(strings.lt!) as { types: { case: Record<string, string> } };
		delete broken.types.case.count_few;
		const problems = validateUiStrings('lt', broken as UiStrings, strings.en!, 'lt.json');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ field: 'types.case.count_few' });
	});
	it('rejects unknown keys', () => {
		const extra = { ...strings.hu!, typo: 'x' };
		expect(validateUiStrings('hu', extra, strings.en!, 'hu.json').map((p) => p.field)).toEqual(['typo']);
	});
	it('knows each language’s plural categories', () => {
		expect(pluralCategories('lv')).toEqual(expect.arrayContaining(['zero', 'one', 'other']));
		expect(pluralCategories('lt')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
	});
});

describe('plural strings', () => {
	const count = (locale: string, n: number) => createTranslator(locale, strings)('types.case.count', { count: n });
	it('Latvian', () => {
		expect([1, 2, 10, 21].map((n) => count('lv', n))).toEqual(['1 gadījuma apraksts', '2 gadījumu apraksti', '10 gadījumu apraksti', '21 gadījuma apraksts']);
	});
	it('Lithuanian', () => {
		expect([1, 2, 10, 21, 1.5].map((n) => count('lt', n))).toEqual(['1 atvejis', '2 atvejai', '10 atvejų', '21 atvejis', '1.5 atvejo']);
	});
	it('Hungarian and English', () => {
		expect([1, 10].map((n) => count('hu', n))).toEqual(['1 esettanulmány', '10 esettanulmány']);
		expect([1, 10].map((n) => count('en', n))).toEqual(['1 case study', '10 case studies']);
	});
});

describe('one translator, many questions', () => {
	it('answers each key, count and value on its own although answers are remembered', () => {
		const t = createTranslator('lv', strings);
		expect([1, 2, 1, 21, 2].map((n) => t('types.case.count', { count: n }))).toEqual([
			'1 gadījuma apraksts',
			'2 gadījumu apraksti',
			'1 gadījuma apraksts',
			'21 gadījuma apraksts',
			'2 gadījumu apraksti',
		]);
		expect(t('site.skipLink')).toBe((strings.lv as { site: { skipLink: string } }).site.skipLink);
		const en = createTranslator('en', strings);
		expect(en('language.shownIn', { language: 'Latvian' })).toContain('Latvian');
		expect(en('language.shownIn', { language: 'Hungarian' })).toContain('Hungarian');
	});
});

describe('typed keys', () => {
	it('a key en.json does not have fails the typecheck (npm test runs astro check first)', () => {
		const t = createTranslator('en', strings);
		// @ts-expect-error "titel" is a typo: if this line ever type-checks, astro check reports the unused directive.
		expect(t('facts.titel')).toBe('facts.titel');
		expect(t('facts.title')).toBe('Key facts');
	});
});
