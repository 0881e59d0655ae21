import { describe, expect, it } from 'vitest';
import { href, joinBase } from '../../src/site/routes.ts';
import { suggestLocale } from '../../src/client/language-suggestion.ts';

describe('routes', () => {
	it('applies the base path to every route', () => {
		expect(href('/', 'entry', 'lv', 'legalForm', 'grant')).toBe('/lv/legal-forms/grant/');
		expect(href('/atlas/', 'list', 'hu', 'case')).toBe('/atlas/hu/cases/');
		expect(href('/atlas', 'term', 'en', 'ngo')).toBe('/atlas/en/glossary/#ngo');
		expect(joinBase('/atlas/', '/x/')).toBe('/atlas/x/');
	});
});

describe('suggestLocale', () => {
	it('matches the browser’s languages to enabled locales', () => {
		expect(suggestLocale(['lv-LV', 'en'], ['hu', 'lv', 'en'])).toBe('lv');
		expect(suggestLocale(['de', 'lt'], ['hu', 'lt'])).toBe('lt');
		expect(suggestLocale(['de'], ['hu', 'lt'])).toBeUndefined();
	});
});
