/**
 * A reader's progress through one checklist: which items are ticked and the
 * short note they typed for each. Pure functions only; the island reads and
 * writes `localStorage` and calls these.
 *
 * Progress is keyed by checklist slug and item id, never by locale, so the
 * same ticks show up when the reader switches language.
 */
import { dateFormat, pluralRules } from '../shared/intl.ts';

/** Bump when the stored shape changes, and teach `migrate` the old shape. */
export const storageVersion = 1;
/** Notes are meant for a name or a date; a cap keeps storage and the handout tidy. */
export const noteMaxLength = 300;

export interface ItemState {
	done: boolean;
	note: string;
}

/** State of every item the current content has, by item id. */
export type ChecklistState = Record<string, ItemState>;

/**
 * What came out of storage: `empty` (nothing stored), `ok`, or `unreadable`
 * (stored in a format this version does not understand; the reader is told
 * once and the checklist starts empty).
 */
export type LoadStatus = 'empty' | 'ok' | 'unreadable';

export interface Loaded {
	state: ChecklistState;
	status: LoadStatus;
}

/** The localStorage key for a checklist: its slug, which never changes once published. */
export function storageKey(slug: string): string {
	return `cooperation-atlas:checklist:${slug}`;
}

export function emptyState(itemIds: readonly string[]): ChecklistState {
	return Object.fromEntries(itemIds.map((id) => [id, { done: false, note: '' }]));
}

/** Trims a typed note to one line of at most `noteMaxLength` characters. */
export function cleanNote(note: string): string {
	return note.replace(/\s+/g, ' ').trimStart().slice(0, noteMaxLength);
}

/** The stored form: only items with a tick or a note, so untouched items cost nothing. */
interface StoredV1 {
	version: 1;
	items: Record<string, { done?: boolean; note?: string }>;
}

export function serialise(state: ChecklistState): string {
	const items: StoredV1['items'] = {};
	for (const [id, item] of Object.entries(state)) {
		const note = item.note.trim();
		if (!item.done && !note) continue;
		items[id] = { ...(item.done ? { done: true } : {}), ...(note ? { note } : {}) };
	}
	const stored: StoredV1 = { version: storageVersion, items };
	return JSON.stringify(stored);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings any stored shape this code knows to the current one, or returns
 * undefined for anything else (a newer version, another program's data, a
 * hand-edited value).
 */
function migrate(value: unknown): StoredV1 | undefined {
	if (!isRecord(value)) return undefined;
	switch (value.version) {
		case 1: {
			if (!isRecord(value.items)) return undefined;
			const items: [string, { done: boolean; note: string }][] = [];
			for (const [id, raw] of Object.entries(value.items)) {
				if (!isRecord(raw)) return undefined;
				if (raw.done !== undefined && typeof raw.done !== 'boolean') return undefined;
				if (raw.note !== undefined && typeof raw.note !== 'string') return undefined;
				items.push([id, { done: raw.done === true, note: raw.note ?? '' }]);
			}
			// fromEntries defines own properties, so an id such as "__proto__" stays a plain key.
			return { version: 1, items: Object.fromEntries(items) };
		}
		default:
			return undefined;
	}
}

/**
 * Reads stored progress for the items the checklist has now: ids the content
 * no longer has are ignored, items added since start unticked, and a value
 * that cannot be read is reported as `unreadable` instead of breaking the page.
 */
export function parseStored(raw: string | null | undefined, itemIds: readonly string[]): Loaded {
	const state = emptyState(itemIds);
	if (raw === null || raw === undefined || raw === '') return { state, status: 'empty' };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { state, status: 'unreadable' };
	}
	const stored = migrate(value);
	if (!stored) return { state, status: 'unreadable' };
	for (const [id, item] of Object.entries(stored.items)) {
		if (!Object.hasOwn(state, id)) continue;
		state[id] = { done: item.done === true, note: cleanNote(item.note ?? '').trim() };
	}
	return { state, status: 'ok' };
}

