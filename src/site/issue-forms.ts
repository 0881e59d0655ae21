import { stringify } from 'yaml';
import { requiredSections } from '../model/entry-types.ts';
import { evidenceLevels, fundingSources, scales, sectors, themes } from '../model/taxonomy.ts';
import type { UiStrings } from '../shared/ui-strings.ts';
import { formText, type FieldText, type FormKind, type LocaleFormText } from './issue-form-text.ts';

/**
 * GitHub issue forms (.github/ISSUE_TEMPLATE/): three forms, each in the four
 * languages of the atlas, generated from one definition (`npm run
 * issue:forms`). Dropdown choices are the controlled values of taxonomy.ts
 * with their labels from the UI strings, written as "Label (id)", so the
 * answer carries the id whatever the form's language. The same definition
 * reads the answers back (scripts/lib/issue-to-entry.ts).
 */
export const formLocales = ['en', 'hu', 'lv', 'lt'] as const;
export type FormLocale = (typeof formLocales)[number];
export const formKinds: readonly FormKind[] = ['case', 'correction', 'translation'];
export type { FormKind };

export const templateFolder = '.github/ISSUE_TEMPLATE';
const fileStem: Record<FormKind, string> = { case: 'propose-case', correction: 'suggest-correction', translation: 'offer-translation' };
export const templateFile = (kind: FormKind, locale: FormLocale) => `${fileStem[kind]}-${locale}.yml`;
/** Label added to every issue a form opens, so maintainers can find them. */
export const formLabels: Record<FormKind, string> = { case: 'proposal', correction: 'correction', translation: 'translation' };

/** Where a dropdown's choices come from: a taxonomy (labels in UI strings) or the form languages. */
export type Choices = { taxonomy: 'scale' | 'theme' | 'sector' | 'funding' | 'evidence' } | { languages: true };
export const taxonomyValues = { scale: scales, theme: themes, sector: sectors, funding: fundingSources, evidence: evidenceLevels } as const;

export interface FieldDef {
	id: string;
	type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
	required: boolean;
	multiple?: boolean;
	choices?: Choices;
	/** Case sections: the field's label is the section heading in the form's language. */
	section?: string;
	/** Partner slots: 1, 2, 3. */
	partner?: number;
}

export const partnerSlots = 3;
const caseFields: FieldDef[] = [
	{ id: 'title', type: 'input', required: true },
	{ id: 'language', type: 'dropdown', required: true, choices: { languages: true } },
	{ id: 'summary', type: 'textarea', required: true },
	{ id: 'country', type: 'input', required: true },
	{ id: 'place', type: 'input', required: true },
	{ id: 'scale', type: 'dropdown', required: true, choices: { taxonomy: 'scale' } },
	{ id: 'evidence', type: 'dropdown', required: true, choices: { taxonomy: 'evidence' } },
	{ id: 'year-start', type: 'input', required: false },
	{ id: 'year-end', type: 'input', required: false },
	{ id: 'themes', type: 'dropdown', required: true, multiple: true, choices: { taxonomy: 'theme' } },
	...Array.from({ length: partnerSlots }, (_, i): FieldDef[] => [
		{ id: `partner-${i + 1}-sector`, type: 'dropdown', required: i < 2, choices: { taxonomy: 'sector' }, partner: i + 1 },
		{ id: `partner-${i + 1}-name`, type: 'input', required: false, partner: i + 1 },
	]).flat(),
	{ id: 'funding', type: 'dropdown', required: false, multiple: true, choices: { taxonomy: 'funding' } },
	{ id: 'result', type: 'input', required: false },
	{ id: 'links', type: 'textarea', required: false },
	{ id: 'sources', type: 'textarea', required: true },
	...requiredSections.case.map((section): FieldDef => ({ id: `section-${section}`, type: 'textarea', required: false, section })),
	{ id: 'licence', type: 'checkboxes', required: true },
];

export const formFields: Record<FormKind, FieldDef[]> = {
	case: caseFields,
	correction: [
		{ id: 'entry', type: 'input', required: true },
		{ id: 'page', type: 'input', required: false },
		{ id: 'problem', type: 'textarea', required: true },
		{ id: 'correction', type: 'textarea', required: true },
		{ id: 'source', type: 'input', required: false },
	],
	translation: [
		{ id: 'entry', type: 'input', required: true },
		{ id: 'language', type: 'dropdown', required: true, choices: { languages: true } },
		{ id: 'title', type: 'input', required: true },
		{ id: 'summary', type: 'textarea', required: true },
		{ id: 'place', type: 'input', required: false },
		{ id: 'result', type: 'input', required: false },
		{ id: 'text', type: 'textarea', required: true },
		{ id: 'licence', type: 'checkboxes', required: true },
	],
};

const lookup = (strings: UiStrings, key: string): string => {
	const value = key.split('.').reduce<UiStrings | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), strings);
	if (typeof value !== 'string') throw new Error(`the UI strings have no "${key}"`);
	return value;
};

/** A language's own name: "Magyar (hu)". */
function languageChoice(code: string): string {
	const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
	return `${name.charAt(0).toLocaleUpperCase(code)}${name.slice(1)} (${code})`;
}

/** The choices of a dropdown as the form shows them: "Label (id)". */
export function choiceOptions(choices: Choices, strings: UiStrings): string[] {
	if ('languages' in choices) return formLocales.map(languageChoice);
	return taxonomyValues[choices.taxonomy].map((id) => `${lookup(strings, `taxonomy.${choices.taxonomy}.${id}`)} (${id})`);
}

