import { Component, Fragment, createRef } from 'preact';
import {
	emptyState,
	fill,
	exportFileName,
	handoutLine,
	noteMaxLength,
	parseStored,
	progressOf,
	progressText,
	serialise,
	setDone,
	setNote,
	storageKey,
	toMarkdown,
	type ChecklistState,
	type PluralForms,
	type Progress,
} from '../client/checklist-state.ts';

/**
 * The interactive checklist. Astro renders it on the server (so the page is
 * complete without JavaScript) and hydrates the same markup in the browser;
 * only then is saved progress read, so the first client render matches the
 * server's exactly. A class component because Preact's hooks module would
 * cost another kilobyte of the island's 10 KB budget.
 */

export interface IslandLink {
	href: string;
	title: string;
	/** Set when the linked entry is shown in another language than the page. */
	lang?: string;
}

export interface IslandItem {
	id: string;
	label: string;
	help?: string;
	links: IslandLink[];
}

export interface IslandPhase {
	id: string;
	/** "Phase 1" in the page language. */
	number: string;
	title: string;
	description?: string;
	items: IslandItem[];
}

/** UI strings from `checklist.*`, already picked for the page's locale. */
export interface IslandStrings {
	noJs: string;
	device: string;
	intro: string;
	progressHeading: string;
	progress: PluralForms;
	overallLabel: string;
	phaseLabel: string;
	announce: string;
	links: string;
	note: string;
	tools: string;
	print: string;
	export: string;
	clear: string;
	clearConfirm: string;
	clearYes: string;
	clearNo: string;
	cleared: string;
	unreadable: string;
	dismiss: string;
	storageBlocked: string;
	exportNote: string;
	exportSource: string;
	handout: string;
}

export interface ChecklistIslandProps {
	slug: string;
	/** The page's locale: UI strings and plural rules. */
	locale: string;
	/** Language of titles and labels when the page shows a fallback translation. */
	contentLang?: string;
	title: string;
	/** The site's name, for the printed handout. */
	site: string;
	phases: IslandPhase[];
	strings: IslandStrings;
}

interface IslandState {
	items: ChecklistState;
	/** False until saved progress has been read in the browser (and always on the server). */
	ready: boolean;
	notice?: 'unreadable' | 'storageBlocked';
	confirming: boolean;
	/** Text of the polite live region. */
	announcement: string;
	/** Site, address and date at the top of the printed handout (set in the browser, where the address and today are known). */
	handout?: string;
}

/** localStorage, or undefined where the browser forbids it (privacy settings, sandboxed frames). */
function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

export default class ChecklistIsland extends Component<ChecklistIslandProps, IslandState> {
	private itemIds = this.props.phases.flatMap((phase) => phase.items.map((item) => item.id));
	private key = storageKey(this.props.slug);
	private clearButton = createRef<HTMLButtonElement>();
	private confirmText = createRef<HTMLParagraphElement>();
	private root = createRef<HTMLDivElement>();
	override state: IslandState = { items: emptyState(this.itemIds), ready: false, confirming: false, announcement: '' };

	// Read saved progress once the server markup is hydrated; write only what the reader typed before that.
	override componentDidMount() {
		let raw: string | null = null;
		let blocked = false;
		try {
			const store = storage();
			if (store) raw = store.getItem(this.key);
			else blocked = true;
		} catch {
			blocked = true;
		}
		const loaded = parseStored(raw, this.itemIds);
		const notice = blocked ? 'storageBlocked' : loaded.status === 'unreadable' ? 'unreadable' : undefined;
		const typed = this.typedBeforeReady(loaded.state);
		if (typed) {
			this.setState({ ready: true });
			this.save(typed, undefined, notice);
		} else this.setState({ items: loaded.state, ready: true, notice });
		window.addEventListener('storage', this.onStorage);
		this.stampHandout();
		window.addEventListener('beforeprint', this.stampHandout);
	}

	override componentWillUnmount() {
		window.removeEventListener('storage', this.onStorage);
		window.removeEventListener('beforeprint', this.stampHandout);
	}

	/** Printed today, from this address: a handout found in a folder later says where it came from. */
	private stampHandout = () => {
		const { strings, site, locale } = this.props;
		this.setState({ handout: handoutLine(strings.handout, site, window.location.origin + window.location.pathname, locale, new Date()) });
	};

	override componentDidUpdate(_: ChecklistIslandProps, previous: IslandState) {
		if (this.state.confirming && !previous.confirming) this.confirmText.current?.focus();
	}

