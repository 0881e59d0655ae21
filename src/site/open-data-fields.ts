import { entryTypes, typeSegment, type EntryType } from '../model/entry-types.ts';
import { referenceFields, type TargetKind } from '../model/references.ts';
import { taxonomies, type TaxonomyName } from '../model/taxonomy.ts';
import type { FactsByType } from '../model/content-schema.ts';
import type { OrganisationFacts, OrganisationText } from '../model/organisation-schema.ts';

/**
 * Open data: one definition of the published fields per entry type, used for
 * the JSON export, the CSV files and the codebook alike, so the three always
 * agree. Field ids are stable: rename one only with a new codebook version.
 */
export const codebookVersion = 2;

export type Cell = string | number | boolean | string[] | null;

/** What a row is built from: an entry's facts and the text shown in one locale. */
export interface RowSource<T extends EntryType = EntryType> {
	type: T;
	slug: string;
	facts: FactsByType[T];
	/** Locale of the text shown (differs from the requested one on a fallback). */
	language: string;
	translated: boolean;
	title: string;
	summary: string;
	/** Cases: the place and the result line, in the language shown. */
	place?: string;
	result?: string;
	url: string;
}

export interface Field<T extends EntryType = EntryType> {
	id: string;
	description: string;
	/** What the values are drawn from: a taxonomy, entry slugs of a type, glossary terms, or a code list. */
	values?: { taxonomy: TaxonomyName } | { references: TargetKind } | { code: 'locale' | 'country' | 'entry-type' | 'date' | 'year' };
	get(row: RowSource<T>): Cell;
}

const iso = (date: Date | string) => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date).slice(0, 10));

const commonFields: Field[] = [
	{ id: 'id', description: 'Stable identifier of the entry: "<type>/<slug>".', get: (r) => `${r.type}/${r.slug}` },
	{ id: 'type', description: 'Kind of entry.', values: { code: 'entry-type' }, get: (r) => r.type },
	{ id: 'slug', description: 'Stable short name of the entry, unique within its type; never changes once published.', get: (r) => r.slug },
	{ id: 'url', description: 'Address of the entry page in the requested language.', get: (r) => r.url },
	{ id: 'language', description: 'Language of title and summary (BCP 47 code).', values: { code: 'locale' }, get: (r) => r.language },
	{
		id: 'translated',
		description: 'true when the entry is translated into the requested language; false when the text is shown in another language as a fallback.',
		get: (r) => r.translated,
	},
	{ id: 'title', description: 'Title of the entry.', get: (r) => r.title },
	{ id: 'summary', description: 'One or two sentences that say what the entry is about.', get: (r) => r.summary },
	{
		id: 'reviews',
		description: 'Reviews that took place, each as "<date> <kind> <reviewer role>[ <locale>]"; empty when none is recorded.',
		get: (r) => r.facts.reviews.map((v) => [iso(v.date), v.kind, v.by, v.locale].filter(Boolean).join(' ')),
	},
	{ id: 'sourceLocale', description: 'Language the entry was first written in.', values: { code: 'locale' }, get: (r) => r.facts.sourceLocale },
	{ id: 'sources', description: 'Titles of the documents the facts come from.', get: (r) => r.facts.sources.map((s) => s.title) },
	{ id: 'sourceUrls', description: 'Addresses of the sources that have one.', get: (r) => r.facts.sources.flatMap((s) => (s.url ? [s.url] : [])) },
];

const fieldDescriptions: Record<string, string> = {
	cooperationForms: 'Legal cooperation forms used in the case.',
	methods: 'Methods used or recommended.',
	pitfalls: 'Pitfalls that occurred or to watch for.',
	relatedMethods: 'Related methods.',
	legalForms: 'Legal cooperation forms that fit the method.',
	concepts: 'Glossary terms the method relies on.',
};

