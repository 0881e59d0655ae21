/**
 * The build-log gate: a build that logged an error, or that left a page
 * unrendered, is a failed build even when Astro exits with status 0.
 */

// Astro colours its log when it writes to a terminal; the gate reads plain text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ansi = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
	return text.replace(ansi, '');
}

export interface LogProblem {
	/** 1-based line number in the log. */
	line: number;
	kind: 'error' | 'render';
	text: string;
}

/**
 * Lines that make a build log fail: any `[ERROR]` (Astro may print it in the
 * middle of a page-progress line) and any page that failed to render.
 */
export function findLogProblems(log: string): LogProblem[] {
	const problems: LogProblem[] = [];
	stripAnsi(log)
		.split(/\r?\n/)
		.forEach((text, i) => {
			if (/Caught error rendering|Failed to render|failed to render/.test(text)) problems.push({ line: i + 1, kind: 'render', text: text.trim() });
			else if (text.includes('[ERROR]')) problems.push({ line: i + 1, kind: 'error', text: text.trim() });
		});
	return problems;
}

export function formatLogProblems(problems: LogProblem[]): string {
	return problems.map((p) => `  log line ${p.line}: ${p.kind === 'render' ? 'a page failed to render' : 'error'}: ${p.text}`).join('\n');
}

/** A Rolldown log record, as far as the atlas reads it. */
export interface BundlerLog {
	code?: string;
	message: string;
}

/**
 * Astro 7 marks the asset module of every MDX entry with the directive
 * "use astro:head-inject", and Rolldown warns, once per entry, that bundling may
 * not preserve it (withastro/astro#18087, open). Rolldown keeps the directive,
 * so pages are right; the warnings (about 39,000 log lines for 3,900 MDX files)
 * would only bury the ones that matter. Every other warning is shown.
 */
export function isHeadInjectDirectiveWarning(log: BundlerLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** Expected site paths (without base, e.g. "lv/cases/x/") that the build did not write. */
export function missingPages(expected: readonly string[], built: readonly string[]): string[] {
	const normalise = (p: string) =>
		p
			.replace(/^\/+/, '')
			.replace(/index\.html$/, '')
			.replace(/\/?$/, '/')
			.replace(/^\/$/, '');
	const have = new Set(built.map(normalise));
	return expected.filter((p) => !have.has(normalise(p)));
}