	/** Another tab working on the same checklist: show its changes here too. */
	private onStorage = (event: StorageEvent) => {
		if (event.key === this.key) this.setState({ items: parseStored(event.newValue, this.itemIds).state });
	};

	/**
	 * Ticks and notes the reader made in the server-rendered markup before the
	 * island was ready (on a slow phone that can take seconds). Preact does not
	 * touch `checked` or `value` while hydrating, so they are still in the DOM:
	 * they are adopted over saved progress, never dropped. Undefined when the
	 * reader did nothing yet.
	 */
	private typedBeforeReady(saved: ChecklistState): ChecklistState | undefined {
		const root = this.root.current;
		if (!root) return undefined;
		let items = saved;
		let changed = false;
		for (const id of this.itemIds) {
			const box = root.querySelector<HTMLInputElement>(`input[type=checkbox][name="${CSS.escape(id)}"]`);
			const note = root.querySelector<HTMLInputElement>(`input[type=text][name="${CSS.escape(`note-${id}`)}"]`);
			if (box?.checked) {
				items = setDone(items, id, true);
				changed = true;
			}
			if (note && note.value !== '') {
				items = setNote(items, id, note.value);
				changed = true;
			}
		}
		return changed ? items : undefined;
	}

	/** The only place progress is written: called from the reader's own actions. */
	private save(items: ChecklistState, announcement?: string, current = this.state.notice) {
		let notice = current;
		try {
			storage()?.setItem(this.key, serialise(items));
			if (notice === 'unreadable') notice = undefined;
		} catch {
			notice = 'storageBlocked';
		}
		this.setState({ items, notice, ...(announcement === undefined ? {} : { announcement }) });
	}

	private remove() {
		try {
			storage()?.removeItem(this.key);
		} catch {
			/* storage blocked: nothing was saved that could be removed */
		}
	}

	private text(progress: Progress) {
		return progressText(this.props.strings.progress, this.props.locale, progress);
	}

	private toggle(phase: IslandPhase, id: string, done: boolean) {
		const items = setDone(this.state.items, id, done);
		const { strings } = this.props;
		this.save(
			items,
			fill(strings.announce, {
				phase: phase.title,
				phaseProgress: this.text(
					progressOf(
						items,
						phase.items.map((item) => item.id),
					),
				),
				totalProgress: this.text(progressOf(items, this.itemIds)),
			}),
		);
	}

	/** Dropping unreadable saved progress is the reader's choice, so the notice shows only until then. */
	private dismissNotice = () => {
		if (this.state.notice === 'unreadable') this.remove();
		this.setState({ notice: undefined });
	};

	private clearAll = () => {
		this.remove();
		this.setState({ items: emptyState(this.itemIds), confirming: false, announcement: this.props.strings.cleared });
		this.clearButton.current?.focus();
	};

	private cancelClear = () => {
		this.setState({ confirming: false });
		this.clearButton.current?.focus();
	};

	private download = () => {
		const { slug, locale, title, phases, strings } = this.props;
		const now = new Date();
		const markdown = toMarkdown(
			{
				title,
				// The page's own address only: a query string or fragment someone added to the link is not copied into the handout.
				url: window.location.origin + window.location.pathname,
				phases: phases.map((phase) => ({ id: phase.id, heading: `${phase.number}: ${phase.title}`, items: phase.items })),
			},
			this.state.items,
			{ progress: strings.progress, note: strings.exportNote, source: strings.exportSource },
			locale,
			now,
		);
		const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = exportFileName(slug, now);
		document.body.append(link);
		link.click();
		link.remove();
		// Revoke later: some browsers start the download only after the click handler returns.
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	};

