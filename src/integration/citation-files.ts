import fs from 'node:fs';
import path from 'node:path';
import { citationFormatInfo, citationFormats, citationPrefix, formatCitations, type CslItem } from '../site/citation-format.ts';
import { typeSegment, type EntryType } from '../model/entry-types.ts';

/**
 * Each entry's citation files (data/<locale>/citations/<segment>/<slug>.{csl.json,bib,ris}),
 * written after the build from the locale's library file, which holds the very
 * same records. As pages they were three routes per entry and locale, over
 * 12,000 at 1,000 entries, each with Astro's cost of a route; here each is a
 * string and a file write.
 */
export function writeEntryCitations(dist: string, locales: readonly string[]): number {
	let written = 0;
	for (const locale of locales) {
		const library = path.join(dist, 'data', locale, `citations.${citationFormatInfo['csl-json'].extension}`);
		if (!fs.existsSync(library)) continue;
		const items = JSON.parse(fs.readFileSync(library, 'utf8')) as CslItem[];
		const folders = new Set<string>();
		for (const item of items) {
			const [type, slug] = item.id.slice(citationPrefix.length + 1).split('/') as [EntryType, string];
			const folder = path.join(dist, 'data', locale, 'citations', typeSegment[type]);
			if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
			folders.add(folder);
			for (const format of citationFormats) {
				fs.writeFileSync(path.join(folder, `${slug}.${citationFormatInfo[format].extension}`), formatCitations([item], format));
				written++;
			}
		}
	}
	return written;
}
