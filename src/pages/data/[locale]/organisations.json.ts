import type { APIRoute } from 'astro';
import { keyedLocaleParams } from '../../../site/page-cache.ts';
import { config } from '../../../site/atlas.ts';
import { organisationRows } from '../../../site/open-data-rows.ts';
import { codebookVersion } from '../../../site/open-data-fields.ts';

/** data/<locale>/organisations.json: the local partner directory with each organisation's text in that locale. */
export const getStaticPaths = keyedLocaleParams;

export const GET: APIRoute = async ({ locals }) => {
	const { locale } = locals;
	const body = { locale, codebookVersion, license: config.license, organisations: await organisationRows(locale) };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
