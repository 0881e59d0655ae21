import { config, getAtlas, translator } from './atlas.ts';
import type { UiKey } from '../shared/i18n.ts';
import { entryTypes, type EntryType } from '../model/entry-types.ts';
import { buildCodebook, fieldsOf, organisationFields, organisationRow, toRow, type Row } from './open-data-fields.ts';
import { stale } from './directory.ts';
import { routes } from './routes.ts';
import { absoluteUrl } from './page.ts';

/** Rows of the open-data export for one locale: one per entry page of that locale. */
export async function dataRows(locale: string, type?: EntryType): Promise<Row[]> {
	const atlas = await getAtlas();
	const entries = type ? atlas.byType(type) : entryTypes.flatMap((t) => atlas.byType(t));
	return entries
		.map((entry) => {
			const choice = entry.text(locale);
			return toRow({
				type: entry.type,
				slug: entry.slug,
				facts: entry.facts,
				language: choice.shown.locale,
				translated: !choice.isFallback,
				title: choice.shown.data.title,
				summary: choice.shown.data.summary,
				place: 'place' in choice.shown.data ? choice.shown.data.place : undefined,
				result: 'result' in choice.shown.data ? choice.shown.data.result : undefined,
				url: absoluteUrl(routes.entry(locale, entry.type, entry.slug)),
			});
		})
		.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Rows of the local partner directory for one locale, sorted by id. */
export async function organisationRows(locale: string): Promise<Row[]> {
	const atlas = await getAtlas();
	return atlas.organisations
		.map((organisation) => {
			const choice = organisation.text(locale);
			return organisationRow({
				slug: organisation.slug,
				facts: organisation.facts,
				language: choice.shown.locale,
				translated: !choice.isFallback,
				text: choice.shown.data,
				url: absoluteUrl(routes.organisation(locale, organisation.slug)),
				stale: stale(organisation),
			});
		})
		.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

export const organisationColumns = organisationFields.map((f) => f.id);

export function columnsOf(type: EntryType): string[] {
	return fieldsOf(type).map((f) => f.id);
}

export function codebook() {
	return buildCodebook((taxonomy, value, locale) => translator(locale)(`taxonomy.${taxonomy}.${value}` as UiKey), config.locales);
}
