import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { parse as parseYamlValue, stringify } from 'yaml';
import { parseCsv } from './csv.ts';
import { asciiSlug, nameKey } from '../../src/model/organisations.ts';
import { capacities, isCountryCode, sectors, type Capacity, type Sector } from '../../src/model/taxonomy.ts';
import { emailPattern, phonePattern } from '../../src/model/organisation-schema.ts';
import { webUrl } from '../../src/model/url.ts';
import type { UiStrings } from '../../src/shared/ui-strings.ts';

/**
 * `npm run import:organisations`: survey answers (a CSV export of Google
 * Forms, Microsoft Forms, LimeSurvey or a spreadsheet) to directory entries.
 * Everything here is pure: the script reads files and writes what `planImport`
 * and `decide` say. A row is written only with consent, and only when every
 * cell it needs is usable; each problem names its row, column and fix.
 */
export const importFields = [
	'timestamp',
	'language',
	'name',
	'sector',
	'place',
	'country',
	'website',
	'email',
	'phone',
	'description',
	'offers',
	'offersDetail',
	'needs',
	'needsDetail',
	'cases',
	'consent',
	'confirmed',
] as const;
export type ImportField = (typeof importFields)[number];

export const mappingSchema = z.strictObject({
	locale: z
		.string()
		.regex(/^[a-z]{2,3}$/, 'a language code such as "lt"')
		.optional(),
	country: z.string().refine(isCountryCode, 'an ISO 3166-1 alpha-2 country code in capitals, such as "LT"').optional(),
	dateOrder: z.enum(['DMY', 'MDY']).optional(),
	columns: z.partialRecord(z.enum(importFields), z.array(z.string().min(1)).min(1)).default({}),
	consentYes: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
	values: z
		.strictObject({
			sector: z.record(z.string(), z.enum(sectors)).default({}),
			capacity: z.record(z.string(), z.enum(capacities)).default({}),
		})
		.default({ sector: {}, capacity: {} }),
});
export type ImportMapping = z.output<typeof mappingSchema>;

/** A user's mapping over the defaults: columns it names replace the default names of that field; values add up. */
export function mergeMappings(base: ImportMapping, extra: ImportMapping): ImportMapping {
	return {
		locale: extra.locale ?? base.locale,
		country: extra.country ?? base.country,
		dateOrder: extra.dateOrder ?? base.dateOrder,
		columns: { ...base.columns, ...extra.columns },
		consentYes: extra.consentYes ?? base.consentYes,
		values: { sector: { ...base.values.sector, ...extra.values.sector }, capacity: { ...base.values.capacity, ...extra.values.capacity } },
	};
}

export interface ImportProblem {
	/** Line of the CSV file the row starts on; undefined for the file as a whole. */
	row?: number;
	column?: string;
	/** error: the row is not written; warning: written as corrected; note: for information. */
	severity: 'error' | 'warning' | 'note';
	message: string;
}

export function formatImportProblem(file: string, p: ImportProblem): string {
	const where = [p.row !== undefined ? `row ${p.row}` : undefined, p.column !== undefined ? `column "${p.column}"` : undefined].filter(Boolean).join(', ');
	return `${file}${where ? `: ${where}` : ''}: ${p.severity}: ${p.message}`;
}

