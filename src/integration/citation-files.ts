import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { citationFormatInfo, citationFormats, citationPrefix, formatCitations, type CslItem } from '../site/citation-format.ts';
import type { EntryType } from '../model/entry-types.ts';
import { routes } from '../site/routes.ts';
import { codeVersion, linkOrCopy, packageVersion } from './cache-files.ts';

/**
 * Each entry's citation files (data/<locale>/citations/<segment>/<slug>.{csl.json,bib,ris}),
 * written after the build from the locale's library file, which holds the very
 * same records. As pages they were three routes per entry and locale, over
 * 12,000 at 1,000 entries, each with Astro's cost of a route; here each is a
 * string and a file write.
 *
 * A build that keeps a cache (ATLAS_INCREMENTAL=1) keeps the files in its cache
 * folder too (`atlas-citations/`), with the digest of the record each was made
 * from. The next build links an unchanged record's files into the site instead
 * of formatting and writing them again: writing 12,000 small files was a fifth
 * of a rebuild after one change at 1,000 entries.
 */
export interface CitationFilesWritten {
	/** Files formatted and written in this build. */
	written: number;
	/** Files of unchanged records linked from the cache folder. */
	reused: number;
}

interface CitationCache {
	version: string;
	/** Each file's path below the site, with the digest of the record it was made from. */
	files: Record<string, string>;
}

// Another formatter, citation-js or change to this code makes every cached file unusable.
const cacheVersion = codeVersion([import.meta.url, new URL('../site/citation-format.ts', import.meta.url)], [packageVersion('@citation-js/core')]);

export async function writeEntryCitations(dist: string, locales: readonly string[], cacheDir?: string): Promise<CitationFilesWritten> {
	const cacheFolder = cacheDir && path.join(cacheDir, 'atlas-citations');
	const cache = cacheFolder ? readCache(cacheFolder) : undefined;
	// Files another version made are of no use.
	if (cacheFolder && !cache) fs.rmSync(path.join(cacheFolder, 'files'), { recursive: true, force: true });
	const next: CitationCache = { version: cacheVersion, files: {} };
	const count: CitationFilesWritten = { written: 0, reused: 0 };
	const folders = new Set<string>();
	const folderOf = (file: string) => {
		const folder = path.dirname(file);
		if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
		folders.add(folder);
	};
	for (const locale of locales) {
		const library = path.join(dist, routes.citationLibrary(locale, citationFormatInfo['csl-json'].extension));
		if (!fs.existsSync(library)) continue;
		const items = JSON.parse(fs.readFileSync(library, 'utf8')) as CslItem[];
		for (const [i, item] of items.entries()) {
			// Let the event loop run now and then: Pagefind writes the search index meanwhile and waits for its next command.
			if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
			const [type, slug] = item.id.slice(citationPrefix.length + 1).split('/') as [EntryType, string];
			const digest = cacheFolder ? createHash('sha256').update(JSON.stringify(item)).digest('base64url') : '';
			for (const format of citationFormats) {
				const below = routes.citation(locale, type, slug, citationFormatInfo[format].extension);
				const target = path.join(dist, below);
				folderOf(target);
				if (!cacheFolder) {
					fs.writeFileSync(target, formatCitations([item], format));
					count.written++;
					continue;
				}
				const kept = path.join(cacheFolder, 'files', below);
				next.files[below] = digest;
				if (cache?.files[below] !== digest || !fs.existsSync(kept)) {
					// Never rewritten in place: the last build's site may still link to the old file.
					fs.rmSync(kept, { force: true });
					folderOf(kept);
					fs.writeFileSync(kept, formatCitations([item], format));
					count.written++;
				} else count.reused++;
				linkOrCopy(kept, target);
			}
		}
	}
	if (cacheFolder) {
		// Files of entries no longer published.
		for (const below of Object.keys(cache?.files ?? {})) if (!(below in next.files)) fs.rmSync(path.join(cacheFolder, 'files', below), { force: true });
		fs.mkdirSync(cacheFolder, { recursive: true });
		fs.writeFileSync(path.join(cacheFolder, 'index.json'), JSON.stringify(next));
	}
	return count;
}

function readCache(folder: string): CitationCache | undefined {
	try {
		const cache = JSON.parse(fs.readFileSync(path.join(folder, 'index.json'), 'utf8')) as CitationCache;
		return cache.version === cacheVersion ? cache : undefined;
	} catch {
		return undefined;
	}
}
