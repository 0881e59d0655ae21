import { createTranslator, type UiKey } from '../shared/i18n.ts';
import type { UiStrings } from '../shared/ui-strings.ts';
import { sentenceExcerpt } from './search-excerpt.ts';

/**
 * The search page's script. It runs only on that page and loads Pagefind's
 * bundle (pagefind.js, the locale's index) on first use, so content pages ship
 * no search code. All markup is created with DOM methods: no inline styles or
 * handlers, so a strict Content-Security-Policy holds (Pagefind itself needs
 * 'wasm-unsafe-eval').
 */

/** The parts of Pagefind's JS API we use (pagefind.app/docs/api). */
interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text and the word positions of the matches in it. */
	content?: string;
	locations?: number[];
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}
type FilterCounts = Record<string, Record<string, number> | undefined>;
interface PagefindResponse {
	results: PagefindResult[];
	/** For each filter value, how many results would have it (given the filters searched with). */
	filters: FilterCounts;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
	options(options: { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string }): Promise<void>;
	init(): Promise<void>;
	/** Fetches what a search would need without running it: here, one filter's index. */
	preload(term: string | null, options: { filters: PagefindFilters }): Promise<void>;
	search(term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

// Each shown result costs one fragment request (~2 KB): ten keep the first query light.
const pageSize = 10;
const typingDelay = 200;

export async function startSearch(root: HTMLElement): Promise<void> {
	const locale = root.dataset.locale!;
	const base = root.dataset.base!;
	const bundle = root.dataset.bundle!;
	const t = createTranslator(locale, { [locale]: JSON.parse(root.dataset.strings!) as UiStrings });
	const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const clear = form.querySelector<HTMLButtonElement>('[data-search-clear]')!;
	const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
	const filterGroups = [...filterPanel.querySelectorAll<HTMLDetailsElement>('[data-filter-group]')];
	// Labels of filter values, to name each result's country and themes.
	const valueLabels = new Map(boxes.map((box) => [`${box.name}:${box.value}`, box.dataset.label ?? box.value]));

	// With the script running, the search form replaces the "needs JavaScript" note.
	root.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
	form.hidden = false;

	// The address holds the search (?q=…&theme=…), so results can be bookmarked and the header form lands here.
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
	// Folded on a phone, so the results come first; open on a wide screen and when the address chose filters.
	if (boxes.some((box) => box.checked) || matchMedia('(min-width: 62rem)').matches) filterPanel.open = true;
	// A filter the address chose shows its values; the others stay folded until opened.
	for (const group of filterGroups) group.open = group.querySelector('input:checked') !== null;

	let pagefind: Promise<Pagefind> | undefined;
	const load = () =>
		(pagefind ??= (async () => {
			const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
			// Result URLs are site paths; the base path makes them work from a sub-folder.
			await loaded.options({ baseUrl: base, excerptLength: 24, excerptEllipsis: '…' });
			await loaded.init();
			return loaded;
		})().catch((error: unknown) => {
			// A failed load (e.g. the connection dropped) is tried again on the next search.
			pagefind = undefined;
			throw error;
		}));

	/**
	 * Pagefind keeps one index per filter, and counts only the filters whose
	 * index it has loaded. Each filter's index is fetched when its group is
	 * first shown (the panel and the group both open), so the first search
	 * fetches none: at 14,450 pages they are 45 of the 192 KB it used to fetch.
	 */
	const groupIndexes = new Map<string, Promise<void>>();
	function loadGroupIndex(api: Pagefind, name: string): Promise<void> {
		let loading = groupIndexes.get(name);
		if (!loading) {
			loading = api.preload(null, { filters: { [name]: { any: [] } } }).catch((error: unknown) => {
				// Tried again when next shown.
				groupIndexes.delete(name);
				throw error;
			});
			groupIndexes.set(name, loading);
		}
		return loading;
	}
	const shownGroups = () => (filterPanel.open ? filterGroups.filter((group) => group.open).map((group) => group.dataset.filterGroup!) : []);

	/** Shows the counts of the groups on screen; `counts` are a search's, and hold only the filters whose index was loaded before it ran. */
	async function refreshCounts(api: Pagefind, id: number, query: string, filters: PagefindFilters, counts?: FilterCounts) {
		const shown = shownGroups();
		if (shown.length === 0) return;
		await Promise.all(shown.map((name) => loadGroupIndex(api, name)));
		const current = counts && shown.every((name) => counts[name]) ? counts : ((await api.search(query || null, { filters }))?.filters ?? {});
		if (id === generation) await showCounts(api, id, query, filters, current, shown);
	}
	for (const details of [filterPanel, ...filterGroups]) {
		details.addEventListener('toggle', () => {
			if (!details.open) return;
			const id = generation;
			void load()
				.then((api) => refreshCounts(api, id, input.value.trim(), chosenFilters()))
				.catch((error: unknown) => console.error(error));
		});
	}

	const counters = new Map(boxes.map((box) => [box, box.parentElement!.querySelector<HTMLElement>('[data-count]')!]));
	const formatCount = new Intl.NumberFormat(locale);

	/**
	 * Shows next to each filter value how many results it would give. Values of
	 * one filter add up (any of), so a filter with ticked values is counted as
	 * if its own choice were not made; every other filter is counted within the
	 * current results.
	 */
	async function showCounts(api: Pagefind, id: number, query: string, filters: PagefindFilters, counts: FilterCounts, shown: string[]) {
		const byFilter: FilterCounts = { ...counts };
		for (const name of Object.keys(filters)) {
			if (!shown.includes(name)) continue;
			const others = { ...filters };
			delete others[name];
			byFilter[name] = (await api.search(query || null, { filters: others }))?.filters[name];
		}
		if (id !== generation) return;
		for (const [box, counter] of counters) {
			if (!shown.includes(box.name)) continue;
			const count = byFilter[box.name]?.[box.value] ?? 0;
			counter.textContent = `(${formatCount.format(count)})`;
			// A value that would give nothing cannot be chosen (a chosen one can always be taken back). The box that has
			// the focus stays enabled: a group's counts come in after it opens, and disabling it would drop the keyboard's place.
			box.disabled = count === 0 && !box.checked && document.activeElement !== box;
		}
	}

	let generation = 0;
	let pending: PagefindResult[] = [];

	function chosenFilters(): PagefindFilters {
		const filters: PagefindFilters = {};
		for (const box of boxes) {
			if (!box.checked) continue;
			filters[box.name] ??= { any: [] };
			filters[box.name]!.any.push(box.value);
		}
		return filters;
	}

	function remember(query: string, filters: PagefindFilters) {
		const next = new URLSearchParams();
		if (query) next.set('q', query);
		for (const [name, { any }] of Object.entries(filters)) for (const value of any) next.append(name, value);
		const search = next.toString();
		history.replaceState(null, '', search ? `?${search}` : location.pathname);
	}

	async function run() {
		const id = ++generation;
		const query = input.value.trim();
		const filters = chosenFilters();
		remember(query, filters);
		list.replaceChildren();
		// Busy until results and filter counts are in: assistive technology waits, and so can tests.
		list.setAttribute('aria-busy', 'true');
		more.hidden = true;
		const idle = !query && Object.keys(filters).length === 0;
		status.textContent = idle ? t('search.prompt') : t('search.loading');
		try {
			const api = await load();
			// Nothing asked yet: the filters show how many entries each value has in all.
			if (idle) {
				await refreshCounts(api, id, query, filters);
				return;
			}
			// Without a query Pagefind lists every page that matches the filters; sorted by title they read like a list page.
			const response = await api.search(query || null, { filters, sort: query ? undefined : { title: 'asc' } });
			if (id !== generation || !response) return;
			pending = response.results;
			const count = pending.length;
			await showMore(id, false);
			if (id !== generation) return;
			// The count is announced once the results it describes are on the page.
			if (count === 0) status.textContent = query ? t('search.noResults', { query }) : t('search.noMatches');
			else status.textContent = query ? t('search.results', { count, query }) : t('search.matches', { count });
			await refreshCounts(api, id, query, filters, response.filters);
		} catch (error) {
			if (id !== generation) return;
			console.error(error);
			status.replaceChildren(t('search.failed'), ' ', link('#browse', t('search.browse')));
		} finally {
			if (id === generation) list.setAttribute('aria-busy', 'false');
		}
	}

	async function showMore(id: number, focus: boolean) {
		const batch = pending.slice(0, pageSize);
		pending = pending.slice(pageSize);
		const items = await Promise.all(batch.map((result) => result.data()));
		if (id !== generation) return;
		const rendered = items.map((data) => resultItem(data, !input.value.trim()));
		list.append(...rendered);
		more.hidden = pending.length === 0;
		// After "show more", keyboard users continue at the first new result.
		if (focus) rendered[0]?.querySelector('a')?.focus();
	}

	function resultItem(data: PagefindResultData, filterOnly: boolean): HTMLLIElement {
		const item = document.createElement('li');
		const heading = document.createElement('h3');
		heading.append(link(data.url, data.meta.title ?? data.url));
		const type = data.filters.type?.[0];
		const kind = document.createElement('p');
		kind.className = 'meta';
		// At a glance: what it is, where, and on what. The type filter holds an entry type id, which names a key of en.json.
		const labels = (name: string) => (data.filters[name] ?? []).map((value) => valueLabels.get(`${name}:${value}`) ?? value);
		// A scenario says so in every list it appears in, search results included.
		const scenario = data.filters.evidence?.includes('scenario') ? labels('evidence').join(', ') : '';
		kind.textContent = [type ? t(`types.${type}.singular` as UiKey) : t('site.glossary'), scenario, labels('country').join(', '), labels('theme').join(', ')]
			.filter(Boolean)
			.join(' · ');
		const text = document.createElement('p');
		text.className = 'excerpt';
		// Browsing by filter shows the summary; a query shows where the words matched, from the start of that sentence.
		if (filterOnly && data.meta.summary) text.textContent = data.meta.summary;
		else text.append(...excerptNodes(data));
		item.append(heading, kind, text);
		if (type === 'case') {
			const result = document.createElement('p');
			result.className = 'result';
			const label = document.createElement('strong');
			label.textContent = `${t('facts.result')}:`;
			result.append(label, ' ', data.meta.result ?? t('facts.noResult'));
			item.append(result);
		}
		return item;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), typingDelay);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	for (const box of boxes) box.addEventListener('change', () => void run());
	clear.addEventListener('click', () => {
		for (const box of boxes) box.checked = false;
		void run();
	});
	more.addEventListener('click', () => void showMore(generation, true));
	await run();
}

function link(href: string, text: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = text;
	return a;
}

function excerptNodes(data: PagefindResultData): Node[] {
	const parts = data.content && data.locations ? sentenceExcerpt(data.content, data.locations) : undefined;
	if (!parts) return pagefindExcerpt(data.excerpt);
	return parts.map((part) => {
		if (!part.mark) return document.createTextNode(part.text);
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		return mark;
	});
}

/** Pagefind's excerpt is escaped text with <mark> around matches; keep exactly that and nothing else. */
function pagefindExcerpt(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
	return [...(parsed?.childNodes ?? [])].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}