/** Reference fields (slugs of other entries) come from references.ts, so a new link field is exported automatically. */
function referenceColumns<T extends EntryType>(type: T): Field<T>[] {
	return Object.entries(referenceFields[type] as Record<string, TargetKind>).map(([field, target]) => ({
		id: field,
		description: fieldDescriptions[field] ?? `Entries of type ${target} this entry links to.`,
		values: { references: target },
		get: (r: RowSource<T>) => [...((r.facts as unknown as Record<string, string[]>)[field] ?? [])],
	}));
}

export const typeFields: { [T in EntryType]: Field<T>[] } = {
	case: [
		{ id: 'country', description: 'Country, as an ISO 3166-1 alpha-2 code.', values: { code: 'country' }, get: (r) => r.facts.country },
		{ id: 'place', description: 'Place, in the language of the text shown; a scenario names no real place.', get: (r) => r.place ?? null },
		{ id: 'scale', description: 'Size of the place or area.', values: { taxonomy: 'scale' }, get: (r) => r.facts.scale },
		{
			id: 'yearStart',
			description: 'Year the cooperation started; empty when the sources do not say (and always for a scenario).',
			values: { code: 'year' },
			get: (r) => r.facts.years?.start ?? null,
		},
		{
			id: 'yearEnd',
			description: 'Year the cooperation ended, or "ongoing"; empty when the sources do not say.',
			values: { code: 'year' },
			get: (r) => r.facts.years?.end ?? null,
		},
		{
			id: 'result',
			description: "One line on the result, from the sources (a scenario's result is invented); empty when the sources state none.",
			get: (r) => r.result ?? null,
		},
		{ id: 'themes', description: 'Themes of the case.', values: { taxonomy: 'theme' }, get: (r) => [...r.facts.themes] },
		{
			id: 'partnerSectors',
			description: 'Sector of each partner, in order.',
			values: { taxonomy: 'sector' },
			get: (r) => r.facts.partners.map((p) => p.sector),
		},
		{
			id: 'partnerNames',
			description: 'Names of the partners a cited source names.',
			get: (r) => r.facts.partners.flatMap((p) => (p.name ? [p.name] : [])),
		},
		...referenceColumns('case'),
		{ id: 'funding', description: 'Funding sources.', values: { taxonomy: 'funding' }, get: (r) => [...r.facts.funding] },
		{
			id: 'evidence',
			description: 'documented: every fact comes from a cited source; scenario: an invented example built on ideas from its sources.',
			values: { taxonomy: 'evidence' },
			get: (r) => r.facts.evidence,
		},
		{ id: 'featured', description: 'true when the case is featured on the home page.', get: (r) => r.facts.featured },
	],
	method: referenceColumns('method'),
	legalForm: [
		{
			id: 'referenceCountries',
			description: 'Countries for which a legal instrument is named.',
			values: { code: 'country' },
			get: (r) => [...new Set(r.facts.references.map((x) => x.country))],
		},
		{
			id: 'references',
			description: 'Named legal instruments, as "<country>: <name>".',
			get: (r) => r.facts.references.map((x) => `${x.country}: ${x.name}`),
		},
		...referenceColumns('legalForm'),
	],
	pitfall: referenceColumns('pitfall'),
	checklist: [
		{ id: 'phases', description: 'Phase ids, in order.', get: (r) => r.facts.phases.map((p) => p.id) },
		{
			id: 'items',
			description: 'Item ids, in order (stable: saved progress is keyed by them).',
			get: (r) => r.facts.phases.flatMap((p) => p.items.map((i) => i.id)),
		},
	],
};

export function fieldsOf<T extends EntryType>(type: T): Field<T>[] {
	return [...(commonFields as Field<T>[]), ...typeFields[type]];
}

export type Row = Record<string, Cell>;

/** What an organisation's row is built from: its facts and its text in the language shown. */
export interface OrganisationRowSource {
	slug: string;
	facts: OrganisationFacts;
	/** Locale of the text shown (differs from the requested one when the organisation did not write in it). */
	language: string;
	translated: boolean;
	text: OrganisationText;
	url: string;
	/** Not confirmed for 12 months at the build date. */
	stale: boolean;
}

