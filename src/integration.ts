import type { AstroIntegration } from 'astro';
import { loadContent, sectionHeadingsFrom } from './lib/content-tree.ts';
import { ContentError } from './lib/problems.ts';
import type { ResolvedSite } from './lib/site-config.ts';

const virtualId = 'virtual:atlas/site';
const resolvedVirtualId = '\0' + virtualId;
const themeId = 'virtual:atlas/theme.css';
const resolvedThemeId = '\0' + themeId;

/** Checks every content file before Astro reads it, the same way `npm run validate` does. */
export function validateSiteContent(site: ResolvedSite, root: string) {
	const content = loadContent({
		root,
		contentDirs: site.config.contentDirs,
		knownLocales: Object.keys(site.strings),
		sectionHeadings: sectionHeadingsFrom(site.strings),
	});
	if (content.problems.length) throw new ContentError(content.problems, 'Content check failed');
	return content;
}

/**
 * The atlas as an Astro integration: validates content at the start of every
 * build or dev run and exposes the site configuration to pages as
 * `virtual:atlas/site`.
 */
export default function atlas(site: ResolvedSite): AstroIntegration {
	return {
		name: 'cooperation-atlas',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
				const root = new URL('.', config.root).pathname;
				validateSiteContent(site, root);
				addWatchFile(new URL(site.configFile, config.root));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'atlas-site-config',
								resolveId: (id: string) => (id === virtualId ? resolvedVirtualId : id === themeId ? resolvedThemeId : undefined),
								load: (id: string) => {
									if (id === resolvedVirtualId)
										return `export const config = ${JSON.stringify(site.config)};\nexport const strings = ${JSON.stringify(site.strings)};`;
									// The configured accent colour is for light backgrounds; dark mode keeps its lighter accent.
									if (id === resolvedThemeId)
										return `@media (prefers-color-scheme: light) { :root { --accent: ${site.config.accentColor}; } }`;
									return undefined;
								},
							},
						],
					},
				});
			},
		},
	};
}
