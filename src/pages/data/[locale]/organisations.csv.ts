import type { APIRoute } from 'astro';
import { keyedLocaleParams } from '../../../site/page-cache.ts';
import { organisationColumns, organisationRows } from '../../../site/open-data-rows.ts';
import { toCsv } from '../../../site/open-data-fields.ts';

/** data/<locale>/organisations.csv: one row per organisation, columns as in the codebook. */
export const getStaticPaths = keyedLocaleParams;

export const GET: APIRoute = async ({ locals }) =>
	new Response(toCsv(organisationColumns, await organisationRows(locals.locale)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
