import fs from 'node:fs';
import path from 'node:path';
import { checkSiteLinks, type BrokenLink } from './link-check.ts';

/** Reads a built site's pages, stylesheets, sitemaps and feeds and checks every internal reference. */
export function checkBuiltSite(dir: string, options: { base: string; site: string }): { pages: number; texts: number; broken: BrokenLink[] } {
	const files = (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
	const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
	const pages = files.filter((f) => f.endsWith('.html')).map((file) => ({ file, html: read(file) }));
	const texts = files.filter((f) => /\.(css|xml)$/.test(f)).map((file) => ({ file, text: read(file) }));
	const broken = checkSiteLinks({
		pages,
		texts,
		base: options.base,
		site: options.site,
		fileExists: (f) => fs.existsSync(path.join(dir, f)) && fs.statSync(path.join(dir, f)).isFile(),
	});
	return { pages: pages.length, texts: texts.length, broken };
}