/** The id in a chosen option ("Ifjúság (youth)" → "youth"), or undefined. */
export function choiceId(option: string): string | undefined {
	return /\(([a-z0-9-]+)\)\s*$/.exec(option.trim())?.[1];
}

/** Label and help of a field in a form language. */
export function fieldText(kind: FormKind, field: FieldDef, locale: FormLocale, strings: UiStrings): FieldText {
	const text: LocaleFormText = formText[locale];
	if (field.section) return { label: lookup(strings, `sections.case.${field.section}`), description: text.sectionHelp };
	if (field.partner) return field.id.endsWith('-sector') ? text.partnerSector(field.partner) : text.partnerName(field.partner);
	if (field.id === 'licence') return { label: text.licence.label, description: text.licence.description };
	const own = text.forms[kind].fields[field.id];
	if (!own) throw new Error(`issue-form-text.ts: no text for field "${field.id}" of the ${kind} form in ${locale}`);
	return own;
}

/** The YAML of one issue form, in GitHub's issue-form schema. */
export function renderForm(kind: FormKind, locale: FormLocale, strings: UiStrings): string {
	const text = formText[locale];
	const form = text.forms[kind];
	const body = [
		{ type: 'markdown', attributes: { value: form.intro } },
		...formFields[kind].map((field) => {
			const { label, description } = fieldText(kind, field, locale, strings);
			const attributes: Record<string, unknown> = { label, ...(description ? { description } : {}) };
			if (field.type === 'dropdown') {
				attributes.options = choiceOptions(field.choices!, strings);
				if (field.multiple) attributes.multiple = true;
				// The language question starts at the form's own language.
				if ('languages' in field.choices!) attributes.default = formLocales.indexOf(locale);
			}
			if (field.type === 'checkboxes') attributes.options = [{ label: text.licence.option, required: true }];
			return { type: field.type, id: field.id, attributes, ...(field.required && field.type !== 'checkboxes' ? { validations: { required: true } } : {}) };
		}),
	];
	const header = `# Generated by "npm run issue:forms" from src/site/issue-forms.ts and src/site/issue-form-text.ts: edit those, not this file.\n`;
	return header + stringify({ name: form.name, description: form.description, title: form.title, labels: [formLabels[kind]], body }, { lineWidth: 0 });
}

/** Every form file: name → YAML text. */
export function allForms(stringsOf: (locale: FormLocale) => UiStrings): Map<string, string> {
	const files = new Map<string, string>();
	for (const kind of formKinds) for (const locale of formLocales) files.set(templateFile(kind, locale), renderForm(kind, locale, stringsOf(locale)));
	return files;
}

/** GitHub writes an empty optional answer as this. */
export const noResponse = '_No response_';

/**
 * The answers of an issue body as GitHub issue forms write it:
 * "### Label\n\nanswer\n\n### Next label…". Headings inside an answer are
 * only recognised when they are a label of the form, so a contributor's own
 * "### " lines stay part of their answer.
 */
export function parseIssueBody(body: string, labels: readonly string[]): Map<string, string> {
	const known = new Set(labels);
	const answers = new Map<string, string>();
	let current: string | undefined;
	let lines: string[] = [];
	const flush = () => {
		if (current !== undefined) {
			const value = lines.join('\n').trim();
			answers.set(current, value === noResponse ? '' : value);
		}
	};
	for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
		const heading = /^### (.+?)\s*$/.exec(line)?.[1];
		if (heading !== undefined && known.has(heading)) {
			flush();
			current = heading;
			lines = [];
		} else if (current !== undefined) lines.push(line);
	}
	flush();
	return answers;
}

export interface FormAnswers {
	kind: FormKind;
	locale: FormLocale;
	/** Field id → answer ("" when left empty). */
	values: Map<string, string>;
	/** Field id → its label in the form's language, for messages. */
	labels: Map<string, string>;
}

/** Which form wrote the body, and its answers by field id; undefined when no form matches. */
export function readAnswers(body: string, stringsOf: (locale: FormLocale) => UiStrings): FormAnswers | undefined {
	let best: (FormAnswers & { found: number }) | undefined;
	for (const kind of formKinds) {
		for (const locale of formLocales) {
			const fields = formFields[kind];
			const labels = new Map(fields.map((field) => [field.id, fieldText(kind, field, locale, stringsOf(locale)).label]));
			const answers = parseIssueBody(body, [...labels.values()]);
			const found = fields.filter((f) => answers.has(labels.get(f.id)!)).length;
			// A form matches when most of its questions are there; the best match wins (forms share some labels).
			if (found >= Math.ceil(fields.length / 2) && (!best || found / fields.length > best.found / formFields[best.kind].length)) {
				const values = new Map(fields.map((f) => [f.id, answers.get(labels.get(f.id)!) ?? '']));
				best = { kind, locale, values, labels, found };
			}
		}
	}
	if (!best) return undefined;
	const { found: _found, ...answers } = best;
	return answers;
}

/**
 * The address of a new issue with a form opened and prefilled: GitHub issue
 * forms take `template`, `title` and any field id from the query string.
 * Forms exist in the form languages; any other page language gets English.
 */
export function issueFormUrl(repository: string, kind: FormKind, pageLocale: string, title: string, fields: Record<string, string>): string {
	const locale = (formLocales as readonly string[]).includes(pageLocale) ? (pageLocale as FormLocale) : 'en';
	const url = new URL(`${repository.replace(/\/$/, '')}/issues/new`);
	url.searchParams.set('template', templateFile(kind, locale));
	url.searchParams.set('title', `${formText[locale].forms[kind].title}${title}`);
	for (const [id, value] of Object.entries(fields)) url.searchParams.set(id, value);
	return url.href;
}
