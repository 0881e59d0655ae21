/**
 * npm run issue:entry -- <issue-body.md> [--out <content folder>] [--report <file>] [--list <file>]
 *
 * Turns the body of an issue written with one of the atlas's issue forms
 * (.github/ISSUE_TEMPLATE/) into entry files, through the same scaffolder as
 * `npm run new`, and checks them with the same validator as `npm run
 * validate`. Prints a report in the form's language (the workflow posts it on
 * the issue). The body is read as data; nothing in it is run.
 *
 * Exit codes: 0 files written and valid (or a correction, which a maintainer
 * makes by hand); 1 files written, but the check found something an editor
 * still has to do (such as an empty section): the workflow opens a draft pull
 * request; 2 answers with problems, nothing written; 3 wrong usage or not a form.
 */
import fs from 'node:fs';
import { runIssueToEntry } from './lib/issue-to-entry.ts';
import { ContentError, formatProblem } from '../src/shared/problem.ts';

const usage =
	'Usage: npm run issue:entry -- <issue-body.md> [--out <content folder>] [--report <file>] [--list <file>]\n  --report: also write the report (Markdown) to this file; --list: write the paths of the written files, one a line';
const args = process.argv.slice(2);
let input: string | undefined;
const options: Record<string, string> = {};
for (let i = 0; i < args.length; i++) {
	const match = /^--(out|report|list)(?:=(.*))?$/.exec(args[i]!);
	if (match) {
		const value = match[2] ?? args[++i];
		if (!value) {
			console.error(`--${match[1]} needs a value\n${usage}`);
			process.exit(3);
		}
		options[match[1]!] = value;
	} else if (!input && !args[i]!.startsWith('--')) input = args[i];
	else {
		console.error(`unexpected argument "${args[i]}"\n${usage}`);
		process.exit(3);
	}
}
if (!input || !fs.existsSync(input)) {
	console.error(`${input ? `no file "${input}"` : 'give the file with the issue body'}\n${usage}`);
	process.exit(3);
}

try {
	const result = runIssueToEntry(fs.readFileSync(input, 'utf8'), { root: process.cwd(), outDir: options.out });
	console.log(result.report);
	if (options.report) fs.writeFileSync(options.report, `${result.report}\n`);
	if (options.list) fs.writeFileSync(options.list, result.written.map((f) => `${f}\n`).join(''));
	if (!result.conversion.answers) process.exit(3);
	process.exit(result.conversion.problems.length ? 2 : result.checks.length ? 1 : 0);
} catch (error) {
	if (error instanceof ContentError) {
		console.error(error.problems.map(formatProblem).join('\n'));
		process.exit(3);
	}
	throw error;
}