/** Fields of the local partner directory export (data/<locale>/organisations.json and .csv). */
export const organisationFields: (Omit<Field, 'get'> & { get(row: OrganisationRowSource): Cell })[] = [
	{ id: 'id', description: 'Stable identifier: "organisation/<slug>".', get: (r) => `organisation/${r.slug}` },
	{ id: 'slug', description: 'Stable short name of the organisation; never changes once published.', get: (r) => r.slug },
	{ id: 'url', description: 'Address of the organisation page in the requested language.', get: (r) => r.url },
	{ id: 'name', description: "The organisation's own name, as it writes it.", get: (r) => r.facts.name },
	{ id: 'sector', description: 'Type of organisation.', values: { taxonomy: 'sector' }, get: (r) => r.facts.sector },
	{ id: 'country', description: 'Country, as an ISO 3166-1 alpha-2 code.', values: { code: 'country' }, get: (r) => r.facts.country },
	{ id: 'place', description: 'Town, village or district where the organisation is active, as it names it.', get: (r) => r.facts.place },
	{ id: 'website', description: "The organisation's website; empty when none is listed.", get: (r) => r.facts.website ?? null },
	{
		id: 'email',
		description: "The organisation's general e-mail address (never a private person's); empty when none is listed.",
		get: (r) => r.facts.email ?? null,
	},
	{ id: 'phone', description: "The organisation's general phone number; empty when none is listed.", get: (r) => r.facts.phone ?? null },
	{ id: 'language', description: 'Language of description, offersDetail and needsDetail (BCP 47 code).', values: { code: 'locale' }, get: (r) => r.language },
	{
		id: 'translated',
		description: 'true when the description is written in the requested language; false when it is shown in another one.',
		get: (r) => r.translated,
	},
	{ id: 'description', description: 'What the organisation does.', get: (r) => r.text.description },
	{ id: 'offers', description: 'What the organisation can offer to others.', values: { taxonomy: 'capacity' }, get: (r) => [...r.facts.offers] },
	{ id: 'offersDetail', description: 'What exactly it offers, in its own words; empty when not given.', get: (r) => r.text.offersDetail ?? null },
	{ id: 'needs', description: 'What the organisation needs from others.', values: { taxonomy: 'capacity' }, get: (r) => [...r.facts.needs] },
	{ id: 'needsDetail', description: 'What exactly it needs, in its own words; empty when not given.', get: (r) => r.text.needsDetail ?? null },
	{ id: 'cases', description: 'Case studies the organisation took part in.', values: { references: 'case' }, get: (r) => [...r.facts.cases] },
	{
		id: 'consentBasis',
		description: 'How the organisation agreed to be listed; public-source: named in a cited public source, and the entry states only what that source says.',
		values: { taxonomy: 'consent' },
		get: (r) => r.facts.consent.basis,
	},
	{
		id: 'consentDate',
		description: 'When consent was given (public-source: when the source was read).',
		values: { code: 'date' },
		get: (r) => iso(r.facts.consent.date),
	},
	{ id: 'confirmed', description: 'When the organisation last confirmed these details.', values: { code: 'date' }, get: (r) => iso(r.facts.confirmed) },
	{ id: 'stale', description: 'true when the details were not confirmed in the 12 months before the site was built.', get: (r) => r.stale },
	{
		id: 'sourceUrls',
		description: 'Addresses of the public sources the facts come from; empty for a survey answer.',
		get: (r) => r.facts.sources.map((x) => x.url),
	},
];

export function organisationRow(source: OrganisationRowSource): Row {
	return Object.fromEntries(organisationFields.map((field) => [field.id, field.get(source)]));
}

