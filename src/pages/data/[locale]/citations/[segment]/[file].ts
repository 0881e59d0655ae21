import type { APIRoute } from 'astro';
import { config, getAtlas } from '../../../../../site/atlas.ts';
import { citationOf } from '../../../../../site/citations.ts';
import { citationFormatInfo, citationFormats, formatCitations, splitCitationFile } from '../../../../../site/citation-format.ts';
import { typeFromSegment, typeSegment } from '../../../../../model/entry-types.ts';

/** data/<locale>/citations/<type segment>/<slug>.{csl.json,bib,ris}: one entry's citation, linked from its "How to cite" box. */
export async function getStaticPaths() {
	const atlas = await getAtlas();
	return config.locales.flatMap((locale) =>
		atlas.entries.flatMap((entry) =>
			citationFormats.map((format) => ({ params: { locale, segment: typeSegment[entry.type], file: `${entry.slug}.${citationFormatInfo[format].extension}` } })),
		),
	);
}

export const GET: APIRoute = async ({ params }) => {
	const { name, format } = splitCitationFile(params.file!)!;
	const entry = (await getAtlas()).get({ type: typeFromSegment(params.segment!)!, slug: name })!;
	const body = formatCitations([citationOf(entry, params.locale!)], format);
	return new Response(body, { headers: { 'content-type': `${citationFormatInfo[format].mediaType}; charset=utf-8` } });
};
