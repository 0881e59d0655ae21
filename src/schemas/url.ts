import { z } from 'astro/zod';

/**
 * The one URL rule for content and configuration: an absolute http(s) address
 * on a public host name, with no user name or password in it. Anything else
 * (javascript:, data:, a bare path, a host without a dot) is refused, so a
 * link written by an editor can only ever lead to a web page.
 */
export const webUrl = z.httpUrl({ error: 'an http:// or https:// address of a web page, such as "https://example.org/page"' });