export function toRow<T extends EntryType>(source: RowSource<T>): Row {
	return Object.fromEntries(fieldsOf(source.type).map((field) => [field.id, field.get(source)]));
}

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP
 * "CSV injection"), so such a text cell gets a leading apostrophe, which
 * spreadsheets show as text. Numbers and booleans are never text cells.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** RFC 4180 CSV: lists joined with "; ", CRLF line ends, fields quoted when needed, text cells safe from formula injection. */
export function toCsv(columns: string[], rows: Row[]): string {
	const cell = (value: Cell | undefined): string => {
		let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
		if (typeof value !== 'number' && formulaStart.test(text)) text = `'${text}`;
		return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
	};
	const lines = [columns.map(cell), ...rows.map((row) => columns.map((c) => cell(row[c])))];
	return `${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

export interface Codebook {
	version: number;
	description: string;
	files: { path: string; description: string }[];
	types: { id: EntryType; segment: string; fields: { id: string; description: string; values?: string }[] }[];
	/** The local partner directory (data/<locale>/organisations.json and .csv). */
	organisations: { fields: { id: string; description: string; values?: string }[] };
	taxonomies: Record<string, { id: string; labels: Record<string, string> }[]>;
}

function valuesLabel(values: Field['values']): string | undefined {
	if (!values) return undefined;
	if ('taxonomy' in values) return `taxonomy:${values.taxonomy}`;
	if ('references' in values) return values.references === 'term' ? 'glossary term ids' : `slugs of ${values.references} entries`;
	return {
		locale: 'BCP 47 language code',
		country: 'ISO 3166-1 alpha-2 country code',
		'entry-type': entryTypes.join(', '),
		date: 'date, YYYY-MM-DD',
		year: 'year (four digits)',
	}[values.code];
}

/** The codebook: every field of every type and every taxonomy value with its label per locale. */
export function buildCodebook(label: (taxonomy: TaxonomyName, value: string, locale: string) => string, locales: string[]): Codebook {
	return {
		version: codebookVersion,
		description: 'Fields of data/<locale>/entries.json and data/<locale>/<type>.csv. In CSV files, lists are joined with "; ".',
		files: [
			{ path: 'data/<locale>/entries.json', description: 'Every entry with the text shown in that language ({ entries: [...] }).' },
			...entryTypes.map((type) => ({ path: `data/<locale>/${typeSegment[type]}.csv`, description: `Entries of type ${type}, one row each.` })),
			{
				path: 'data/<locale>/organisations.json',
				description: 'The local partner directory: every organisation with its text in that language ({ organisations: [...] }).',
			},
			{ path: 'data/<locale>/organisations.csv', description: 'The local partner directory, one row per organisation.' },
			{
				path: 'data/<locale>/citations.csl.json',
				description:
					'Every entry as a citation in CSL-JSON (Citation Style Language data); each item\'s id is its citation identifier, "cooperation-atlas:<type>/<slug>".',
			},
			{ path: 'data/<locale>/citations.bib', description: 'The same citations in BibTeX.' },
			{ path: 'data/<locale>/citations.ris', description: 'The same citations in RIS.' },
			{ path: 'data/<locale>/citations/<type segment>/<slug>.{csl.json,bib,ris}', description: "One entry's citation in each format." },
			{ path: 'data/codebook.json', description: 'This codebook.' },
		],
		types: entryTypes.map((type) => ({
			id: type,
			segment: typeSegment[type],
			fields: fieldsOf(type).map((f) => ({ id: f.id, description: f.description, values: valuesLabel(f.values) })),
		})),
		organisations: { fields: organisationFields.map((f) => ({ id: f.id, description: f.description, values: valuesLabel(f.values) })) },
		taxonomies: Object.fromEntries(
			(Object.keys(taxonomies) as TaxonomyName[]).map((name) => [
				name,
				taxonomies[name].map((id) => ({ id, labels: Object.fromEntries(locales.map((l) => [l, label(name, id, l)])) })),
			]),
		),
	};
}
