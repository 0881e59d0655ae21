import type { APIRoute } from 'astro';
import { keyedLocaleParams } from '../../../site/page-cache.ts';
import { libraryCitations } from '../../../site/citations.ts';
import { citationFormatInfo, formatCitations } from '../../../site/citation-format.ts';

/** data/<locale>/citations.bib: every entry's citation in this language (bibtex). */
export const getStaticPaths = keyedLocaleParams;

export const GET: APIRoute = async ({ locals }) =>
	new Response(formatCitations(await libraryCitations(locals.locale), 'bibtex'), {
		headers: { 'content-type': `${citationFormatInfo.bibtex.mediaType}; charset=utf-8` },
	});
