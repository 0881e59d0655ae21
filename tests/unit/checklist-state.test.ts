import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/shared/i18n.ts';
import { pluralCategories } from '../../src/shared/ui-strings.ts';
import {
	cleanNote,
	emptyState,
	exportFileName,
	noteMaxLength,
	parseStored,
	plural,
	progressOf,
	progressText,
	serialise,
	setDone,
	setNote,
	storageKey,
	storageVersion,
	toMarkdown,
	type ExportChecklist,
	type ExportStrings,
	type PluralForms,
} from '../../src/client/checklist-state.ts';
import { uiStrings } from '../helpers/content.ts';

const ids = ['map-organisations', 'name-coordinator', 'first-meeting'];

/** The checklist strings of a locale, as the page passes them to the island. */
function checklistStrings(locale: string): Record<string, string> {
	return uiStrings[locale]!.checklist as Record<string, string>;
}
function progressForms(locale: string): PluralForms {
	const strings = checklistStrings(locale);
	return Object.fromEntries(pluralCategories(locale).map((category) => [category, strings[`progress_${category}`]!]));
}
function exportStrings(locale: string): ExportStrings {
	const strings = checklistStrings(locale);
	return { progress: progressForms(locale), note: strings.exportNote!, source: strings.exportSource! };
}

describe('storage key', () => {
	it('depends on the checklist slug only, so progress survives a change of language', () => {
		expect(storageKey('partnership-action-map')).toBe('cooperation-atlas:checklist:partnership-action-map');
		expect(storageKey('partnership-action-map')).not.toMatch(/\b(en|hu|lv|lt)\b/);
		expect(storageKey('a')).not.toBe(storageKey('b'));
	});
});

describe('serialise and parseStored', () => {
	it('round-trips ticks and notes with a version field', () => {
		let state = emptyState(ids);
		state = setDone(state, 'map-organisations', true);
		state = setNote(state, 'first-meeting', 'Anna, by 12 May');
		const raw = serialise(state);
		expect(JSON.parse(raw)).toEqual({
			version: storageVersion,
			items: { 'map-organisations': { done: true }, 'first-meeting': { note: 'Anna, by 12 May' } },
		});
		expect(parseStored(raw, ids)).toEqual({ status: 'ok', state });
	});

	it('stores nothing for untouched items', () => {
		expect(JSON.parse(serialise(emptyState(ids)))).toEqual({ version: 1, items: {} });
	});

	it('treats missing storage as an empty checklist, not an error', () => {
		for (const raw of [null, undefined, '']) expect(parseStored(raw, ids)).toEqual({ status: 'empty', state: emptyState(ids) });
	});

	it('ignores ids the content no longer has and starts new items unticked', () => {
		const raw = JSON.stringify({ version: 1, items: { 'map-organisations': { done: true }, 'removed-item': { done: true, note: 'old' } } });
		const { state, status } = parseStored(raw, [...ids, 'new-item']);
		expect(status).toBe('ok');
		expect(Object.keys(state).sort()).toEqual([...ids, 'new-item'].sort());
		expect(state['map-organisations']).toEqual({ done: true, note: '' });
		expect(state['new-item']).toEqual({ done: false, note: '' });
		expect(state).not.toHaveProperty('removed-item');
		expect(serialise(state)).not.toContain('removed-item');
	});

	it.each([
		['not JSON', '{"version":1,'],
		['a bare value', '"hello"'],
		['an array', '[1,2]'],
		['no version', JSON.stringify({ items: {} })],
		['an unknown (newer) version', JSON.stringify({ version: 2, items: {} })],
		['items that are not an object', JSON.stringify({ version: 1, items: ['map-organisations'] })],
		['a tick that is not true or false', JSON.stringify({ version: 1, items: { 'map-organisations': { done: 'yes' } } })],
		['a note that is not text', JSON.stringify({ version: 1, items: { 'map-organisations': { note: 42 } } })],
		['an item that is not an object', JSON.stringify({ version: 1, items: { 'map-organisations': true } })],
	])('discards %s as unreadable and starts empty', (_, raw) => {
		expect(parseStored(raw, ids)).toEqual({ status: 'unreadable', state: emptyState(ids) });
	});

	it('does not let a stored "__proto__" id touch the state object', () => {
		const raw = '{"version":1,"items":{"__proto__":{"done":true},"name-coordinator":{"done":true}}}';
		const { state } = parseStored(raw, ids);
		expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
		expect(state['name-coordinator']?.done).toBe(true);
		expect(Object.keys(state)).toEqual(ids);
	});

	it('cleans stored notes the same way as typed ones', () => {
		const raw = JSON.stringify({ version: 1, items: { 'first-meeting': { note: `  two\n lines  ${'x'.repeat(400)}` } } });
		const note = parseStored(raw, ids).state['first-meeting']!.note;
		expect(note.startsWith('two lines ')).toBe(true);
		expect(note.length).toBeLessThanOrEqual(noteMaxLength);
	});
});

