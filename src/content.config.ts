import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleTextSchema } from './model/content-schema.ts';
import { isArticleType } from './model/entry-types.ts';
import { validateSiteContent } from './integration/index.ts';
import { loadSite, type ResolvedSite } from './content/load-site.ts';
import type { LoadedContent } from './content/content-tree.ts';
import { pagesFolder } from './content/local-pages.ts';
import { renderArticle, rendererVersion, type ArticleLabels } from './content/article-html.ts';
import { articleFolder, forgetOtherArticles, keepArticle } from './content/article-files.ts';
import { createTranslator } from './shared/i18n.ts';

/** The checked content of the site, read by the same code as `npm run validate`. */
function checkedContent(): { site: ResolvedSite; content: LoadedContent } {
	const site = loadSite();
	return { site, content: validateSiteContent(site, process.cwd()) };
}

function labelsFor(site: ResolvedSite, locale: string): ArticleLabels {
	const t = createTranslator(locale, site.strings);
	return { footnotes: t('article.footnotes'), backToReference: t('article.backToReference'), table: t('article.table') };
}

/**
 * Locale texts of cases, methods, legal forms, pitfalls and a site's own pages,
 * id `<segment>/<slug>/<locale>`, rendered to HTML here (src/content/article-html.ts):
 * no article ever becomes a module, so nothing written in content reaches the bundler.
 * The HTML is kept in a file in the cache folder, the store keeps its path (src/content/article-files.ts).
 */
const articles = defineCollection({
	loader: {
		name: 'atlas-articles',
		load: async ({ store, watcher, logger, generateDigest, config }) => {
			const cacheDir = fileURLToPath(config.cacheDir);
			const read = () => {
				const { site, content } = checkedContent();
				const articleFile = articleFolder(cacheDir);
				const texts = [
					...content.entries
						.filter((e) => isArticleType(e.type))
						.flatMap((e) => e.texts.map((t) => ({ ...t, segment: e.folder.split('/').at(-2)!, slug: e.slug }))),
					...content.pages.flatMap((p) => p.texts.map((t) => ({ ...t, segment: pagesFolder, slug: p.slug }))),
				];
				const labels = new Map<string, ArticleLabels>();
				const ids = new Set<string>();
				const files = new Set<string>();
				for (const text of texts) {
					if (!labels.has(text.locale)) labels.set(text.locale, labelsFor(site, text.locale));
					const id = `${text.segment}/${text.slug}/${text.locale}`;
					const source = fs.readFileSync(path.resolve(text.file), 'utf8');
					ids.add(id);
					// The store outlives a build (in the cache folder): an unchanged text keeps the HTML it was given last time.
					const digest = generateDigest({ source, labels: labels.get(text.locale)!, renderer: rendererVersion });
					const file = articleFile(digest);
					files.add(file);
					const stored = store.get(id);
					if (stored?.digest === digest && stored.rendered?.metadata?.htmlFile === file && fs.existsSync(file)) continue;
					const kept = keepArticle(file, renderArticle(text.file, source, labels.get(text.locale)!));
					// No HTML in the store: `render()` is not for these entries; pages read the file (src/site/atlas.ts, articleBody).
					store.set({ id, data: text.data, filePath: text.file, digest, rendered: { html: '', metadata: { ...kept } } });
				}
				for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
				forgetOtherArticles(cacheDir, files);
			};
			read();
			watcher?.on('change', (file) => {
				if (!/\.(mdx|ya?ml|json)$/.test(file)) return;
				try {
					read();
				} catch (error) {
					logger.error(error instanceof Error ? error.message : String(error));
				}
			});
		},
	},
	schema: articleTextSchema,
});

/** Facts, checklist texts and the glossary, read and checked by the same code as `npm run validate`. */
const atlas = defineCollection({
	loader: {
		name: 'atlas-facts',
		load: async ({ store, watcher, logger }) => {
			const read = () => {
				const { content } = checkedContent();
				store.clear();
				store.set({
					id: 'content',
					data: { entries: content.entries, glossary: content.glossary, pages: content.pages, organisations: content.organisations },
				});
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
