import type { APIRoute } from 'astro';
import { config, getAtlas, lastChanged, localeParams } from '../../site/atlas.ts';
import { absoluteUrl, siteName } from '../../site/page.ts';
import { atomFeed } from '../../site/feeds.ts';
import { routes } from '../../site/routes.ts';

/**
 * <locale>/feed.xml: case studies. An entry's `updated` is when its files were
 * last committed, so a case appears again when an editor changes it.
 */
export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ locals }) => {
	const { locale, t } = locals;
	const atlas = await getAtlas();
	const xml = atomFeed({
		title: t('openData.feedTitle', { site: siteName(locale) }),
		self: absoluteUrl(routes.feed(locale)),
		alternate: absoluteUrl(routes.list(locale, 'case')),
		lang: locale,
		author: config.contact.organisation,
		entries: atlas.byType('case').map((entry) => {
			const { shown } = entry.text(locale);
			// A feed reader shows little more than the title: a scenario says what it is there.
			const scenario = entry.facts.evidence === 'scenario';
			return {
				url: absoluteUrl(routes.entry(locale, 'case', entry.slug)),
				title: scenario ? `${t('taxonomy.evidence.scenario')}: ${shown.data.title}` : shown.data.title,
				summary: shown.data.summary,
				updated: lastChanged(entry).toISOString().slice(0, 10),
				lang: shown.locale,
			};
		}),
	});
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
