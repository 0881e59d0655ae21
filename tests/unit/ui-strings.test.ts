import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/shared/i18n.ts';
import { flattenStrings, pluralCategories, validateUiStrings, type UiStrings } from '../../src/shared/ui-strings.ts';

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

describe('unused keys', () => {
	// Keys the code builds from a value, `{}` standing for the value: a key that fits one counts as used.
	// Each line says where the key is built; remove the line when that code goes.
	const builtKeys = [
		'accessibilityStatement.status.{}', // accessibility.astro: the configured compliance
		'accessibilityStatement.method.{}', // accessibility.astro: how the statement was prepared
		'types.{}.title', // per entry type (and organisation): menus, lists, open data
		'types.{}.singular',
		'types.{}.intro',
		'types.{}.count',
		'taxonomy.{}.{}', // a taxonomy value's label: facts, search filters, the codebook
		'sections.{}.{}', // required section headings: content-tree.ts reads them from the strings, issue-forms.ts too
		'facts.reviewKind.{}', // FactsPanel.astro: a review's kind
		'facts.reviewer.{}', // FactsPanel.astro: who reviewed
		'list.order.{}', // ListPage.astro: the orders of a list
		'search.filters.{}', // search.astro: a filter's legend
		'search.facet.{}', // FacetPage.astro
		'search.facetIntro.{}',
		'search.otherValues.{}',
		'directory.facet.{}', // directory facet pages and DirectoryFacets.astro
		'directory.facetIntro.{}',
		'directory.otherValues.{}',
		'tools.{}', // a page of the local partner directory (toolRoute in src/site/routes.ts)
	];
	const patterns = builtKeys.map((key) => new RegExp(`^${key.replaceAll('.', '\\.').replaceAll('{}', '[^.]+')}$`));
	const sourceFiles = (dir: string): string[] =>
		fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
			const full = path.join(dir, d.name);
			if (d.isDirectory()) return full === path.join('src', 'i18n') ? [] : sourceFiles(full);
			return /\.(ts|tsx|astro)$/.test(d.name) ? [full] : [];
		});
	const source = sourceFiles('src')
		.map((file) => fs.readFileSync(file, 'utf8'))
		.join('\n');
	// A counted string's forms (`_one`, `_other`…) are one key, as for the translator.
	const keys = [...new Set([...flattenStrings(strings.en!).keys()].map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];

	it('every key of en.json is written out in src/ or fits a key the code builds', () => {
		const quoted = (key: string) => ["'", '"', '`'].some((q) => source.includes(`${q}${key}${q}`));
		expect(keys.filter((key) => !quoted(key) && !patterns.some((p) => p.test(key)))).toEqual([]);
	});
	it('every built key still fits a key of en.json', () => {
		expect(builtKeys.filter((_, i) => !keys.some((key) => patterns[i]!.test(key)))).toEqual([]);
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
