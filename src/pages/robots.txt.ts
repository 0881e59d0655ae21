import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/page.ts';
import { routes } from '../site/routes.ts';

/**
 * robots.txt pointing crawlers at the sitemap. Under a base path such as
 * /atlas/ it lands in that folder, where crawlers do not look: add the
 * Sitemap line to the domain's own robots.txt then (docs/deployment.md).
 */
export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap())}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