describe('changing state', () => {
	it('ticks, unticks and notes without changing the old state', () => {
		const before = emptyState(ids);
		const ticked = setDone(before, 'name-coordinator', true);
		expect(before['name-coordinator']!.done).toBe(false);
		expect(ticked['name-coordinator']!.done).toBe(true);
		expect(setDone(ticked, 'name-coordinator', false)['name-coordinator']!.done).toBe(false);
		expect(setNote(before, 'name-coordinator', 'Péter')['name-coordinator']).toEqual({ done: false, note: 'Péter' });
	});

	it('ignores unknown ids', () => {
		const state = emptyState(ids);
		expect(setDone(state, 'nope', true)).toBe(state);
		expect(setNote(state, 'nope', 'x')).toBe(state);
	});

	it('keeps notes to one line of limited length while leaving a typed trailing space', () => {
		expect(cleanNote('  Anna\nand Béla ')).toBe('Anna and Béla ');
		expect(cleanNote('x'.repeat(noteMaxLength + 50))).toHaveLength(noteMaxLength);
	});

	it('counts progress over the given items', () => {
		const state = setDone(setDone(emptyState(ids), 'map-organisations', true), 'first-meeting', true);
		expect(progressOf(state, ids)).toEqual({ done: 2, total: 3 });
		expect(progressOf(state, ['map-organisations', 'name-coordinator'])).toEqual({ done: 1, total: 2 });
	});
});

describe('progress text', () => {
	it.each(['en', 'hu', 'lv', 'lt'])('%s: picks the same plural form as i18next for every count', (locale) => {
		const t = createTranslator(locale, uiStrings);
		for (let count = 0; count <= 125; count++) {
			expect(plural(progressForms(locale), locale, count, { done: 1 })).toBe(t('checklist.progress', { count, done: 1 }));
		}
	});

	it('reads naturally in each language', () => {
		expect(progressText(progressForms('en'), 'en', { done: 4, total: 11 })).toBe('4 of 11 items done');
		expect(progressText(progressForms('en'), 'en', { done: 0, total: 1 })).toBe('0 of 1 item done');
		expect(progressText(progressForms('hu'), 'hu', { done: 4, total: 11 })).toBe('11 feladatból 4 kész');
		expect(progressText(progressForms('lv'), 'lv', { done: 4, total: 11 })).toBe('Paveikts: 4 no 11 punktiem');
		expect(progressText(progressForms('lv'), 'lv', { done: 4, total: 21 })).toBe('Paveikts: 4 no 21 punkta');
		expect(progressText(progressForms('lt'), 'lt', { done: 4, total: 11 })).toBe('Atlikta: 4 iš 11 punktų');
		expect(progressText(progressForms('lt'), 'lt', { done: 1, total: 21 })).toBe('Atlikta: 1 iš 21 punkto');
		expect(progressText(progressForms('lt'), 'lt', { done: 1, total: 3 })).toBe('Atlikta: 1 iš 3 punktų');
	});
});

