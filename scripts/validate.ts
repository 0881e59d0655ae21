/**
 * npm run validate: checks all content and the site configuration without a
 * full build. Prints each problem as `path:line: field: what is wrong` and
 * exits non-zero when there is any.
 */
import { loadContent, sectionHeadingsFrom } from '../src/content/content-tree.ts';
import { ContentError, formatProblem } from '../src/shared/problem.ts';
import { loadSite } from '../src/content/load-site.ts';

const root = process.cwd();
const started = performance.now();
try {
	const site = loadSite(root);
	const content = loadContent({
		root,
		contentDirs: site.config.contentDirs,
		knownLocales: site.knownLocales,
		sectionHeadings: sectionHeadingsFrom(site.strings),
	});
	for (const problem of content.problems) console.error(formatProblem(problem));
	const files = content.entries.reduce((n, e) => n + 1 + e.texts.length, 0) + content.glossary.texts.length;
	const ms = Math.round(performance.now() - started);
	if (content.problems.length) {
		console.error(`\n${content.problems.length} problem(s) in ${site.configFile} and ${site.config.contentDirs.join(', ')} (${ms} ms).`);
		process.exit(1);
	}
	console.log(`Content is valid: ${content.entries.length} entries, ${files} files checked in ${ms} ms.`);
} catch (error) {
	if (error instanceof ContentError) {
		for (const problem of error.problems) console.error(formatProblem(problem));
		console.error(`\n${error.problems.length} problem(s).`);
		process.exit(1);
	}
	// Every known mistake is a ContentError with its file; anything else is a bug in the checker, reported without a stack trace.
	console.error(
		`The content check itself failed: ${error instanceof Error ? error.message : String(error)}\nPlease report this with the file you changed last.`,
	);
	process.exit(2);
}
