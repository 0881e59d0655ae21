import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { readPage, sites } from '../helpers/build.ts';
import { flattenStrings, type UiStrings } from '../../src/shared/ui-strings.ts';
import { projectRoot } from '../helpers/build.ts';

/**
 * A reader in Riga, Vilnius or a Hungarian town sees the key facts and the
 * cards of a case in their own language: place, scale, years, result, themes,
 * partner types, funding, evidence and reviews. Proper names (partners,
 * source titles and publishers) stay as their sources spell them. Checked on
 * the bundled library, for every case that is translated into the page's
 * language.
 */
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
const out = sites.bundled.outDir;
const strings = (locale: string) => JSON.parse(fs.readFileSync(path.join(projectRoot, `src/i18n/${locale}.json`), 'utf8')) as UiStrings;
const english = flattenStrings(strings('en'));
// Words of English prose that no Hungarian, Latvian or Lithuanian text uses.
const englishWords = /\b(the|of|and|with|from|for|not|stated|sources|district|municipality|town|village|county|city|ongoing|reviewed|accessed|scenario)\b/i;

const elements = (node: Node, test: (el: DefaultTreeAdapterMap['element']) => boolean, found: DefaultTreeAdapterMap['element'][] = []) => {
	if ('tagName' in node && test(node)) found.push(node);
	if ('childNodes' in node) for (const child of node.childNodes) elements(child as Node, test, found);
	return found;
};
const attr = (el: DefaultTreeAdapterMap['element'], name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: DefaultTreeAdapterMap['element'], name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** Texts of a fragment that are in the page's language: elements marked with another `lang` and proper names are left out. */
function ownLanguageTexts(root: Node, skip: (el: DefaultTreeAdapterMap['element']) => boolean): string[] {
	const texts: string[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node && (attr(node, 'lang') || skip(node))) return;
		if (node.nodeName === '#text' && 'value' in node && node.value.trim()) texts.push(node.value.trim());
		if ('childNodes' in node) for (const child of node.childNodes) walk(child as Node);
	};
	walk(root);
	return texts;
}

function englishIn(texts: string[], locale: string): string[] {
	const own = new Set(flattenStrings(strings(locale)).values());
	const englishUi = [...english.values()].filter((v) => v.length > 3 && !v.includes('{{') && !own.has(v));
	return texts.filter((t) => englishUi.includes(t) || englishWords.test(t));
}

const casesIn = (locale: string) =>
	fs.readdirSync(path.join(projectRoot, 'content/cases')).filter((slug) => fs.existsSync(path.join(projectRoot, 'content/cases', slug, `${locale}.mdx`)));

describe('facts in the reader’s language', () => {
	for (const locale of ['hu', 'lv', 'lt']) {
		it(`shows no English in the key facts of any ${locale} case page`, () => {
			const found: string[] = [];
			for (const slug of casesIn(locale)) {
				const [facts] = elements(parse(readPage(out, `${locale}/cases/${slug}`)), (el) => el.tagName === 'aside' && hasClass(el, 'facts'));
				expect(facts, `${locale}/cases/${slug}`).toBeDefined();
				// Dropped as proper names: partner names after the sector label, and the source list (titles and publishers as published).
				const sourcesDt = elements(facts!, (el) => el.tagName === 'dt').at(-1);
				const sourcesDd = elements(facts!, (el) => el.tagName === 'dd').at(-1);
				const texts = ownLanguageTexts(facts!, (el) => el === sourcesDt || el === sourcesDd).map((t) => t.replace(/^:\s.*$/, ''));
				found.push(...englishIn(texts, locale).map((t) => `${locale}/cases/${slug}: "${t}"`));
			}
			expect(found).toEqual([]);
		});

		it(`shows no English on the ${locale} case cards`, () => {
			const cards = elements(parse(readPage(out, `${locale}/cases`)), (el) => el.tagName === 'li' && hasClass(el, 'card'));
			expect(cards.length).toBeGreaterThan(10);
			const found = cards.flatMap((card) => {
				const meta = elements(card, (el) => el.tagName === 'p' && (hasClass(el, 'meta') || hasClass(el, 'result')));
				return englishIn(
					meta.flatMap((m) => ownLanguageTexts(m, () => false)),
					locale,
				).map((t) => `${locale}/cases/ card: "${t}"`);
			});
			expect(found).toEqual([]);
		});
	}

	it('would notice English in a Hungarian facts panel', () => {
		// The check itself: an English place and an English UI label are both caught.
		expect(englishIn(['A small town in western Hungary', 'Kisváros', 'Documented', 'Dokumentált'], 'hu')).toEqual([
			'A small town in western Hungary',
			'Documented',
		]);
	});
});