describe('Markdown export', () => {
	const date = new Date(2026, 10, 23, 12, 0, 0);
	const checklist = (labels: [string, string, string], phases: [string, string]): ExportChecklist => ({
		title: 'Action map',
		url: 'https://atlas.example.org/en/checklists/partnership-action-map/',
		phases: [
			{
				id: 'preparation',
				heading: phases[0],
				items: [
					{ id: 'map-organisations', label: labels[0] },
					{ id: 'name-coordinator', label: labels[1] },
				],
			},
			{ id: 'contacting', heading: phases[1], items: [{ id: 'first-meeting', label: labels[2] }] },
		],
	});
	const state = setNote(setDone(emptyState(ids), 'map-organisations', true), 'first-meeting', 'Anna, 12 May');

	it('writes English task lists with ticks, notes, progress and the source', () => {
		const markdown = toMarkdown(
			checklist(['Map organisations', 'Name a coordinator', 'Hold a first meeting'], ['Phase 1: Preparation', 'Phase 2: Contacting']),
			state,
			exportStrings('en'),
			'en',
			date,
		);
		expect(markdown).toBe(
			[
				'# Action map',
				'',
				'From https://atlas.example.org/en/checklists/partnership-action-map/, saved on 23 November 2026.',
				'',
				'1 of 3 items done',
				'',
				'## Phase 1: Preparation',
				'',
				'1 of 2 items done',
				'',
				'- [x] Map organisations',
				'- [ ] Name a coordinator',
				'',
				'## Phase 2: Contacting',
				'',
				'0 of 1 item done',
				'',
				'- [ ] Hold a first meeting',
				'  - Note: Anna, 12 May',
				'',
			].join('\n'),
		);
	});

	it.each([
		[
			'hu',
			['Szervezetek feltérképezése', 'Koordinátor kijelölése', 'Első találkozó'],
			['1. szakasz: Előkészítés', '2. szakasz: Kapcsolatfelvétel'],
			['3 feladatból 1 kész', '2 feladatból 1 kész', '1 feladatból 0 kész'],
			'Jegyzet: Anna, 12 May',
			'2026. november 23.',
		],
		[
			'lv',
			['Apzināt organizācijas', 'Iecelt koordinatoru', 'Pirmā tikšanās'],
			['1. posms: Sagatavošanās', '2. posms: Saziņa'],
			['Paveikts: 1 no 3 punktiem', 'Paveikts: 1 no 2 punktiem', 'Paveikts: 0 no 1 punkta'],
			'Piezīme: Anna, 12 May',
			'2026. gada 23. novembris',
		],
		[
			'lt',
			['Surašyti organizacijas', 'Paskirti koordinatorių', 'Pirmas susitikimas'],
			['1 etapas: Pasirengimas', '2 etapas: Kontaktai'],
			['Atlikta: 1 iš 3 punktų', 'Atlikta: 1 iš 2 punktų', 'Atlikta: 0 iš 1 punkto'],
			'Pastaba: Anna, 12 May',
			'2026 m. lapkričio 23 d.',
		],
	] as const)('writes %s with its own plurals, note label and date', (locale, labels, phases, progress, note, formattedDate) => {
		const markdown = toMarkdown(checklist([...labels], [...phases]), state, exportStrings(locale), locale, date);
		const lines = markdown.split('\n');
		expect(lines[2]).toContain(formattedDate);
		expect(lines[2]).toContain('https://atlas.example.org/en/checklists/partnership-action-map/');
		expect(lines[4]).toBe(progress[0]);
		expect(lines).toContain(`## ${phases[0]}`);
		expect(lines).toContain(`## ${phases[1]}`);
		expect(lines).toContain(progress[1]);
		expect(lines).toContain(progress[2]);
		expect(lines).toContain(`- [x] ${labels[0]}`);
		expect(lines).toContain(`- [ ] ${labels[1]}`);
		expect(lines.slice(-3, -1)).toEqual([`- [ ] ${labels[2]}`, `  - ${note}`]);
		expect(markdown).not.toMatch(/\{\{|\}\}/);
	});

	it('escapes Markdown syntax in labels and notes', () => {
		const noted = setNote(emptyState(ids), 'map-organisations', '*urgent* see [minutes](x)');
		const markdown = toMarkdown(checklist(['Use <b>tags</b> & #hash', 'b', 'c'], ['P1', 'P2']), noted, exportStrings('en'), 'en', date);
		expect(markdown).toContain('- [ ] Use \\<b\\>tags\\</b\\> & \\#hash');
		expect(markdown).toContain('  - Note: \\*urgent\\* see \\[minutes\\](x)');
	});

	it('names the download after the slug and the date', () => {
		expect(exportFileName('partnership-action-map', date)).toBe('partnership-action-map-2026-11-23.md');
	});
});

describe('handout line', () => {
	it('names the site, the address and the day, in the page language', async () => {
		const { handoutLine } = await import('../../src/client/checklist-state.ts');
		const day = new Date('2026-12-02T10:00:00Z');
		expect(handoutLine('{{site}} · {{url}} · printed on {{date}}', 'Cooperation Atlas', 'https://atlas.example.org/en/checklists/x/', 'en', day)).toBe(
			'Cooperation Atlas · https://atlas.example.org/en/checklists/x/ · printed on 2 December 2026',
		);
		expect(handoutLine('{{site}} · {{url}} · nyomtatva: {{date}}', 'Együttműködési Atlasz', 'https://a/hu/', 'hu', day)).toBe(
			'Együttműködési Atlasz · https://a/hu/ · nyomtatva: 2026. december 2.',
		);
	});
});
