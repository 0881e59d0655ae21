// @vitest-environment happy-dom
import { hydrate, render } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChecklistIsland, { type ChecklistIslandProps, type IslandStrings } from '../../src/components/ChecklistIsland.tsx';
import { pluralCategories } from '../../src/shared/ui-strings.ts';
import { storageKey } from '../../src/client/checklist-state.ts';
import { uiStrings } from '../helpers/content.ts';

/** Props as ChecklistView.astro builds them: raw UI strings of one locale. */
function islandStrings(locale: string): IslandStrings {
	const strings = uiStrings[locale]!.checklist as Record<string, string>;
	const progress = Object.fromEntries(pluralCategories(locale).map((c) => [c, strings[`progress_${c}`]!]));
	return { ...strings, progress } as unknown as IslandStrings;
}

function props(overrides: Partial<ChecklistIslandProps> = {}): ChecklistIslandProps {
	return {
		slug: 'partnership-action-map',
		locale: 'en',
		title: 'Action map',
		site: 'Cooperation Atlas',
		strings: islandStrings(overrides.locale ?? 'en'),
		phases: [
			{
				id: 'preparation',
				number: 'Phase 1',
				title: 'Preparation',
				items: [
					{ id: 'map-organisations', label: 'Map organisations', help: 'Help.', links: [{ href: '/en/methods/round-table/', title: 'Round table' }] },
					{ id: 'name-coordinator', label: 'Name a coordinator', links: [] },
				],
			},
			{
				id: 'contacting',
				number: 'Phase 2',
				title: 'Contacting',
				items: [{ id: 'first-meeting', label: 'Hold a first meeting', links: [{ href: '/en/legal-forms/grant-route/', title: 'Grant route' }] }],
			},
		],
		...overrides,
	};
}

const key = storageKey('partnership-action-map');
let container: HTMLElement;

/** A Storage that records every write, installed as window.localStorage for each test. */
class RecordingStorage implements Storage {
	private data = new Map<string, string>();
	writes: string[] = [];
	get length() {
		return this.data.size;
	}
	key(index: number) {
		return [...this.data.keys()][index] ?? null;
	}
	getItem(k: string) {
		return this.data.get(k) ?? null;
	}
	setItem(k: string, value: string) {
		this.writes.push(`set ${k}`);
		this.data.set(k, String(value));
	}
	removeItem(k: string) {
		this.writes.push(`remove ${k}`);
		this.data.delete(k);
	}
	clear() {
		this.data.clear();
	}
}
let localStorage: RecordingStorage;
function installStorage(get: () => Storage) {
	Object.defineProperty(window, 'localStorage', { configurable: true, get });
}

/** What Astro does: server-render, put the HTML in the page, hydrate it in the browser. */
async function mount(p = props()) {
	container.innerHTML = renderToString(<ChecklistIsland {...p} />);
	const serverHtml = container.innerHTML;
	const firstBox = container.querySelector('input[type=checkbox]');
	hydrate(<ChecklistIsland {...p} />, container);
	const htmlAtHydration = container.innerHTML;
	await settle();
	return { serverHtml, htmlAtHydration, firstBox };
}

