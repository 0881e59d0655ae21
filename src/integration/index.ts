import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeEntryCitations } from './citation-files.ts';
import { searchIndexWritten } from './search-index.ts';
import { contentFingerprint, loadContent, sectionHeadingsFrom } from '../content/content-tree.ts';
import { ContentError } from '../shared/problem.ts';
import type { ResolvedSite } from '../content/load-site.ts';
import { missingPages } from './build-log.ts';
import { assertCleanBuildLog, observeBuildLog, showBundlerLog } from './build-gate.ts';
import { routes } from '../site/routes.ts';
import { entryTypes } from '../model/entry-types.ts';

const virtualId = 'virtual:atlas/site';
const resolvedVirtualId = `\0${virtualId}`;
const themeId = 'virtual:atlas/theme.css';
const resolvedThemeId = `\0${themeId}`;

/**
 * The build checks the content twice in one process: at config setup and in
 * the content loader, which Vite loads as a separate module instance. The
 * second check reuses the first result while no file has changed (a few
 * seconds and a few hundred MB of parse garbage at 4,000 pages).
 */
const lastCheck = Symbol.for('cooperation-atlas.content-check');
type CheckMemo = { key: string; content: ReturnType<typeof loadContent> };
const memo = globalThis as typeof globalThis & { [lastCheck]?: CheckMemo };

/** Checks every content file before Astro reads it, the same way `npm run validate` does. */
export function validateSiteContent(site: ResolvedSite, root: string) {
	const key = createHash('sha256')
		.update(JSON.stringify([path.resolve(root), site.config, site.strings, site.knownLocales, contentFingerprint(root, site.config.contentDirs)]))
		.digest('hex');
	const previous = memo[lastCheck];
	const content =
		previous?.key === key
			? previous.content
			: loadContent({
					root,
					contentDirs: site.config.contentDirs,
					knownLocales: site.knownLocales,
					sectionHeadings: sectionHeadingsFrom(site.strings),
				});
	memo[lastCheck] = { key, content };
	if (content.problems.length) throw new ContentError(content.problems, 'Content check failed');
	return content;
}

/**
 * The atlas as an Astro integration: validates content at the start of every
 * build or dev run and exposes the site configuration to pages as
 * `virtual:atlas/site`.
 */
export default function atlas(site: ResolvedSite): AstroIntegration {
	let expectedPages: string[] = [];
	let buildLog: ReturnType<typeof observeBuildLog> | undefined;
	// Where an incremental build keeps what the next one may reuse (astro.config.mjs).
	let cacheDir: string | undefined;
	return {
		name: 'cooperation-atlas',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, addWatchFile, command }) => {
				const root = new URL('.', config.root).pathname;
				const content = validateSiteContent(site, root);
				if (command === 'build') {
					expectedPages = pagesFor(site, content.entries);
					buildLog = observeBuildLog();
				}
				addWatchFile(new URL(site.configFile, config.root));
				updateConfig({
					vite: {
						build: {
							rolldownOptions: {
								onLog: showBundlerLog,
							},
						},
						plugins: [
							{
								name: 'atlas-site-config',
								resolveId: (id: string) => (id === virtualId ? resolvedVirtualId : id === themeId ? resolvedThemeId : undefined),
								load: (id: string) => {
									if (id === resolvedVirtualId)
										return `export const config = ${JSON.stringify(site.config)};\nexport const strings = ${JSON.stringify(site.strings)};`;
									// The configured accent colour is for light backgrounds; dark mode keeps its lighter accent.
									if (id === resolvedThemeId) return `@media (prefers-color-scheme: light) { :root { --accent: ${site.config.accentColor}; } }`;
									return undefined;
								},
							},
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : undefined;
			},
			// The build-log gate: an [ERROR] line or an entry page that was not written fails the build.
			'astro:build:done': async ({ dir, logger }) => {
				const citations = await writeEntryCitations(fileURLToPath(dir), site.config.locales, cacheDir);
				logger.info(
					`Citation files: ${citations.written} written${cacheDir ? `, ${citations.reused} unchanged since the last build, so linked from the cache` : ''}`,
				);
				if (buildLog) assertCleanBuildLog(buildLog.stop());
				buildLog = undefined;
				const built = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html')).map((f) => f.split(path.sep).join('/'));
				const missing = missingPages(expectedPages, built);
				if (missing.length) throw new Error(`These pages were not rendered (${missing.length}):\n${missing.map((p) => `  ${p}`).join('\n')}`);
				// The search integration, before this one, started writing the index; it had this hook's time to do it.
				await searchIndexWritten();
			},
		},
	};
}

/** Every page the content promises: each locale's home, lists, glossary, and each entry in every locale. */
function pagesFor(site: ResolvedSite, entries: ReturnType<typeof validateSiteContent>['entries']): string[] {
	const locales = site.config.locales;
	const published = entries.filter((e) => e.texts.some((t) => locales.includes(t.locale)));
	return locales.flatMap((locale) => [
		routes.home(locale),
		routes.glossary(locale),
		...entryTypes.map((type) => routes.list(locale, type)),
		...published.map((e) => routes.entry(locale, e.type, e.slug)),
	]);
}
