import type { APIRoute } from 'astro';
import { config } from '../../../site/atlas.ts';
import { columnsOf, dataRows } from '../../../site/open-data-rows.ts';
import { entryTypes, typeFromSegment, typeSegment } from '../../../model/entry-types.ts';
import { toCsv } from '../../../site/open-data-fields.ts';
import { withSiteCacheKey } from '../../../site/page-cache.ts';

/** data/<locale>/<type segment>.csv: one row per entry of a type, columns as in the codebook. */
export function getStaticPaths() {
	return withSiteCacheKey(config.locales.flatMap((locale) => entryTypes.map((type) => ({ params: { locale, segment: typeSegment[type] } }))));
}

export const GET: APIRoute = async ({ params, locals }) => {
	const type = typeFromSegment(params.segment!)!;
	const csv = toCsv(columnsOf(type), await dataRows(locals.locale, type));
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
