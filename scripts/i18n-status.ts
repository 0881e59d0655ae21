/**
 * npm run i18n:status [-- --locale hu] [--json]
 *
 * For every entry and enabled locale: missing, up to date, or outdated (the
 * source-language file was committed after the translation). Reads git
 * history; commits marked "[i18n skip]" do not make translations outdated.
 */
import { loadContent, sectionHeadingsFrom } from '../src/content/content-tree.ts';
import { typeSegment } from '../src/model/entry-types.ts';
import { readGitHistory } from '../src/content/git-history.ts';
import { ContentError, formatProblem } from '../src/shared/problem.ts';
import { loadSite } from '../src/content/load-site.ts';
import { entryStatus, formatReport, type EntryFiles } from '../src/content/translation-status.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const json = args.includes('--json');
const localeIndex = args.indexOf('--locale');
const only = localeIndex >= 0 ? args[localeIndex + 1] : undefined;

try {
	const site = loadSite(root);
	if (only && !site.config.locales.includes(only)) {
		console.error(`npm run i18n:status: "${only}" is not an enabled locale (enabled: ${site.config.locales.join(', ')})`);
		process.exit(1);
	}
	const locales = only ? [only] : site.config.locales;
	const content = loadContent({
		root,
		contentDirs: site.config.contentDirs,
		knownLocales: site.knownLocales,
		sectionHeadings: sectionHeadingsFrom(site.strings),
	});
	const git = readGitHistory(root, site.config.contentDirs);
	if (!git.available) console.error(`No git history (${git.reason}): translations can only be reported as missing or present.`);
	const entries: EntryFiles[] = content.entries.map((entry) => ({
		id: `${typeSegment[entry.type]}/${entry.slug}`,
		sourceLocale: entry.facts.sourceLocale,
		files: Object.fromEntries(entry.texts.map((t) => [t.locale, git.prefix + t.file])),
	}));
	const statuses = entries.map((entry) => entryStatus(entry, locales, git.history, git.uncommitted)).sort((a, b) => a.id.localeCompare(b.id));
	if (json) console.log(JSON.stringify({ history: git.available, locales, entries: statuses }, null, '\t'));
	else process.stdout.write(formatReport(statuses, locales));
	if (content.problems.length)
		console.error(`\nNote: ${content.problems.length} content problem(s); entries with invalid facts are not listed (run npm run validate).`);
} catch (error) {
	if (error instanceof ContentError) {
		for (const problem of error.problems) console.error(formatProblem(problem));
		process.exit(1);
	}
	throw error;
}
