import fs from 'node:fs';
import path from 'node:path';
import type { ArticleHeading, RenderedArticle } from './article-html.ts';

/**
 * An article's HTML is kept in a file of its own in the build's cache folder,
 * named by the digest of everything it was rendered from, and the data store
 * keeps only that file's path and the headings. Astro writes the data store
 * into the server bundle as one JSON string, so HTML kept in the store passed
 * through the bundler and sat in memory several times over (the store, its
 * JSON, the bundle's source and its parsed copy). A page reads its one article
 * when it renders.
 */
const folderName = 'atlas-articles';

/** What the store keeps of a rendered article in place of its HTML (`rendered.metadata`). */
export interface ArticleRecord {
	headings: ArticleHeading[];
	/** Absolute path of the HTML file. */
	htmlFile: string;
}

/** Makes the folder of article files if missing; returns the file an article rendered with a digest is kept in. */
export function articleFolder(cacheDir: string): (digest: string) => string {
	const folder = path.join(cacheDir, folderName);
	fs.mkdirSync(folder, { recursive: true });
	return (digest) => path.join(folder, `${digest}.html`);
}

/** Keeps a rendered article's HTML in its file (in a folder `articleFolder` made); returns what the store keeps instead. */
export function keepArticle(file: string, article: RenderedArticle): ArticleRecord {
	fs.writeFileSync(file, article.html);
	return { headings: article.headings, htmlFile: file };
}

/** Removes the files of articles no longer in the store (an edited or deleted text), so the folder does not grow with every edit. */
export function forgetOtherArticles(cacheDir: string, kept: ReadonlySet<string>): void {
	const folder = path.join(cacheDir, folderName);
	if (!fs.existsSync(folder)) return;
	for (const name of fs.readdirSync(folder)) {
		const file = path.join(folder, name);
		if (!kept.has(file)) fs.rmSync(file, { force: true });
	}
}

/** An article's HTML, read when its page renders. */
export function readArticle(id: string, record: Partial<ArticleRecord> | undefined): RenderedArticle {
	if (!record?.htmlFile || !Array.isArray(record.headings))
		throw new Error(`Article ${id}: the content layer stored no HTML file for it; delete the cache folder and build again`);
	try {
		return { html: fs.readFileSync(record.htmlFile, 'utf8'), headings: record.headings };
	} catch {
		throw new Error(`Article ${id}: its HTML (${record.htmlFile}) is gone from the cache folder; delete the cache folder and build again`);
	}
}
