import { z } from 'astro/zod';

/**
 * The one URL rule for content and configuration: an absolute http(s) address
 * on a public host name, with no user name or password in it. Anything else
 * (javascript:, data:, a bare path, a host without a dot) is refused, so a
 * link written by an editor can only ever lead to a web page.
 */
export const webUrl = z.httpUrl({ error: 'an http:// or https:// address of a web page, such as "https://example.org/page"' });

/**
 * The site's own public address, for canonical links, feeds and sitemaps: an
 * http(s) origin with an optional path, and nothing that could smuggle in
 * another meaning (credentials, a query, a fragment). A local address such as
 * http://localhost:4321 is allowed for trying a copy out.
 */
export const siteAddress = z.url({ protocol: /^https?$/, error: 'the public address of the site, such as "https://atlas.example.org"' }).refine((value) => {
	const url = new URL(value);
	return !url.username && !url.password && !url.search && !url.hash;
}, 'the address of the site only: no user name, password, query (?…) or fragment (#…)');
