import { findLogProblems, formatLogProblems, isHeadInjectDirectiveWarning, type BundlerLog } from './build-log.ts';

/**
 * Astro's logger offers integrations no way to read other plugins' messages,
 * so during a build the atlas integration keeps a copy of what goes to stdout
 * and stderr (passing it through unchanged) and checks it when the build is done.
 */
export function observeBuildLog(): { stop(): string } {
	const chunks: string[] = [];
	const restore: (() => void)[] = [];
	for (const stream of [process.stdout, process.stderr]) {
		const original = stream.write;
		const write = original.bind(stream) as (...args: unknown[]) => boolean;
		// `write` has several overloads; the copy only needs the first argument.
		stream.write = ((chunk: unknown, ...rest: unknown[]) => {
			chunks.push(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '');
			return write(chunk, ...rest);
		}) as typeof stream.write;
		restore.push(() => (stream.write = original));
	}
	return {
		stop() {
			for (const undo of restore) undo();
			return chunks.join('');
		},
	};
}

/** Throws, failing the build, when the log has an [ERROR] line or a page that failed to render. */
export function assertCleanBuildLog(log: string): void {
	const problems = findLogProblems(log);
	if (problems.length) throw new Error(`The build logged ${problems.length} error(s); a build with errors is not published:\n${formatLogProblems(problems)}`);
}

/** Rolldown's `onLog`: shows every bundler message except Astro's head-inject directive warnings. */
export function showBundlerLog<Level extends string, Log extends BundlerLog>(level: Level, log: Log, show: (level: Level, log: Log) => void): void {
	if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
	show(level, log);
}
