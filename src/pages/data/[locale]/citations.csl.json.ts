import type { APIRoute } from 'astro';
import { keyedLocaleParams } from '../../../site/page-cache.ts';
import { libraryCitations } from '../../../site/citations.ts';
import { citationFormatInfo, formatCitations } from '../../../site/citation-format.ts';

/** data/<locale>/citations.csl.json: every entry's citation in this language (csl-json). */
export const getStaticPaths = keyedLocaleParams;

export const GET: APIRoute = async ({ locals }) =>
	new Response(formatCitations(await libraryCitations(locals.locale), 'csl-json'), {
		headers: { 'content-type': `${citationFormatInfo['csl-json'].mediaType}; charset=utf-8` },
	});