/** Heading or answer as compared: lower case, no diacritics, no numbering or trailing "*", ":", "?". */
export function normaliseLabel(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('en')
		.replace(/[\u2018\u2019\u201A\u201B]/g, "'")
		.replace(/^\s*\d+[.)]\s+/, '')
		.replace(/[\s*:?]+$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Answer labels of sectors and capacities: ids, the atlas's labels in every language, and the mapping's own. */
export interface AnswerIndex {
	sector: Map<string, Sector>;
	capacity: Map<string, Capacity>;
}

export function answerIndex(strings: Record<string, UiStrings>, mapping: ImportMapping): AnswerIndex {
	const index: AnswerIndex = { sector: new Map(), capacity: new Map() };
	const add = <T extends string>(map: Map<string, T>, label: string, id: T) => map.set(normaliseLabel(label), id);
	for (const id of sectors) add(index.sector, id, id);
	for (const id of capacities) {
		add(index.capacity, id, id);
		add(index.capacity, id.replace(/-/g, ' '), id);
	}
	for (const locale of Object.keys(strings)) {
		const taxonomy = (strings[locale]!.taxonomy ?? {}) as Record<string, Record<string, string>>;
		for (const id of sectors) if (taxonomy.sector?.[id]) add(index.sector, taxonomy.sector[id]!, id);
		for (const id of capacities) if (taxonomy.capacity?.[id]) add(index.capacity, taxonomy.capacity[id]!, id);
	}
	for (const [label, id] of Object.entries(mapping.values.sector)) add(index.sector, label, id);
	for (const [label, id] of Object.entries(mapping.values.capacity)) add(index.capacity, label, id);
	return index;
}

/** Dates as survey tools write them: 2026-11-20, 2026/11/20, 2026. 11. 20., 20.11.2026, 20/11/2026 or 11/20/2026. */
export function parseSurveyDate(cell: string, order: 'DMY' | 'MDY' | undefined): { date?: string; problem?: string } {
	const text = cell.trim();
	let y: number;
	let m: number;
	let d: number;
	const ymd = /^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/.exec(text);
	const dotted = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?!\d)/.exec(text);
	const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/.exec(text);
	if (ymd) [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
	else if (dotted) [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
	else if (slashed) {
		const [a, b] = [Number(slashed[1]), Number(slashed[2])];
		y = Number(slashed[3]!.length === 2 ? `20${slashed[3]}` : slashed[3]);
		const guess = a > 12 ? 'DMY' : b > 12 ? 'MDY' : order;
		if (!guess) return { problem: `"${text}" could be day/month or month/day: set dateOrder: DMY or MDY in the mapping file` };
		[d, m] = guess === 'DMY' ? [a, b] : [b, a];
	} else return { problem: `"${text}" is not a date this import reads: write it as YYYY-MM-DD` };
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
		return { problem: `"${text}" is not a real date: correct it (YYYY-MM-DD)` };
	return { date: date.toISOString().slice(0, 10) };
}

/** An organisation the survey describes, ready to be written. */
export interface PlannedOrganisation {
	row: number;
	slug: string;
	name: string;
	place: string;
	locale: string;
	/** entry.yaml without `imported`, in writing order. */
	facts: Record<string, unknown>;
	/** `<locale>.yaml`. */
	text: Record<string, string>;
}

/** Rows the import leaves out on purpose (no consent), which an editor may need to act on. */
export interface WithoutConsent {
	row: number;
	name: string;
	place: string;
}

export interface ImportPlan {
	organisations: PlannedOrganisation[];
	withoutConsent: WithoutConsent[];
	problems: ImportProblem[];
}

export interface PlanOptions {
	mapping: ImportMapping;
	answers: AnswerIndex;
	knownLocales: string[];
	defaultLocale: string;
	/** Case slugs of the site, for a `cases` column. */
	caseSlugs: Set<string>;
	/** Organisations already in the target folder, to keep their slugs and avoid others'. */
	existing: { slug: string; name: string; place: string }[];
	/** The day of the import: no date after it is accepted. */
	today: string;
}

const limits = { name: 200, place: 120, description: 800, offersDetail: 400, needsDetail: 400 } as const;
// Invisible characters a form sometimes carries along; the content check refuses them, so the import removes them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for.
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const clean = (cell: string) => cell.replace(invisible, '').replace(/\s+/g, ' ').trim();

/**
 * Role addresses an organisation publishes (info@, office@…); an address made
 * of two name-like words (anna.berzina@…) is most likely a person's.
 */
const roleWords = new Set(
	'info,office,contact,kontakt,kontakti,kontaktai,hello,admin,mail,post,pasts,biroja,birojs,iroda,titkarsag,titkarsag,rastine,sekretoriatas,sekretariats,secretariat,centrs,centras,kozpont,club,klubs,klubas,board,valde,valdyba,elnokseg,youth,jauniesi,jaunimas,ifjusag,library,biblioteka,konyvtar,school,skola,mokykla,iskola,community,bendruomene,kopiena,kozosseg,support,help,pagalba,palidziba,segitseg,news,zinas,naujienos,hirek,events,pasakumi,renginiai,rendezvenyek,volunteer,brivpratigie,savanoriai,onkentes,org,association,asociacija,biedriba,egyesulet,fund,fonds,fondas,alapitvany'.split(
		',',
	),
);
export function looksPersonal(email: string): boolean {
	const local = nameKey(email.split('@')[0] ?? '');
	const words = local.split(' ').filter(Boolean);
	return words.length === 2 && words.every((w) => /^[a-z]{2,}$/.test(w) && !roleWords.has(w));
}

function findColumns(
	headers: string[],
	mapping: ImportMapping,
): {
	byField: Map<ImportField, number>;
	options: { index: number; field: 'offers' | 'needs'; option: string }[];
	unmapped: string[];
	problems: ImportProblem[];
} {
	const aliases = new Map<string, ImportField>();
	// Only the names the mapping gives: a bare "Name" or "Email" column is the respondent's in some tools.
	for (const field of importFields) for (const name of mapping.columns[field] ?? []) aliases.set(normaliseLabel(name), field);
	const byField = new Map<ImportField, number>();
	const options: { index: number; field: 'offers' | 'needs'; option: string }[] = [];
	const unmapped: string[] = [];
	const problems: ImportProblem[] = [];
	headers.forEach((header, index) => {
		const field = aliases.get(normaliseLabel(header));
		if (field) {
			if (byField.has(field))
				problems.push({
					severity: 'error',
					column: header,
					message: `a second column for "${field}" (the first is "${headers[byField.get(field)!]}"): rename or delete one of them`,
				});
			else byField.set(field, index);
			return;
		}
		// One column per answer: "offers[premises]" (LimeSurvey) or "What can … offer? [Premises]" (Google Forms grids).
		const option = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(header);
		const base = option ? aliases.get(normaliseLabel(option[1]!)) : undefined;
		if (option && (base === 'offers' || base === 'needs')) options.push({ index, field: base, option: option[2]! });
		else if (header.trim()) unmapped.push(header);
	});
	return { byField, options, unmapped, problems };
}

const truthy = /^(y|yes|1|true|x|igen|ja|taip|checked|on)$/;

/** Reads a survey export into organisations to write; nothing is written here. */
export function planImport(csvText: string, options: PlanOptions): ImportPlan {
	const { mapping, answers } = options;
	const table = parseCsv(csvText);
	const problems: ImportProblem[] = [];
	const columns = findColumns(table.headers, mapping);
	problems.push(...columns.problems);
	const col = (field: ImportField) => columns.byField.get(field);
	for (const field of ['name', 'sector', 'place', 'description', 'consent'] as const) {
		if (col(field) === undefined)
			problems.push({
				severity: 'error',
				message: `no column for "${field}" (looked for: ${(mapping.columns[field] ?? []).map((n) => `"${n}"`).join(', ')}): add the question to the survey, or name its column under columns.${field} in a mapping file (--map)`,
			});
	}
	if (col('timestamp') === undefined && col('confirmed') === undefined)
		problems.push({
			severity: 'error',
			message:
				'no column with the date of each answer (Timestamp, Completion time, submitdate…): the consent record needs it; name the column under columns.timestamp in a mapping file',
		});
	if (col('country') === undefined && !mapping.country)
		problems.push({
			severity: 'error',
			message: 'the country of the organisations is not known: pass --country LT (or set country: in the mapping file, or add a country column)',
		});
	if (columns.unmapped.length)
		problems.push({
			severity: 'note',
			message: `columns not imported: ${columns.unmapped.map((h) => `"${h}"`).join(', ')} (answers of respondents, such as their own name or e-mail, are never imported)`,
		});
	if (problems.some((p) => p.severity === 'error')) return { organisations: [], withoutConsent: [], problems };
	// A broken quote spoils only the rows from where it starts: the rows before it are still read.
	problems.push(...table.problems.map((p): ImportProblem => ({ severity: 'error', message: `line ${p.line} of the file: ${p.message}` })));

	const yes = (mapping.consentYes ?? ['yes']).map(normaliseLabel).filter(Boolean);
	const consented = (cell: string) => {
		const answer = normaliseLabel(cell);
		return yes.some((y) => answer === y || (answer.startsWith(y) && !/\p{L}/u.test(answer.charAt(y.length))));
	};
	const planned: PlannedOrganisation[] = [];
	const withoutConsent: WithoutConsent[] = [];
	const taken = new Map(options.existing.map((e) => [e.slug, e]));

	// Rows are counted as a spreadsheet shows them (the header is row 1), whatever line breaks the answers hold.
	for (const [index, { cells }] of table.rows.entries()) {
		const line = index + 2;
		const header = (field: ImportField) => table.headers[col(field)!] ?? field;
		const cell = (field: ImportField) => (col(field) === undefined ? '' : (cells[col(field)!] ?? ''));
		const rowProblems: ImportProblem[] = [];
		const bad = (field: ImportField, message: string, severity: ImportProblem['severity'] = 'error') =>
			rowProblems.push({ row: line, column: header(field), severity, message });
		if (cells.every((c) => !c.trim())) continue;
		if (cells.length !== table.headers.length)
			rowProblems.push({
				row: line,
				severity: 'warning',
				message: `has ${cells.length} cells where the header has ${table.headers.length}: check for a delimiter inside an unquoted answer`,
			});

		const name = clean(cell('name'));
		const place = clean(cell('place'));
		if (!consented(cell('consent'))) {
			withoutConsent.push({ row: line, name, place });
			problems.push({
				row: line,
				column: header('consent'),
				severity: 'note',
				message: `no consent to publish${name ? ` "${name}"` : ''} (answer: "${clean(cell('consent'))}"): this row is not written`,
			});
			continue;
		}
		if (!name) bad('name', 'empty: every organisation needs its name (ask the organisation, or delete the row)');
		else if (name.length > limits.name) bad('name', `longer than ${limits.name} characters: shorten it`);
		if (!place) bad('place', 'empty: write the town or village where the organisation is active');
		else if (place.length > limits.place) bad('place', `longer than ${limits.place} characters: write only the town or village`);

		const sectorCell = clean(cell('sector'));
		const sector = answers.sector.get(normaliseLabel(sectorCell));
		if (!sectorCell) bad('sector', `empty: choose one of ${sectors.join(', ')}`);
		else if (!sector)
			bad(
				'sector',
				`"${sectorCell}" is not a known type of organisation: use one of ${sectors.join(', ')} (or the answer labels of the suggested survey), or add "${sectorCell}: <id>" under values.sector in a mapping file`,
			);

		const country = clean(cell('country')).toUpperCase() || mapping.country || '';
		if (!isCountryCode(country)) bad('country', `"${country}" is not an ISO 3166-1 alpha-2 country code: write it like LT, LV or HU`);

		const languageCell = clean(cell('language')).toLowerCase();
		const locale = languageCell ? languageCell.split(/[-_]/)[0]! : (mapping.locale ?? options.defaultLocale);
		if (!options.knownLocales.includes(locale))
			bad(
				'language',
				`"${locale}" is not a language of this site (known: ${options.knownLocales.join(', ')}): set locale: in the mapping file or correct the cell`,
			);

		let website: string | undefined = clean(cell('website')) || undefined;
		if (website && !/^[a-z][a-z0-9+.-]*:/i.test(website)) {
			bad('website', `"${website}" has no https:// in front: written as https://${website}`, 'warning');
			website = `https://${website}`;
		}
		if (website && !webUrl.safeParse(website).success)
			bad('website', `"${website}" is not the address of a web page: correct it (https://…) or clear the cell`);

		const email = clean(cell('email')).replace(/^mailto:/i, '') || undefined;
		if (email && !emailPattern.test(email)) bad('email', `"${email}" is not an e-mail address: correct it or clear the cell`);
		else if (email && looksPersonal(email))
			bad(
				'email',
				`"${email}" looks like a person's own address: the directory publishes only an organisation's general address (info@…, office@…); replace it or clear the cell`,
			);

		const phone = clean(cell('phone')) || undefined;
		if (phone && !phonePattern.test(phone))
			bad('phone', `"${phone}" is not a phone number: write digits with an optional leading + (such as +370 528 12345) or clear the cell`);

		const capacityList = (field: 'offers' | 'needs'): Capacity[] => {
			const found: Capacity[] = [];
			const add = (value: Capacity) => found.includes(value) || found.push(value);
			const raw = cell(field);
			// Google Forms joins checkbox answers with ", ", Microsoft Forms with ";".
			for (const part of raw
				.split(/[;,\n]/)
				.map(clean)
				.filter(Boolean)) {
				const id = answers.capacity.get(normaliseLabel(part));
				if (id) add(id);
				else
					bad(
						field,
						`"${part}" is not one of the capacities (${capacities.join(', ')}): choose one, or add "${part}: <id>" under values.capacity in a mapping file`,
					);
			}
			for (const option of columns.options.filter((o) => o.field === field)) {
				const value = normaliseLabel(cells[option.index] ?? '');
				if (!value || !(truthy.test(value) || value === normaliseLabel(option.option))) continue;
				const id = answers.capacity.get(normaliseLabel(option.option));
				if (id) add(id);
				else
					rowProblems.push({
						row: line,
						column: table.headers[option.index],
						severity: 'error',
						message: `"${option.option}" is not one of the capacities: add "${option.option}: <id>" under values.capacity in a mapping file`,
					});
			}
			return capacities.filter((c) => found.includes(c));
		};
		const offers = capacityList('offers');
		const needs = capacityList('needs');

		const cases = cell('cases')
			.split(/[;,\s]+/)
			.map((s) => s.trim())
			.filter(Boolean);
		for (const slug of cases)
			if (!options.caseSlugs.has(slug))
				bad('cases', `"${slug}" is not a case of this site: write case slugs (the last part of a case page's address) or clear the cell`);

		const dateOf = (field: 'timestamp' | 'confirmed'): string | undefined => {
			const value = clean(cell(field));
			if (!value) return undefined;
			const parsed = parseSurveyDate(value, mapping.dateOrder);
			if (parsed.problem) bad(field, parsed.problem);
			else if (parsed.date! > options.today) bad(field, `${parsed.date} is after today: correct the date`);
			return parsed.date;
		};
		const submitted = dateOf('timestamp');
		const confirmed = dateOf('confirmed') ?? submitted;
		if (!submitted && !confirmed && col('timestamp') !== undefined)
			bad('timestamp', 'empty: the date of the answer is the date of consent; fill it in (YYYY-MM-DD)');

		const text: Record<string, string> = {};
		for (const field of ['description', 'offersDetail', 'needsDetail'] as const) {
			const value = clean(cell(field));
			if (value.length > limits[field]) bad(field, `${value.length} characters: shorten it to ${limits[field]} at most`);
			if (value) text[field] = value;
		}
		if (!text.description) bad('description', 'empty: write one or two sentences on what the organisation does');

		problems.push(...rowProblems);
		if (rowProblems.some((p) => p.severity === 'error')) continue;

		const facts: Record<string, unknown> = { name, sector, country, place };
		if (website) facts.website = website;
		if (email) facts.email = email;
		if (phone) facts.phone = phone;
		facts.offers = offers;
		facts.needs = needs;
		if (cases.length) facts.cases = cases;
		facts.consent = { date: submitted ?? confirmed, basis: 'survey-form', record: `survey export, row ${line}` };
		facts.confirmed = confirmed;
		facts.sourceLocale = locale;

		// The same organisation answered twice: the later answer is the newer one.
		const earlier = planned.findIndex((p) => nameKey(p.name) === nameKey(name) && nameKey(p.place) === nameKey(place));
		let slug: string;
		if (earlier !== -1) {
			problems.push({
				row: planned[earlier]!.row,
				column: header('name'),
				severity: 'warning',
				message: `"${name}" answered again in row ${line}: the later answer (row ${line}) is used; delete the older row to silence this`,
			});
			slug = planned[earlier]!.slug;
			planned.splice(earlier, 1);
		} else slug = slugFor(name, place, taken, new Set(planned.map((p) => p.slug)));
		taken.set(slug, { slug, name, place });
		planned.push({ row: line, slug, name, place, locale, facts, text });
	}
	return { organisations: planned, withoutConsent, problems };
}

/** A slug for a new organisation: its name, then name and place, then a number, never one another organisation holds. */
function slugFor(name: string, place: string, taken: Map<string, { name: string; place: string }>, plannedNow: Set<string>): string {
	// The same organisation: same name and place, or the only one of that name (an editor may have corrected the place).
	const named = [...taken].filter(([, t]) => nameKey(t.name) === nameKey(name));
	const onDisk = named.filter(([slug]) => !plannedNow.has(slug));
	const same = named.find(([, t]) => nameKey(t.place) === nameKey(place)) ?? (onDisk.length === 1 && named.length === 1 ? onDisk[0] : undefined);
	if (same) return same[0];
	const base = asciiSlug(name) || 'organisation';
	const candidates = [base, `${base}-${asciiSlug(place)}`.replace(/-$/, '')];
	for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
	for (let n = 2; ; n++) if (!taken.has(`${candidates[1]}-${n}`)) return `${candidates[1]}-${n}`;
}

/** The checksum the import records: of the facts (without `imported`) and the text it wrote, as parsed YAML. */
export function checksumOf(facts: unknown, text: unknown): string {
	const canonical = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(canonical);
		if (value && typeof value === 'object')
			return Object.fromEntries(
				Object.entries(value as Record<string, unknown>)
					.filter(([key]) => key !== 'imported')
					.sort(([a], [b]) => a.localeCompare(b))
					.map(([k, v]) => [k, canonical(v)]),
			);
		return value;
	};
	return createHash('sha256')
		.update(JSON.stringify([canonical(facts), canonical(text)]))
		.digest('hex')
		.slice(0, 32);
}

export interface WrittenFiles {
	entry: string;
	text: string;
	checksum: string;
}

/** The files of one organisation, with the checksum recorded in entry.yaml. */
export function organisationFiles(planned: PlannedOrganisation, sourceFile: string): WrittenFiles {
	const text = stringify(planned.text, { lineWidth: 0 });
	const factsOnly = stringify(planned.facts, { lineWidth: 0, flowCollectionPadding: false });
	// The checksum is taken over what a reader of the files gets back, so formatting never counts as an edit.
	const checksum = checksumOf(parseYamlValue(factsOnly), parseYamlValue(text));
	const imported = stringify({ imported: { file: sourceFile, row: planned.row, checksum } }, { lineWidth: 0 });
	const header = [
		`# Imported by "npm run import:organisations" from ${sourceFile}, row ${planned.row}.`,
		'# You may edit this entry: the next import keeps your changes and reports them,',
		'# unless it runs with --update. Delete the folder to withdraw the entry.',
	].join('\n');
	return { entry: `${header}\n${factsOnly}${imported}`, text, checksum };
}

export type Decision =
	| { action: 'create' }
	| { action: 'unchanged' }
	| { action: 'update' }
	| { action: 'replace'; reason: 'hand-edited' | 'hand-written' }
	| { action: 'keep'; reason: 'hand-edited' | 'hand-written' };

/**
 * What to do with an organisation the survey describes, given what is on
 * disk: files the import wrote and nobody changed since are brought up to date;
 * anything an editor wrote or changed is kept unless `update` is set.
 */
export function decide(existing: { facts: unknown; text: unknown } | undefined, next: WrittenFiles, update: boolean): Decision {
	if (!existing) return { action: 'create' };
	const recorded = (existing.facts as { imported?: { checksum?: unknown } } | null)?.imported?.checksum;
	const current = checksumOf(existing.facts, existing.text ?? null);
	if (current === next.checksum) return { action: 'unchanged' };
	const reason = typeof recorded !== 'string' ? 'hand-written' : recorded === current ? undefined : 'hand-edited';
	if (!reason) return { action: 'update' };
	return update ? { action: 'replace', reason } : { action: 'keep', reason };
}
