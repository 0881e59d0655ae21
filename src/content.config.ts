import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleTextSchema } from './schemas/content.ts';
import { articleTypes, typeSegment } from './lib/entry-types.ts';
import { validateSiteContent } from './integration.ts';
import { loadSite } from './lib/site-config.ts';
import type { LoadedContent } from './lib/content-tree.ts';
import { pagesFolder } from './lib/local-pages.ts';

const { config } = loadSite();
// A site's own pages (src/lib/local-pages.ts) are rendered like articles.
const segments = [...articleTypes.map((type) => typeSegment[type]), pagesFolder].join(',');

/** Locale texts of cases, methods, legal forms and pitfalls: id `<segment>/<slug>/<locale>`. */
const articles = defineCollection({
	loader: glob({
		pattern: config.contentDirs.map((dir) => `${dir.replace(/\/$/, '')}/{${segments}}/*/*.mdx`),
		base: '.',
		generateId: ({ entry }) => entry.split('/').slice(-3).join('/').replace(/\.mdx$/, ''),
		retainBody: false,
	}),
	schema: articleTextSchema,
});

/** Facts, checklist texts and the glossary, read and checked by the same code as `npm run validate`. */
const atlas = defineCollection({
	loader: {
		name: 'atlas-facts',
		load: async ({ store, watcher, logger }) => {
			const read = () => {
				const content = validateSiteContent(loadSite(), process.cwd());
				store.clear();
				store.set({ id: 'content', data: { entries: content.entries, glossary: content.glossary, pages: content.pages } });
			};
			read();
			watcher?.on('change', (file) => {
				if (!/\.(ya?ml)$/.test(file)) return;
				try {
					read();
				} catch (error) {
					logger.error(error instanceof Error ? error.message : String(error));
				}
			});
		},
	},
	schema: z.custom<Omit<LoadedContent, 'problems'>>(),
});

export const collections = { articles, atlas };
