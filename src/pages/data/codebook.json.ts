import type { APIRoute } from 'astro';
import { codebook } from '../../site/open-data-rows.ts';

/** data/codebook.json: every exported field and taxonomy value, with stable ids. */
export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(codebook(), null, '\t')}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
