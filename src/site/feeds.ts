/**
 * Atom feeds and the XML sitemap, written as plain strings: both formats are
 * small and fixed, and no third-party code runs on the build machine for them.
 */
/** Characters XML 1.0 does not allow at all (the content check refuses them; this keeps every feed well-formed regardless). */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(text: string): string {
	return text.replace(notXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface FeedEntry {
	/** Absolute URL; also the entry's id, which must never change. */
	url: string;
	title: string;
	summary: string;
	/** ISO date or date-time. */
	updated: string;
	/** Language of title and summary when it differs from the feed's. */
	lang?: string;
}

export interface Feed {
	title: string;
	/** Absolute URL of the feed itself. */
	self: string;
	/** Absolute URL of the page the feed belongs to. */
	alternate: string;
	lang: string;
	author: string;
	entries: FeedEntry[];
}

const dateTime = (date: string) => (date.length === 10 ? `${date}T00:00:00Z` : new Date(date).toISOString());

/** An Atom 1.0 feed (RFC 4287), newest entry first. */
export function atomFeed(feed: Feed): string {
	const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
	const updated = entries[0]?.updated ?? '1970-01-01';
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">`,
		`\t<id>${xmlEscape(feed.self)}</id>`,
		`\t<title>${xmlEscape(feed.title)}</title>`,
		`\t<updated>${dateTime(updated)}</updated>`,
		`\t<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
		`\t<author><name>${xmlEscape(feed.author)}</name></author>`,
		...entries.map((e) =>
			[
				`\t<entry${e.lang && e.lang !== feed.lang ? ` xml:lang="${xmlEscape(e.lang)}"` : ''}>`,
				`\t\t<id>${xmlEscape(e.url)}</id>`,
				`\t\t<title>${xmlEscape(e.title)}</title>`,
				`\t\t<link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
				`\t\t<updated>${dateTime(e.updated)}</updated>`,
				`\t\t<summary>${xmlEscape(e.summary)}</summary>`,
				'\t</entry>',
			].join('\n'),
		),
		'</feed>',
	];
	return `${lines.join('\n')}\n`;
}

export interface SitemapPage {
	loc: string;
	/** hreflang → absolute URL, for real translations only. */
	alternates: Record<string, string>;
}

/**
 * An attribute value as text. The result is always a copy: a substring or an
 * unchanged `replace` result would be a slice of the whole page, and V8 keeps
 * a slice's parent alive, so the sitemap's 14,421 URLs held every page's HTML
 * (767 MB at 14,450 pages) until the build ended.
 */
const decode = (text: string) =>
	Buffer.from(text, 'utf8')
		.toString('utf8')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');

/**
 * Reads what the sitemap needs from a built page's head: its canonical URL and
 * hreflang alternates. Fallback pages (another language's text), pages marked
 * noindex and pages whose canonical points elsewhere are left out.
 */
export function sitemapPage(html: string): SitemapPage | undefined {
	const head = html.slice(0, html.indexOf('</head>') >>> 0);
	if (/<meta name="atlas:fallback"/.test(head) || /<meta name="robots" content="[^"]*noindex/.test(head)) return undefined;
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
	if (!canonical) return undefined;
	const alternates: Record<string, string> = {};
	for (const match of head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) alternates[match[1]!] = decode(match[2]!);
	return { loc: decode(canonical), alternates };
}

/** A sitemap (sitemaps.org 0.9) with xhtml:link hreflang alternates. */
export function sitemapXml(pages: SitemapPage[]): string {
	const unique = [...new Map(pages.map((p) => [p.loc, p])).values()].sort((a, b) => a.loc.localeCompare(b.loc));
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...unique.map((page) =>
			[
				'\t<url>',
				`\t\t<loc>${xmlEscape(page.loc)}</loc>`,
				...Object.entries(page.alternates).map(([lang, url]) => `\t\t<xhtml:link rel="alternate" hreflang="${xmlEscape(lang)}" href="${xmlEscape(url)}"/>`),
				'\t</url>',
			].join('\n'),
		),
		'</urlset>',
	];
	return `${lines.join('\n')}\n`;
}