export function setDone(state: ChecklistState, id: string, done: boolean): ChecklistState {
	const item = Object.hasOwn(state, id) ? state[id] : undefined;
	if (!item) return state;
	return { ...state, [id]: { ...item, done } };
}

export function setNote(state: ChecklistState, id: string, note: string): ChecklistState {
	const item = Object.hasOwn(state, id) ? state[id] : undefined;
	if (!item) return state;
	return { ...state, [id]: { ...item, note: cleanNote(note) } };
}

export interface Progress {
	done: number;
	total: number;
}

export function progressOf(state: ChecklistState, itemIds: readonly string[]): Progress {
	return { done: itemIds.filter((id) => state[id]?.done).length, total: itemIds.length };
}

/** Plural forms of one string by CLDR category (`one`, `few`, `other`…), as in the UI string files. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/** Fills `{{name}}` placeholders, the way i18next does for UI strings. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Picks the plural form for `count` in `locale` and fills it. The island uses
 * this instead of i18next to stay small; the forms come from the same UI
 * string files, which the build checks for every category a locale needs.
 */
export function plural(forms: PluralForms, locale: string, count: number, values: Record<string, string | number> = {}): string {
	const category = pluralRules(locale).select(count);
	const template = forms[category] ?? forms.other ?? '';
	return fill(template, { count, ...values });
}

/** Progress as a sentence in the reader's language, e.g. "4 of 11 items done". */
export function progressText(forms: PluralForms, locale: string, progress: Progress): string {
	return plural(forms, locale, progress.total, { done: progress.done });
}

/** What the Markdown export needs to know about the checklist, in the page's language. */
export interface ExportChecklist {
	title: string;
	/** The page's absolute address, so the handout leads back to the source. */
	url: string;
	phases: { id: string; heading: string; items: { id: string; label: string }[] }[];
}

/** Translated strings for the export (the page passes them from the UI string files). */
export interface ExportStrings {
	progress: PluralForms;
	/** e.g. "Note: {{note}}" */
	note: string;
	/** e.g. "From {{url}}, saved on {{date}}." */
	source: string;
}

/** Characters that would turn a label or note into Markdown syntax. */
function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * The checklist with ticks and notes as Markdown task lists, ready to paste
 * into minutes or an e-mail.
 */
export function toMarkdown(checklist: ExportChecklist, state: ChecklistState, strings: ExportStrings, locale: string, date: Date): string {
	const allIds = checklist.phases.flatMap((phase) => phase.items.map((item) => item.id));
	const formattedDate = dateFormat(locale, { dateStyle: 'long' }).format(date);
	const lines = [
		`# ${escapeMarkdown(checklist.title)}`,
		'',
		fill(strings.source, { url: checklist.url, date: formattedDate }),
		'',
		progressText(strings.progress, locale, progressOf(state, allIds)),
	];
	for (const phase of checklist.phases) {
		const ids = phase.items.map((item) => item.id);
		lines.push('', `## ${escapeMarkdown(phase.heading)}`, '', progressText(strings.progress, locale, progressOf(state, ids)), '');
		for (const item of phase.items) {
			const itemState = state[item.id];
			lines.push(`- [${itemState?.done ? 'x' : ' '}] ${escapeMarkdown(item.label)}`);
			const note = itemState?.note.trim();
			if (note) lines.push(`  - ${fill(strings.note, { note: escapeMarkdown(note) })}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/** File name for the download: the slug and the date, e.g. `partnership-action-map-2026-11-23.md`. */
export function exportFileName(slug: string, date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${slug}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.md`;
}

/** The line a printed handout carries at its top: site, page address and the day it was printed. */
export function handoutLine(template: string, site: string, url: string, locale: string, date: Date): string {
	return fill(template, { site, url, date: dateFormat(locale, { dateStyle: 'long' }).format(date) });
}
