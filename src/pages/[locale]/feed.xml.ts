import type { APIRoute } from 'astro';
import { config, getAtlas, lastChanged, localeParams, translator } from '../../site/atlas.ts';
import { siteUrl } from '../../site/open-data-rows.ts';
import { atomFeed } from '../../site/feeds.ts';
import { routes } from '../../site/routes.ts';

/**
 * <locale>/feed.xml: case studies. An entry's `updated` is when its files were
 * last committed, so a case appears again when an editor changes it.
 */
export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale!;
	const atlas = await getAtlas();
	const siteName = config.name[locale] ?? config.name[config.defaultLocale] ?? '';
	const xml = atomFeed({
		title: translator(locale)('openData.feedTitle', { site: siteName }),
		self: siteUrl(routes.feed(locale)),
		alternate: siteUrl(routes.list(locale, 'case')),
		lang: locale,
		author: config.contact.organisation,
		entries: atlas.byType('case').map((entry) => {
			const { shown } = entry.text(locale);
			return {
				url: siteUrl(routes.entry(locale, 'case', entry.slug)),
				title: shown.data.title,
				summary: shown.data.summary,
				updated: lastChanged(entry).toISOString().slice(0, 10),
				lang: shown.locale,
			};
		}),
	});
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
