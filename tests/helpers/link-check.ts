import { parse } from 'parse5';

/**
 * Internal link checking for a built site: every link, asset reference and
 * `#fragment` that points into the site must land on a file (and an id) that
 * exists, under the configured base path.
 */

export interface PageLinks {
	/** Values of id attributes (and name on <a>), the targets a #fragment may name. */
	ids: Set<string>;
	links: { tag: string; attr: string; url: string }[];
}

interface Node {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	content?: Node;
}

// Attributes that make the browser fetch or navigate. srcset lists several URLs.
const urlAttrs: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	script: ['src'],
	iframe: ['src'],
	audio: ['src'],
	video: ['src', 'poster'],
	track: ['src'],
	form: ['action'],
	use: ['href'],
};

export function extractLinks(html: string): PageLinks {
	const ids = new Set<string>();
	const links: PageLinks['links'] = [];
	const walk = (node: Node) => {
		for (const { name, value } of node.attrs ?? []) {
			if (name === 'id' || (name === 'name' && node.nodeName === 'a')) ids.add(value);
			if (!urlAttrs[node.nodeName]?.includes(name)) continue;
			const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
			for (const url of urls) if (url) links.push({ tag: node.nodeName, attr: name, url });
		}
		for (const child of node.childNodes ?? []) walk(child);
		if (node.content) walk(node.content);
	};
	walk(parse(html) as unknown as Node);
	return { ids, links };
}

export interface BrokenLink {
	/** The page's file, relative to the output folder. */
	page: string;
	url: string;
	reason: string;
}

/** URLs a stylesheet (url()) or an XML file (sitemap <loc>, feed <id>, href="…") refers to. */
export function extractTextUrls(file: string, text: string): string[] {
	const decode = (value: string) =>
		value
			.replace(/&amp;/g, '&')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'");
	if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:'));
	if (file.endsWith('.xml')) return [...text.matchAll(/<(?:loc|id)>([^<]+)<\/(?:loc|id)>|\shref="([^"]*)"/g)].map((m) => decode((m[1] ?? m[2])!));
	return [];
}

export interface SiteToCheck {
	/** Every HTML file, relative to the output folder ("en/cases/x/index.html"). */
	pages: { file: string; html: string }[];
	/** Stylesheets, sitemaps and feeds, whose references are checked too. */
	texts?: { file: string; text: string }[];
	/** The configured base path, e.g. "/" or "/atlas/". */
	base: string;
	/** The configured site URL: absolute links to it (canonical, hreflang) are internal too. */
	site: string;
	/** Whether a non-HTML file exists, relative to the output folder. */
	fileExists(file: string): boolean;
}

/** The output file a site path (below the base) is served from, as a static host does. */
function fileFor(sitePath: string, hasPage: (f: string) => boolean, fileExists: (f: string) => boolean): string | undefined {
	const candidates = sitePath === '' || sitePath.endsWith('/') ? [`${sitePath}index.html`] : [sitePath, `${sitePath}/index.html`];
	return candidates.find((c) => hasPage(c) || fileExists(c));
}

export function checkSiteLinks(site: SiteToCheck): BrokenLink[] {
	const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
	const origin = new URL(site.site).origin;
	const parsed = new Map(site.pages.map((p) => [p.file, extractLinks(p.html)]));
	const broken: BrokenLink[] = [];
	const check = (file: string, url: string, ids: Set<string> | undefined) => {
		const pageUrl = new URL(base + file.replace(/(^|\/)index\.html$/, '$1'), origin);
		let target: URL;
		try {
			target = new URL(url, pageUrl);
		} catch {
			broken.push({ page: file, url, reason: 'not a valid URL' });
			return;
		}
		if (target.origin !== origin) return; // external, mailto:, tel: — not this site's to check
		const pathname = decodeURIComponent(target.pathname);
		if (!pathname.startsWith(base)) {
			broken.push({ page: file, url, reason: `outside the base path ${base}` });
			return;
		}
		const targetFile = fileFor(pathname.slice(base.length), (f) => parsed.has(f), site.fileExists);
		if (!targetFile) {
			broken.push({ page: file, url, reason: 'no such page or file' });
			return;
		}
		const fragment = decodeURIComponent(target.hash.slice(1));
		if (!fragment || fragment === 'top') return;
		const targetIds = targetFile === file ? ids : parsed.get(targetFile)?.ids;
		if (targetIds && !targetIds.has(fragment)) broken.push({ page: file, url, reason: `${targetFile} has no id "${fragment}"` });
	};
	for (const [file, { links, ids }] of parsed) for (const { url } of links) check(file, url, ids);
	for (const { file, text } of site.texts ?? []) for (const url of extractTextUrls(file, text)) check(file, url, undefined);
	return broken;
}
