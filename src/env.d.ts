/** What src/middleware.ts puts on `Astro.locals` before every page renders. */
declare namespace App {
	interface Locals {
		/** The page's language: its URL's locale, or the default locale on the root pages. */
		locale: string;
		/** UI strings in the page's language. */
		t: import('./shared/i18n.ts').Translate;
		/** A route's URL with the base path applied, e.g. `link('entry', locale, type, slug)` (src/site/page.ts). */
		link: typeof import('./site/page.ts').link;
	}
}
