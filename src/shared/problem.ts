/**
 * The shape of every reported mistake, shared by the content check, the UI-string check and every
 * command that prints them: `file:line: field: message`.
 */
/** One thing wrong with an input file, reported as `file:line: field: message`. */
export interface Problem {
	file: string;
	line?: number;
	field: string;
	message: string;
}

export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where}: ${problem.field}: ${problem.message}`;
}

export class ContentError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[], heading = 'The content has problems') {
		super(`${heading} (${problems.length}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
		// The problems name every file, field and fix; a stack trace would only bury them.
		this.stack = this.message;
	}
}
