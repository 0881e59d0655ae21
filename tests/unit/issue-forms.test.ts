import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { requiredSections } from '../../src/model/entry-types.ts';
import {
	allForms,
	choiceId,
	formFields,
	formKinds,
	formLocales,
	issueFormUrl,
	noResponse,
	parseIssueBody,
	taxonomyValues,
	templateFile,
	templateFolder,
} from '../../src/site/issue-forms.ts';
import type { UiStrings } from '../../src/shared/ui-strings.ts';
import { projectRoot } from '../helpers/build.ts';

const stringsOf = (locale: string) => JSON.parse(fs.readFileSync(path.join(projectRoot, 'src/i18n', `${locale}.json`), 'utf8')) as UiStrings;

interface FormElement {
	type: string;
	id?: string;
	attributes: { label?: string; options?: (string | { label: string })[]; multiple?: boolean };
	validations?: { required?: boolean };
}
const readForm = (file: string) => parse(fs.readFileSync(path.join(projectRoot, templateFolder, file), 'utf8')) as { name: string; body: FormElement[] };

describe('issue forms', () => {
	it('are up to date with their definition (run "npm run issue:forms" after changing it)', () => {
		const generated = allForms(stringsOf);
		expect(generated.size).toBe(formKinds.length * formLocales.length);
		for (const [file, text] of generated) expect(fs.readFileSync(path.join(projectRoot, templateFolder, file), 'utf8'), file).toBe(text);
		const onDisk = fs.readdirSync(path.join(projectRoot, templateFolder)).filter((f) => f.endsWith('.yml') && f !== 'config.yml');
		expect(onDisk.sort()).toEqual([...generated.keys()].sort());
	});

	it('offer exactly the controlled values of taxonomy.ts in their dropdowns, in every language', () => {
		const taxonomyOf: Record<string, readonly string[]> = {
			scale: taxonomyValues.scale,
			evidence: taxonomyValues.evidence,
			themes: taxonomyValues.theme,
			funding: taxonomyValues.funding,
		};
		for (const locale of formLocales) {
			const form = readForm(templateFile('case', locale));
			const dropdowns = form.body.filter((e) => e.type === 'dropdown');
			for (const element of dropdowns) {
				const values = element.attributes.options!.map((o) => choiceId(String(o)));
				const expected =
					element.id === 'language' ? [...formLocales] : element.id!.endsWith('-sector') ? [...taxonomyValues.sector] : [...taxonomyOf[element.id!]!];
				expect(values, `${locale} ${element.id}`).toEqual(expected);
			}
			expect(dropdowns.map((d) => d.id).sort()).toEqual([
				'evidence',
				'funding',
				'language',
				'partner-1-sector',
				'partner-2-sector',
				'partner-3-sector',
				'scale',
				'themes',
			]);
			expect(dropdowns.filter((d) => d.attributes.multiple).map((d) => d.id)).toEqual(['themes', 'funding']);
		}
	});

	it('ask the same questions in every language, each label once, the case sections as the atlas spells them', () => {
		for (const kind of formKinds) {
			for (const locale of formLocales) {
				const form = readForm(templateFile(kind, locale));
				const fields = form.body.filter((e) => e.type !== 'markdown');
				expect(
					fields.map((f) => f.id),
					`${kind} ${locale}`,
				).toEqual(formFields[kind].map((f) => f.id));
				const labels = fields.map((f) => f.attributes.label);
				expect(new Set(labels).size, `${kind} ${locale} labels`).toBe(labels.length);
				expect(fields.filter((f) => f.validations?.required).map((f) => f.id)).toEqual(
					formFields[kind].filter((f) => f.required && f.type !== 'checkboxes').map((f) => f.id),
				);
				if (kind === 'case') {
					const sections = stringsOf(locale).sections as Record<string, Record<string, string>>;
					expect(requiredSections.case.map((key) => fields.find((f) => f.id === `section-${key}`)!.attributes.label)).toEqual(
						requiredSections.case.map((key) => sections.case![key]),
					);
				}
			}
		}
	});

	it("match the fixture issue bodies: every dropdown answer is one of the form's options", () => {
		for (const [fixture, file] of [
			['propose-case-en.md', 'propose-case-en.yml'],
			['propose-case-hu.md', 'propose-case-hu.yml'],
			['offer-translation-lt.md', 'offer-translation-lt.yml'],
		] as const) {
			const form = readForm(file);
			const labels = form.body.filter((e) => e.type !== 'markdown').map((e) => e.attributes.label!);
			const answers = parseIssueBody(fs.readFileSync(path.join(projectRoot, 'tests/fixtures/issue-forms', fixture), 'utf8'), labels);
			expect([...answers.keys()], fixture).toEqual(labels);
			for (const element of form.body.filter((e) => e.type === 'dropdown')) {
				const answer = answers.get(element.attributes.label!)!;
				if (!answer) continue;
				const options = element.attributes.options!.map(String);
				// A multiple-choice answer joins the chosen options with ", ".
				for (const chosen of element.attributes.multiple ? options.filter((o) => answer.includes(o)) : [answer])
					expect(options, `${fixture} ${element.id}`).toContain(chosen);
				if (element.attributes.multiple) expect(options.filter((o) => answer.includes(o)).join(', ')).toBe(answer);
			}
		}
	});
});

describe('reading an issue body', () => {
	it('splits answers at the form\'s own headings only, and reads "_No response_" as empty', () => {
		const body = `### Title\r\n\r\nA title\r\n\r\n### Text\n\n## Context\n\n### My own heading\n\nkept\n\n### Result\n\n${noResponse}\n`;
		const answers = parseIssueBody(body, ['Title', 'Text', 'Result']);
		expect(answers.get('Title')).toBe('A title');
		expect(answers.get('Text')).toBe('## Context\n\n### My own heading\n\nkept');
		expect(answers.get('Result')).toBe('');
	});

	it('reads the id of a chosen option in any language', () => {
		expect(choiceId('Ifjúság (youth)')).toBe('youth');
		expect(choiceId('Pašvaldības budžets (municipal-budget) ')).toBe('municipal-budget');
		expect(choiceId('youth')).toBeUndefined();
	});
});

describe('prefilled form links', () => {
	it("open the form in the page's language with the title and fields filled in", () => {
		const url = new URL(
			issueFormUrl('https://github.com/example/atlas', 'correction', 'lv', 'Upes talka', {
				entry: 'cooperation-atlas:case/river-cleanup',
				page: 'https://atlas.example.org/lv/cases/river-cleanup/',
			}),
		);
		expect(url.origin + url.pathname).toBe('https://github.com/example/atlas/issues/new');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			template: 'suggest-correction-lv.yml',
			title: '[Labojums] Upes talka',
			entry: 'cooperation-atlas:case/river-cleanup',
			page: 'https://atlas.example.org/lv/cases/river-cleanup/',
		});
		// Every field a link fills is a field of that form.
		for (const id of ['entry', 'page']) expect(formFields.correction.map((f) => f.id)).toContain(id);
		expect(formFields.translation.map((f) => f.id)).toContain('entry');
	});

	it('fall back to the English form for a language without forms, and name a form that exists', () => {
		const url = new URL(issueFormUrl('https://github.com/example/atlas', 'translation', 'sv', 'Title & more', { entry: 'x' }));
		expect(url.searchParams.get('template')).toBe('offer-translation-en.yml');
		expect(url.searchParams.get('title')).toBe('[Translation] Title & more');
		expect(fs.existsSync(path.join(projectRoot, templateFolder, url.searchParams.get('template')!))).toBe(true);
	});
});
