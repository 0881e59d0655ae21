import fs from 'node:fs';
import path from 'node:path';

/**
 * A small link checker for a built site: every internal link, asset and
 * fragment in HTML, CSS and XML files must resolve to a file in the output,
 * under the site's base path. External links are not fetched.
 */
export interface BrokenLink {
	file: string;
	url: string;
	reason: string;
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** URLs a file refers to: attributes in HTML/XML, url() in CSS, <loc>/<id> in sitemaps and feeds. */
export function referencedUrls(file: string, text: string): string[] {
	const urls: string[] = [];
	if (file.endsWith('.css')) {
		for (const m of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) urls.push(m[1]!);
		return urls;
	}
	for (const m of text.matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)) urls.push(decode(m[1]!));
	for (const m of text.matchAll(/\ssrcset="([^"]*)"/g)) urls.push(...decode(m[1]!).split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean));
	if (file.endsWith('.xml')) for (const m of text.matchAll(/<(?:loc|id)>([^<]+)<\/(?:loc|id)>/g)) urls.push(decode(m[1]!));
	return urls;
}

/** The output file a site path maps to, as a static host would serve it. */
function fileFor(dir: string, sitePath: string): string | undefined {
	const full = path.join(dir, decodeURIComponent(sitePath));
	if (!full.startsWith(dir)) return undefined;
	if (sitePath.endsWith('/') || sitePath === '') return fs.existsSync(path.join(full, 'index.html')) ? path.join(full, 'index.html') : undefined;
	if (fs.existsSync(full) && fs.statSync(full).isFile()) return full;
	if (fs.existsSync(path.join(full, 'index.html'))) return path.join(full, 'index.html');
	return undefined;
}

export function checkLinks(dir: string, options: { base: string; site: string }): { checked: number; broken: BrokenLink[] } {
	const origin = new URL(options.site).origin;
	const files = (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => /\.(html|css|xml)$/.test(f));
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let found = ids.get(file);
		if (!found) {
			found = new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
			ids.set(file, found);
		}
		return found;
	};
	const broken: BrokenLink[] = [];
	let checked = 0;
	for (const file of files) {
		const text = fs.readFileSync(path.join(dir, file), 'utf8');
		// The page's own URL, for resolving relative links.
		const pageUrl = new URL(options.base + file.replace(/(^|\/)index\.html$/, '$1'), origin);
		for (const raw of referencedUrls(file, text)) {
			if (/^(mailto|tel|javascript|data):/i.test(raw)) continue;
			const url = new URL(raw, pageUrl);
			if (url.origin !== origin) continue;
			checked++;
			if (!url.pathname.startsWith(options.base)) {
				broken.push({ file, url: raw, reason: `outside the base path ${options.base}` });
				continue;
			}
			const target = fileFor(dir, url.pathname.slice(options.base.length));
			if (!target) broken.push({ file, url: raw, reason: 'no such file' });
			else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
				broken.push({ file, url: raw, reason: `no element with id "${url.hash.slice(1)}"` });
		}
	}
	return { checked, broken };
}
