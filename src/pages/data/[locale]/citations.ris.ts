import type { APIRoute } from 'astro';
import { keyedLocaleParams } from '../../../site/page-cache.ts';
import { libraryCitations } from '../../../site/citations.ts';
import { citationFormatInfo, formatCitations } from '../../../site/citation-format.ts';

/** data/<locale>/citations.ris: every entry's citation in this language (ris). */
export const getStaticPaths = keyedLocaleParams;

export const GET: APIRoute = async ({ locals }) =>
	new Response(formatCitations(await libraryCitations(locals.locale), 'ris'), {
		headers: { 'content-type': `${citationFormatInfo.ris.mediaType}; charset=utf-8` },
	});