/** Preact batches state updates; let them run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const box = (id: string) => $<HTMLInputElement>(`#item-${id}`);
const button = (text: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === text)!;
const liveRegion = () => $('[aria-live=polite]');

beforeEach(() => {
	localStorage = new RecordingStorage();
	const storage = localStorage;
	installStorage(() => storage);
	container = document.createElement('div');
	document.body.append(container);
});
afterEach(() => {
	render(null, container);
	container.remove();
	vi.restoreAllMocks();
});

describe('server rendering (no JavaScript)', () => {
	const html = renderToString(<ChecklistIsland {...props()} />);
	const doc = new DOMParser().parseFromString(html, 'text/html');

	it('shows every phase and item as labelled checkboxes in fieldsets', () => {
		expect([...doc.querySelectorAll('fieldset > legend')].map((l) => l.textContent)).toEqual(['Phase 1 Preparation', 'Phase 2 Contacting']);
		const boxes = [...doc.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
		expect(boxes.map((b) => doc.querySelector(`label[for="${b.id}"]`)?.textContent)).toEqual([
			'Map organisations',
			'Name a coordinator',
			'Hold a first meeting',
		]);
		expect(boxes.every((b) => !b.checked)).toBe(true);
		expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/en/methods/round-table/', '/en/legal-forms/grant-route/']);
	});

	it('is honest that nothing is saved and offers no working buttons', () => {
		expect(doc.querySelector('.checklist-device')?.textContent).toBe(islandStrings('en').noJs);
		expect([...doc.querySelectorAll('.tool-buttons button')].slice(0, 3).every((b) => b.hasAttribute('disabled'))).toBe(true);
		expect(doc.querySelector('.checklist')?.getAttribute('data-ready')).toBe('false');
	});

	it('labels every note field and progress bar', () => {
		for (const input of doc.querySelectorAll('input[type=text]')) expect(doc.querySelector(`label[for="${input.id}"]`)?.textContent).toMatch(/^Note \(.+\)$/);
		expect([...doc.querySelectorAll('progress')].map((p) => p.getAttribute('aria-label'))).toEqual([
			'Progress in the whole checklist',
			'Progress: Preparation',
			'Progress: Contacting',
		]);
		expect(doc.querySelector('#checklist-total-text')?.textContent).toBe('0 of 3 items done');
	});

	it('uses no inline styles or inline event handlers (Content Security Policy)', () => {
		expect(html).not.toMatch(/\sstyle=/);
		expect(html).not.toMatch(/\son[a-z]+=/i);
	});
});

describe('hydration', () => {
	it('reuses the server markup unchanged, then shows saved progress', async () => {
		localStorage.setItem(key, JSON.stringify({ version: 1, items: { 'name-coordinator': { done: true, note: 'Anna' } } }));
		const { serverHtml, htmlAtHydration, firstBox } = await mount();
		expect(htmlAtHydration).toBe(serverHtml);
		expect(container.querySelector('input[type=checkbox]')).toBe(firstBox);
		expect(box('name-coordinator').checked).toBe(true);
		expect(box('map-organisations').checked).toBe(false);
		expect($<HTMLInputElement>('#note-name-coordinator').value).toBe('Anna');
		expect($('#checklist-total-text').textContent).toBe('1 of 3 items done');
		expect($('#phase-preparation-progress').textContent).toBe('1 of 2 items done');
		expect($<HTMLProgressElement>('.checklist-progress progress').value).toBe(1);
		expect($('.checklist-device').textContent).toBe(islandStrings('en').device);
		expect(button('Clear my progress').disabled).toBe(false);
	});

	it('writes to storage only when the reader acts, not when the page loads', async () => {
		localStorage.setItem(key, JSON.stringify({ version: 1, items: { 'first-meeting': { done: true } } }));
		localStorage.writes = [];
		await mount();
		expect(box('first-meeting').checked).toBe(true);
		expect(localStorage.writes).toEqual([]);
		box('first-meeting').click();
		await settle();
		expect(localStorage.writes).toEqual([`set ${key}`]);
	});
});

describe('ticking and notes', () => {
	it('saves a tick under the slug and announces the progress politely', async () => {
		await mount();
		box('first-meeting').click();
		await settle();
		expect(JSON.parse(localStorage.getItem(key)!)).toEqual({ version: 1, items: { 'first-meeting': { done: true } } });
		expect(liveRegion().textContent).toBe('Contacting: 1 of 1 item done. In total: 1 of 3 items done.');
		expect($('#phase-contacting-progress').textContent).toBe('1 of 1 item done');
		expect(box('first-meeting').closest('li')!.classList.contains('done')).toBe(true);
		box('first-meeting').click();
		await settle();
		expect(JSON.parse(localStorage.getItem(key)!).items).toEqual({});
		expect(liveRegion().textContent).toBe('Contacting: 0 of 1 item done. In total: 0 of 3 items done.');
	});

	it('saves a typed note', async () => {
		await mount();
		const note = $<HTMLInputElement>('#note-map-organisations');
		note.value = 'Béla, by Friday';
		note.dispatchEvent(new Event('input', { bubbles: true }));
		await settle();
		expect(JSON.parse(localStorage.getItem(key)!).items).toEqual({ 'map-organisations': { note: 'Béla, by Friday' } });
	});

	it('keeps other tabs in step', async () => {
		await mount();
		const newValue = JSON.stringify({ version: 1, items: { 'map-organisations': { done: true } } });
		window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
		await settle();
		expect(box('map-organisations').checked).toBe(true);
	});
});

describe('saved progress that cannot be read', () => {
	it('starts empty, says so once and drops the old value only when the reader dismisses the notice', async () => {
		localStorage.setItem(key, '{"version":99}');
		await mount();
		expect($('.checklist-notice').textContent).toContain(islandStrings('en').unreadable);
		expect($('.checklist-notice').getAttribute('role')).toBe('status');
		expect(container.querySelectorAll('input[type=checkbox]:checked')).toHaveLength(0);
		expect(localStorage.getItem(key)).toBe('{"version":99}');
		button('OK').click();
		await settle();
		expect(container.querySelector('.checklist-notice')).toBeNull();
		expect(localStorage.getItem(key)).toBeNull();
	});

	it('hides the notice once the reader saves new progress over it', async () => {
		localStorage.setItem(key, 'not json');
		await mount();
		box('map-organisations').click();
		await settle();
		expect(container.querySelector('.checklist-notice')).toBeNull();
		expect(JSON.parse(localStorage.getItem(key)!).version).toBe(1);
	});

	it('keeps working in memory where the browser blocks storage', async () => {
		installStorage(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		await mount();
		expect($('.checklist-notice').textContent).toContain(islandStrings('en').storageBlocked);
		box('map-organisations').click();
		await settle();
		expect(box('map-organisations').checked).toBe(true);
		expect($('#checklist-total-text').textContent).toBe('1 of 3 items done');
	});
});

describe('clearing progress', () => {
	beforeEach(() => localStorage.setItem(key, JSON.stringify({ version: 1, items: { 'map-organisations': { done: true, note: 'x' } } })));

	it('asks first, in the page, and moves focus to the question', async () => {
		await mount();
		const clear = button('Clear my progress');
		expect($('#checklist-clear-confirm').hidden).toBe(true);
		expect(clear.getAttribute('aria-expanded')).toBe('false');
		clear.click();
		await settle();
		expect($('#checklist-clear-confirm').hidden).toBe(false);
		expect(clear.getAttribute('aria-expanded')).toBe('true');
		expect(document.activeElement?.textContent).toBe(islandStrings('en').clearConfirm);
	});

	it('keeps everything when the reader cancels (button or Escape)', async () => {
		await mount();
		button('Clear my progress').click();
		await settle();
		button('Keep my progress').click();
		await settle();
		expect($('#checklist-clear-confirm').hidden).toBe(true);
		expect(document.activeElement).toBe(button('Clear my progress'));
		button('Clear my progress').click();
		await settle();
		$('#checklist-clear-confirm p').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		await settle();
		expect($('#checklist-clear-confirm').hidden).toBe(true);
		expect(box('map-organisations').checked).toBe(true);
		expect(localStorage.getItem(key)).not.toBeNull();
	});

	it('clears ticks, notes and storage after confirmation', async () => {
		await mount();
		button('Clear my progress').click();
		await settle();
		button('Yes, clear everything').click();
		await settle();
		expect(localStorage.getItem(key)).toBeNull();
		expect(box('map-organisations').checked).toBe(false);
		expect($<HTMLInputElement>('#note-map-organisations').value).toBe('');
		expect(liveRegion().textContent).toBe(islandStrings('en').cleared);
		expect(document.activeElement).toBe(button('Clear my progress'));
	});
});

describe('taking it away', () => {
	it('downloads the checklist as Markdown with ticks and notes', async () => {
		localStorage.setItem(key, JSON.stringify({ version: 1, items: { 'map-organisations': { done: true }, 'first-meeting': { note: 'Town hall' } } }));
		let blob: Blob | undefined;
		vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
			blob = b as Blob;
			return 'blob:checklist';
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
		const clicked: HTMLAnchorElement[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			clicked.push(this);
		});
		await mount();
		button('Download as Markdown').click();
		expect(clicked).toHaveLength(1);
		expect(clicked[0]!.download).toMatch(/^partnership-action-map-\d{4}-\d{2}-\d{2}\.md$/);
		expect(clicked[0]!.getAttribute('href')).toBe('blob:checklist');
		expect(clicked[0]!.isConnected).toBe(false);
		const text = await blob!.text();
		expect(text).toContain('# Action map');
		expect(text).toContain('## Phase 1: Preparation');
		expect(text).toContain('- [x] Map organisations');
		expect(text).toContain('- [ ] Hold a first meeting\n  - Note: Town hall');
	});

	it('prints with the browser print dialog', async () => {
		const print = vi.fn();
		window.print = print;
		await mount();
		button('Print handout').click();
		expect(print).toHaveBeenCalledOnce();
	});
});

describe('languages', () => {
	it('uses the page language for progress and controls', async () => {
		const p = props({ locale: 'lt' });
		await mount(p);
		box('map-organisations').click();
		await settle();
		expect($('#checklist-total-text').textContent).toBe('Atlikta: 1 iš 3 punktų');
		expect(button('Ištrinti mano pažangą')).toBeTruthy();
	});

	it('marks the language of fallback content and of the controls', async () => {
		await mount(props({ locale: 'hu', contentLang: 'en' }));
		expect($('.checklist').getAttribute('lang')).toBe('hu');
		expect($('label[for=item-map-organisations]').getAttribute('lang')).toBe('en');
		expect($('.phase-title').getAttribute('lang')).toBe('en');
		expect($('label[for=note-map-organisations]').hasAttribute('lang')).toBe(false);
	});

	it('sets no lang attributes when the content is in the page language', async () => {
		await mount();
		expect(container.querySelectorAll('[lang]')).toHaveLength(0);
	});
});
