import { describe, expect, it } from 'vitest';
import { collator, dateFormat, displayNames, pluralRules, textDirection } from '../../src/shared/intl.ts';
import { formatDate, nativeLanguageName } from '../../src/shared/i18n.ts';

describe('shared Intl objects', () => {
	it('makes one object per locale and options', () => {
		expect(collator('lv')).toBe(collator('lv'));
		expect(collator('lv')).not.toBe(collator('lt'));
		expect(collator('lv', { numeric: true })).not.toBe(collator('lv'));
		expect(pluralRules('lt')).toBe(pluralRules('lt'));
		expect(displayNames('hu', { type: 'region' })).not.toBe(displayNames('hu', { type: 'language' }));
	});
	it('keeps each locale’s own rules', () => {
		expect(['Ž', 'Z', 'A'].sort(collator('lv').compare)).toEqual(['A', 'Z', 'Ž']);
		expect(pluralRules('lt').select(2)).toBe('few');
		expect(pluralRules('lv').select(0)).toBe('zero');
		expect(dateFormat('hu', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-03-05'))).toBe('2026. március 5.');
		expect(formatDate(new Date('2026-03-05'), 'lv')).toBe(formatDate(new Date('2026-03-05'), 'lv'));
		expect(formatDate(new Date('2026-03-05'), 'lt')).not.toBe(formatDate(new Date('2026-03-05'), 'en'));
		expect(['hu', 'lv', 'lt', 'en', 'lv'].map(nativeLanguageName)).toEqual(['Magyar', 'Latviešu', 'Lietuvių', 'English', 'Latviešu']);
	});
});

describe('text direction', () => {
	it('comes from the locale data, so a right-to-left language needs no setting', () => {
		expect(['hu', 'lv', 'lt', 'en', 'uk', 'sv'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
		expect(['ar', 'he', 'fa'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl']);
	});
});
