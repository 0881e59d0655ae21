import type { APIRoute } from 'astro';
import { keyedLocaleParams } from '../../../site/page-cache.ts';
import { config } from '../../../site/atlas.ts';
import { dataRows } from '../../../site/open-data-rows.ts';
import { codebookVersion } from '../../../site/open-data-fields.ts';

/** data/<locale>/entries.json: every entry with the text shown in that locale (fields: data/codebook.json). */
export const getStaticPaths = keyedLocaleParams;

export const GET: APIRoute = async ({ locals }) => {
	const { locale } = locals;
	const body = { locale, codebookVersion, license: config.license, entries: await dataRows(locale) };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
