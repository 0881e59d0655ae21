import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { EntryType } from '../model/entry-types.ts';

/**
 * Citations of entries with citation-js: one CSL-JSON record per entry (the
 * Citation Style Language's data format, which Zotero, Mendeley and pandoc
 * read) is the source of the CSL-JSON, BibTeX and RIS files and of the
 * readable citation, which the CSL processor formats in APA style with the CSL
 * locale data of the page's language.
 */

/** Prefix of every entry's citation identifier; never changes, like slugs. */
export const citationPrefix = 'cooperation-atlas';

/** The stable citation identifier of an entry, e.g. "cooperation-atlas:case/river-cleanup". */
export function citationId(type: EntryType, slug: string): string {
	return `${citationPrefix}:${type}/${slug}`;
}

export const citationFormats = ['csl-json', 'bibtex', 'ris'] as const;
export type CitationFormat = (typeof citationFormats)[number];

export const citationFormatInfo: Record<CitationFormat, { extension: string; mediaType: string; label: string }> = {
	'csl-json': { extension: 'csl.json', mediaType: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
	bibtex: { extension: 'bib', mediaType: 'application/x-bibtex', label: 'BibTeX' },
	ris: { extension: 'ris', mediaType: 'application/x-research-info-systems', label: 'RIS' },
};

/** The format a file name ends with ("river-cleanup.bib" → bibtex), and the name without it. */
export function splitCitationFile(file: string): { name: string; format: CitationFormat } | undefined {
	for (const format of citationFormats) {
		const suffix = `.${citationFormatInfo[format].extension}`;
		if (file.endsWith(suffix) && file.length > suffix.length) return { name: file.slice(0, -suffix.length), format };
	}
	return undefined;
}

/** What a citation is made from: one entry as shown in one language. */
export interface CitationSource {
	type: EntryType;
	slug: string;
	title: string;
	summary: string;
	/** Language of title and summary (BCP 47). */
	language: string;
	/** Absolute URL of the page in that language. */
	url: string;
	/** The site's name in that language: the work the entry is part of. */
	siteName: string;
	/** Who publishes the site (config contact.organisation); the corporate author. */
	publisher: string;
	/** When the entry last changed: the version being cited. */
	updated: Date;
	/** The kind of entry in that language ("Case study"), CSL's genre. */
	genre: string;
	license?: string;
}

/** One CSL-JSON item (CSL 1.0.2 data schema); only the variables the atlas fills. */
export interface CslItem {
	id: string;
	/** The identifier again, under the name reference managers read as the BibTeX key. */
	'citation-key': string;
	type: 'entry-encyclopedia';
	title: string;
	'container-title': string;
	author: { literal: string }[];
	publisher: string;
	issued: { 'date-parts': [[number, number, number]] };
	URL: string;
	language: string;
	abstract: string;
	genre: string;
	license?: string;
}

/** Line breaks and other control characters would end a RIS field or a BibTeX line early; they become spaces. */
export const oneLine = (text: string) =>
	text
		// biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks and control characters would break a RIS or BibTeX record
		.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();

export function toCsl(source: CitationSource): CslItem {
	const d = source.updated;
	const id = citationId(source.type, source.slug);
	return {
		id,
		'citation-key': id,
		type: 'entry-encyclopedia',
		title: oneLine(source.title),
		'container-title': oneLine(source.siteName),
		author: [{ literal: oneLine(source.publisher) }],
		publisher: oneLine(source.publisher),
		issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
		URL: source.url,
		language: source.language,
		abstract: oneLine(source.summary),
		genre: oneLine(source.genre),
		...(source.license ? { license: oneLine(source.license) } : {}),
	};
}

/**
 * BibTeX keys are the citation identifiers. citation-js would drop a key with
 * ":" or "/" for one made of author, year and title; BibTeX, biber and LaTeX's
 * \cite accept both, and the identifier never holds anything else (lowercase
 * letters, digits, hyphens).
 */
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;

/**
 * citation-js writes RIS "ID" as the 20 characters the oldest readers accept,
 * which would cut the identifier; the atlas writes it whole (Zotero, EndNote
 * and Citavi read any length), with the CRLF line ends the RIS specification
 * asks for.
 */
function risWithIds(text: string, items: CslItem[]): string {
	let record = 0;
	return text
		.split(/\r?\n/)
		.map((line) => {
			if (line.startsWith('ID  - ')) return `ID  - ${items[record]?.id ?? line.slice(6)}`;
			if (line.startsWith('ER  -')) {
				record++;
				return 'ER  - \r\n';
			}
			return line;
		})
		.join('\r\n');
}

export function formatCitations(items: CslItem[], format: CitationFormat): string {
	switch (format) {
		case 'csl-json':
			return `${JSON.stringify(items, null, '\t')}\n`;
		case 'bibtex':
			return `${new Cite(items).format('bibtex').trim()}\n`;
		case 'ris':
			return `${risWithIds(new Cite(items).format('ris').replace(/[\r\n]+$/, ''), items)}\r\n`;
	}
}
