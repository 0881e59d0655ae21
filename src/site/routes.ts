import { typeSegment, type EntryType } from '../model/entry-types.ts';

/**
 * Every URL the site generates comes from here, so a base path such as
 * /atlas/ applies to all links alike.
 */
export function joinBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return b + path.replace(/^\//, '');
}

export const routes = {
	home: (locale: string) => `${locale}/`,
	list: (locale: string, type: EntryType) => `${locale}/${typeSegment[type]}/`,
	// The list in another order (src/site/list-order.ts), apart from the entries so no slug can clash with it.
	listSorted: (locale: string, type: EntryType, order: string) => `${locale}/lists/${typeSegment[type]}/${order}/`,
	entry: (locale: string, type: EntryType, slug: string) => `${locale}/${typeSegment[type]}/${slug}/`,
	glossary: (locale: string) => `${locale}/glossary/`,
	term: (locale: string, id: string) => `${locale}/glossary/#${id}`,
	accessibility: (locale: string) => `${locale}/accessibility/`,
	// Open data: downloads, codebook, feeds and sitemap (src/pages/data, src/pages/[locale]/open-data.astro).
	openData: (locale: string) => `${locale}/open-data/`,
	dataEntries: (locale: string) => `data/${locale}/entries.json`,
	dataCsv: (locale: string, type: EntryType) => `data/${locale}/${typeSegment[type]}.csv`,
	codebook: () => 'data/codebook.json',
	// Citations (src/site/citation-format.ts): one file per entry and format, and the whole library per format.
	citation: (locale: string, type: EntryType, slug: string, extension: string) => `data/${locale}/citations/${typeSegment[type]}/${slug}.${extension}`,
	citationLibrary: (locale: string, extension: string) => `data/${locale}/citations.${extension}`,
	feed: (locale: string) => `${locale}/feed.xml`,
	sitemap: () => 'sitemap.xml',
	translationStatus: (locale: string) => `${locale}/translation-status/`,
	// A site's own pages, e.g. a local directory (src/content/local-pages.ts).
	localPage: (locale: string, slug: string) => `${locale}/pages/${slug}/`,
	search: (locale: string) => `${locale}/search/`,
	/** Pagefind's bundle (index and pagefind.js), written by src/integration/search-index.ts after the build. */
	searchBundle: () => 'pagefind/',
	// Facet pages: the cases that share a theme, partner sector or country (segments from facets.ts).
	theme: (locale: string, theme: string) => `${locale}/themes/${theme}/`,
	partner: (locale: string, sector: string) => `${locale}/partners/${sector}/`,
	country: (locale: string, segment: string) => `${locale}/countries/${segment}/`,
	// The local partner directory (src/lib/organisations.ts, src/queries/directory.ts).
	directory: (locale: string) => `${locale}/organisations/`,
	organisation: (locale: string, slug: string) => `${locale}/organisations/${slug}/`,
	directoryFacet: (locale: string, facet: string, segment: string) => `${locale}/directory/${facet}/${segment}/`,
	offersAndNeeds: (locale: string) => `${locale}/directory/offers-and-needs/`,
	capacityMatrix: (locale: string) => `${locale}/directory/capacity-matrix/`,
	dataOrganisations: (locale: string) => `data/${locale}/organisations.json`,
	dataOrganisationsCsv: (locale: string) => `data/${locale}/organisations.csv`,
	notFound: (locale: string) => `${locale}/404/`,
	chooser: () => '',
} as const;

export type RouteName = keyof typeof routes;

/** A site-relative href with the base path applied. */
export function href<R extends RouteName>(base: string, route: R, ...args: Parameters<(typeof routes)[R]>): string {
	const build = routes[route] as (...a: unknown[]) => string;
	return joinBase(base, build(...args));
}

/** Route of each page of the local partner directory a method or checklist item can point to (`tools:` in its facts). */
export const toolRoute = {
	'partner-directory': 'directory',
	'offers-and-needs': 'offersAndNeeds',
	'capacity-matrix': 'capacityMatrix',
} as const satisfies Record<import('../model/taxonomy.ts').SiteTool, RouteName>;
