/**
 * Translation status from git history: for each entry and locale, whether the
 * translation is missing, up to date, or outdated (the source-language file
 * was committed after the translation). Pure functions; git is read by
 * src/content/git-history.ts.
 */
export type TranslationState = 'source' | 'missing' | 'up-to-date' | 'outdated';

/**
 * Commits whose message contains this marker do not make translations
 * outdated: use it for typo fixes in a source text.
 */
export const skipMarker = '[i18n skip]';

export interface Change {
	/** Commit time in seconds since 1970; Infinity for a file with uncommitted changes. */
	time: number;
	commit?: string;
	subject?: string;
}

/** path → its changes, newest first. */
export type History = Map<string, Change[]>;

/**
 * Parses `git log --name-only --format=%x1e%H%x09%ct%x09%s`: one record per
 * commit, starting with a record separator, then the files it touched.
 */
export function parseGitLog(text: string): History {
	const history: History = new Map();
	for (const record of text.split('\x1e')) {
		const [header, ...files] = record.split('\n');
		if (!header?.trim()) continue;
		const [commit, time, ...subject] = header.split('\t');
		const change: Change = { commit, time: Number(time), subject: subject.join('\t') };
		for (const file of files) {
			if (!file.trim()) continue;
			const list = history.get(file) ?? [];
			list.push(change);
			history.set(file, list);
		}
	}
	return history;
}

/** Parses `git status --porcelain=v1 -z`: files with uncommitted changes count as changed now. */
export function parseGitStatus(text: string): string[] {
	const files: string[] = [];
	const parts = text.split('\0');
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (part.length < 4) continue;
		files.push(part.slice(3));
		// A rename or copy is followed by its original path, which is not a changed file.
		if (/^[RC]|^.[RC]/.test(part)) i++;
	}
	return files;
}

/** The change that counts: for a source text, commits marked with skipMarker are passed over. */
export function lastChange(history: History, uncommitted: ReadonlySet<string>, file: string, role: 'source' | 'translation'): Change | undefined {
	if (uncommitted.has(file)) return { time: Infinity };
	const changes = history.get(file) ?? [];
	return role === 'source' ? changes.find((c) => !c.subject?.includes(skipMarker)) : changes[0];
}

export interface EntryFiles {
	/** e.g. "cases/river-cleanup" */
	id: string;
	sourceLocale: string;
	/** locale → file path as git names it (relative to the repository root). */
	files: Record<string, string>;
}

export interface LocaleStatus {
	locale: string;
	state: TranslationState;
	/** Time of the change that decided the state (seconds), when known. */
	changed?: number;
}

export interface EntryStatus {
	id: string;
	sourceLocale: string;
	locales: LocaleStatus[];
}

export function entryStatus(entry: EntryFiles, locales: readonly string[], history: History, uncommitted: ReadonlySet<string>): EntryStatus {
	const sourceFile = entry.files[entry.sourceLocale];
	const source = sourceFile ? lastChange(history, uncommitted, sourceFile, 'source') : undefined;
	return {
		id: entry.id,
		sourceLocale: entry.sourceLocale,
		locales: locales.map((locale): LocaleStatus => {
			const file = entry.files[locale];
			if (locale === entry.sourceLocale) return { locale, state: file ? 'source' : 'missing', changed: source?.time };
			if (!file) return { locale, state: 'missing' };
			const own = lastChange(history, uncommitted, file, 'translation');
			// Without history for either file there is nothing to compare: count it as up to date.
			const outdated = source !== undefined && own !== undefined && source.time > own.time;
			return { locale, state: outdated ? 'outdated' : 'up-to-date', changed: own?.time };
		}),
	};
}

export function summarize(statuses: EntryStatus[], locales: readonly string[]): Record<string, Record<TranslationState, number>> {
	const out: Record<string, Record<TranslationState, number>> = {};
	for (const locale of locales) out[locale] = { source: 0, missing: 0, 'up-to-date': 0, outdated: 0 };
	for (const status of statuses) for (const l of status.locales) out[l.locale]![l.state]++;
	return out;
}

const labels: Record<TranslationState, string> = { source: 'source', missing: 'missing', 'up-to-date': 'up to date', outdated: 'outdated' };

/** Plain-text report for the terminal: one line per entry, then totals. */
export function formatReport(statuses: EntryStatus[], locales: readonly string[]): string {
	const width = Math.max(10, ...statuses.map((s) => s.id.length));
	const column = Math.max(...Object.values(labels).map((l) => l.length)) + 2;
	const header = `${'entry'.padEnd(width)}  ${locales.map((l) => l.padEnd(column)).join('')}`.trimEnd();
	const lines = statuses.map((s) => `${s.id.padEnd(width)}  ${s.locales.map((l) => labels[l.state].padEnd(column)).join('')}`.trimEnd());
	const totals = summarize(statuses, locales);
	const summary = locales.map(
		(l) => `${l}: ${totals[l]!['up-to-date']} up to date, ${totals[l]!.outdated} outdated, ${totals[l]!.missing} missing, ${totals[l]!.source} source`,
	);
	return `${[header, ...lines, '', ...summary].join('\n')}\n`;
}
