import { htmlFiles } from './build.ts';

/**
 * One page per page template of a built site, found from the output itself so
 * templates added later (search, facet pages, …) are covered without listing
 * them here. A template is a route shape: `<locale>/cases/<slug>/` is one,
 * `<locale>/cases/` another; the root chooser and the root 404 are their own.
 */
export function templateKey(file: string, locales: readonly string[]): string {
	const parts = file
		.replace(/(^|\/)index\.html$/, '')
		.split('/')
		.filter(Boolean);
	if (parts.length === 0) return 'root chooser';
	if (parts[0] === '404.html') return 'root 404';
	if (!locales.includes(parts[0]!)) return `other:${parts.join('/')}`;
	const rest = parts.slice(1);
	if (rest.length === 0) return 'home';
	return rest.map((p, i) => (i === 0 ? p : '*')).join('/');
}

/** The first page (in sorted order) of each template, for one locale or all of them. */
export function templatePages(
	outDir: string,
	locales: readonly string[],
	onlyLocale?: string,
): { template: string; locale: string | undefined; file: string }[] {
	const seen = new Map<string, { template: string; locale: string | undefined; file: string }>();
	for (const file of htmlFiles(outDir).sort()) {
		const locale = locales.find((l) => file.startsWith(`${l}/`));
		if (onlyLocale && locale && locale !== onlyLocale) continue;
		const template = templateKey(file, locales);
		const key = `${template}|${locale ?? ''}`;
		if (!seen.has(key)) seen.set(key, { template, locale, file });
	}
	return [...seen.values()];
}

/** The URL path (below the base) a static host serves an output file at. */
export function pagePath(file: string): string {
	return file.replace(/index\.html$/, '');
}
