import type { EntryType } from './entry-types.ts';

/**
 * Citations of entries: CSL-JSON (the Citation Style Language's data format,
 * which Zotero, Mendeley, citeproc and pandoc read), BibTeX and RIS.
 *
 * Written here rather than with citation-js because that library is not among
 * the project's dependencies; the three formats are small, fixed and covered
 * by tests/unit/citation.test.ts. CSL-JSON is the one record every format is
 * derived from, so the three always say the same.
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

export function toCsl(source: CitationSource): CslItem {
	const d = source.updated;
	return {
		id: citationId(source.type, source.slug),
		type: 'entry-encyclopedia',
		title: source.title,
		'container-title': source.siteName,
		author: [{ literal: source.publisher }],
		publisher: source.publisher,
		issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
		URL: source.url,
		language: source.language,
		abstract: source.summary,
		genre: source.genre,
		...(source.license ? { license: source.license } : {}),
	};
}

/** CSL-JSON is always an array of items, also for one entry. */
export function cslJson(items: CslItem[]): string {
	return JSON.stringify(items, null, '\t') + '\n';
}

const isoDate = (item: CslItem) => item.issued['date-parts'][0].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');

/** Line breaks and other control characters would break a field (RIS) or a line of the file; they become spaces. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();

/**
 * Text for a BibTeX field in braces. LaTeX's special characters are escaped;
 * other Unicode stays as it is (biblatex and BibTeX with UTF-8 input read it),
 * so "Szentendre Város Önkormányzata" survives unchanged.
 */
export function bibtexEscape(text: string): string {
	return oneLine(text).replace(/[\\{}%$&#_^~]/g, (c) => {
		switch (c) {
			case '\\':
				return '\\textbackslash{}';
			case '^':
				return '\\textasciicircum{}';
			case '~':
				return '\\textasciitilde{}';
			default:
				return `\\${c}`;
		}
	});
}

/** A BibTeX key may not hold spaces, commas, braces, quotes, "=", "#" or "%"; the identifier never does, this keeps it so. */
export function bibtexKey(id: string): string {
	return id.replace(/[^A-Za-z0-9:/._-]/g, '-');
}

export function bibtexEntry(item: CslItem): string {
	const [year, month] = item.issued['date-parts'][0];
	// Braces around the publisher keep BibTeX from reading a corporate name as "Last, First".
	const fields: [string, string][] = [
		['title', `{${bibtexEscape(item.title)}}`],
		['author', `{{${bibtexEscape(item.author.map((a) => a.literal).join(' and '))}}}`],
		['booktitle', `{${bibtexEscape(item['container-title'])}}`],
		['publisher', `{${bibtexEscape(item.publisher)}}`],
		['year', `{${year}}`],
		['month', `{${month}}`],
		['date', `{${isoDate(item)}}`],
		['url', `{${item.URL.replace(/[{}\\]/g, encodeURIComponent)}}`],
		['language', `{${bibtexEscape(item.language)}}`],
		['abstract', `{${bibtexEscape(item.abstract)}}`],
		['note', `{${bibtexEscape(`${item.genre}. ${citationIdLabel}: ${item.id}`)}}`],
	];
	return `@misc{${bibtexKey(item.id)},\n${fields.map(([name, value]) => `\t${name} = ${value}`).join(',\n')}\n}\n`;
}

/** Label of the identifier in BibTeX notes and RIS; English, as the formats' own field names are. */
const citationIdLabel = 'Citation identifier';

export function bibtex(items: CslItem[]): string {
	return items.map(bibtexEntry).join('\n');
}

/**
 * RIS (Research Information Systems) as EndNote, Zotero and Citavi read it:
 * "TAG  - value" lines, CRLF line ends, each record ending with "ER  - ".
 * ELEC is the reference type for a web page.
 */
export function risRecord(item: CslItem): string {
	const lines: [string, string][] = [
		['TY', 'ELEC'],
		['ID', item.id],
		['TI', item.title],
		['AU', item.author.map((a) => a.literal).join('; ')],
		['T2', item['container-title']],
		['PB', item.publisher],
		['PY', String(item.issued['date-parts'][0][0])],
		['DA', isoDate(item).replace(/-/g, '/')],
		['UR', item.URL],
		['LA', item.language],
		['AB', item.abstract],
		['M3', item.genre],
		['N1', `${citationIdLabel}: ${item.id}`],
	];
	return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - ', ''].join('\r\n');
}

export function ris(items: CslItem[]): string {
	return items.map(risRecord).join('\r\n');
}

export function formatCitations(items: CslItem[], format: CitationFormat): string {
	switch (format) {
		case 'csl-json':
			return cslJson(items);
		case 'bibtex':
			return bibtex(items);
		case 'ris':
			return ris(items);
	}
}

/** Values for the readable citation of the "How to cite" box (UI string `cite.reference`). */
export function referenceValues(item: CslItem, formatDate: (date: Date) => string): Record<string, string> {
	const [y, m, d] = item.issued['date-parts'][0];
	return {
		author: item.author.map((a) => a.literal).join(', '),
		title: item.title,
		site: item['container-title'],
		date: formatDate(new Date(Date.UTC(y, m - 1, d))),
		year: String(y),
		url: item.URL,
	};
}