	override render(
		{ slug, locale, contentLang, phases, strings }: ChecklistIslandProps,
		{ items, ready, notice, confirming, announcement, handout }: IslandState,
	) {
		const overall = progressOf(items, this.itemIds);
		return (
			<div class="checklist" ref={this.root} data-checklist={slug} data-ready={String(ready)} lang={contentLang ? locale : undefined}>
				{handout && <p class="handout-source">{handout}</p>}
				<p class="meta checklist-device">{ready ? strings.device : strings.noJs}</p>
				<p class="checklist-intro">{strings.intro}</p>
				{notice && (
					<div class="notice checklist-notice" role="status">
						<p>{strings[notice]}</p>
						{notice === 'unreadable' && (
							<button type="button" class="button" onClick={this.dismissNotice}>
								{strings.dismiss}
							</button>
						)}
					</div>
				)}
				<section class="checklist-progress" aria-labelledby="checklist-progress-heading">
					<h2 id="checklist-progress-heading">{strings.progressHeading}</h2>
					<p class="progress-text" id="checklist-total-text">
						{this.text(overall)}
					</p>
					<progress max={overall.total} value={overall.done} aria-label={strings.overallLabel} aria-describedby="checklist-total-text" />
				</section>
				{phases.map((phase) => {
					const progress = progressOf(
						items,
						phase.items.map((item) => item.id),
					);
					const textId = `phase-${phase.id}-progress`;
					return (
						<fieldset class="phase" id={`phase-${phase.id}`} key={phase.id}>
							<legend>
								<span class="meta">{phase.number}</span>{' '}
								<span class="phase-title" lang={contentLang}>
									{phase.title}
								</span>
							</legend>
							{phase.description && <p lang={contentLang}>{phase.description}</p>}
							<div class="phase-progress" data-pagefind-ignore="">
								<span class="progress-text" id={textId}>
									{this.text(progress)}
								</span>
								<progress max={progress.total} value={progress.done} aria-label={fill(strings.phaseLabel, { phase: phase.title })} aria-describedby={textId} />
							</div>
							<ul class="plain items">
								{phase.items.map((item) => {
									const state = items[item.id] ?? { done: false, note: '' };
									return (
										<li class={state.done ? 'item done' : 'item'} key={item.id}>
											<div class="item-check">
												<input
													type="checkbox"
													id={`item-${item.id}`}
													name={item.id}
													checked={state.done}
													onChange={(event) => this.toggle(phase, item.id, event.currentTarget.checked)}
												/>
												<label for={`item-${item.id}`} lang={contentLang}>
													{item.label}
												</label>
											</div>
											{item.help && (
												<p class="meta item-help" lang={contentLang}>
													{item.help}
												</p>
											)}
											{item.links.length > 0 && (
												<p class="meta item-links">
													{strings.links}:{' '}
													{item.links.map((link, i) => (
														<Fragment key={link.href}>
															{i > 0 && ', '}
															<a href={link.href} lang={link.lang}>
																{link.title}
															</a>
														</Fragment>
													))}
												</p>
											)}
											<div class="item-note" data-pagefind-ignore="">
												<label for={`note-${item.id}`}>
													{strings.note}
													{/* Names the item for screen readers, where every note field would otherwise just be "Note". */}
													<span class="visually-hidden">
														{' ('}
														<span lang={contentLang}>{item.label}</span>)
													</span>
												</label>
												<input
													type="text"
													id={`note-${item.id}`}
													name={`note-${item.id}`}
													maxLength={noteMaxLength}
													autocomplete="off"
													value={state.note}
													onInput={(event) => this.save(setNote(this.state.items, item.id, event.currentTarget.value))}
												/>
											</div>
										</li>
									);
								})}
							</ul>
						</fieldset>
					);
				})}
				<section class="checklist-tools" aria-labelledby="checklist-tools-heading">
					<h2 id="checklist-tools-heading">{strings.tools}</h2>
					<div class="tool-buttons">
						<button type="button" class="button" disabled={!ready} onClick={() => window.print()}>
							{strings.print}
						</button>
						<button type="button" class="button" disabled={!ready} onClick={this.download}>
							{strings.export}
						</button>
						<button
							type="button"
							class="button"
							disabled={!ready}
							ref={this.clearButton}
							aria-expanded={confirming}
							aria-controls="checklist-clear-confirm"
							onClick={() => this.setState({ confirming: true })}
						>
							{strings.clear}
						</button>
					</div>
					{/* biome-ignore lint/a11y/noStaticElementInteractions: Escape pressed on one of its two buttons bubbles up here to cancel; the box itself takes no focus */}
					<div
						id="checklist-clear-confirm"
						class="clear-confirm"
						hidden={!confirming}
						onKeyDown={(event) => {
							if (event.key === 'Escape') this.cancelClear();
						}}
					>
						<p ref={this.confirmText} tabIndex={-1}>
							{strings.clearConfirm}
						</p>
						<div class="tool-buttons">
							<button type="button" class="button danger" onClick={this.clearAll}>
								{strings.clearYes}
							</button>
							<button type="button" class="button" onClick={this.cancelClear}>
								{strings.clearNo}
							</button>
						</div>
					</div>
				</section>
				<p class="visually-hidden" aria-live="polite">
					{announcement}
				</p>
			</div>
		);
	}
}
