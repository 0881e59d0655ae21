import { defineMiddleware } from 'astro:middleware';
import { config } from 'virtual:atlas/site';
import { translator } from './site/atlas.ts';
import { link } from './site/page.ts';
import { feedSearchIndex } from './integration/search-feed.ts';

/**
 * Per-page context, as Starlight does it: before each page or endpoint renders
 * (at build time, this site being static) the page's locale, its translator
 * and the base-aware link helper go on `Astro.locals` (typed in src/env.d.ts),
 * so components need no `locale` prop only to rebuild them. The locale is the
 * URL's; the root pages (the language chooser, 404.html) get the default one.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const locale = [context.params.locale, context.currentLocale].find((code) => code !== undefined && config.locales.includes(code)) ?? config.defaultLocale;
	context.locals.locale = locale;
	context.locals.t = translator(locale);
	context.locals.link = link;
	const response = await next();
	// During a build, the page goes to the search index as soon as it is rendered (src/integration/search-feed.ts).
	feedSearchIndex(context.url.pathname, response);
	return response;
});
