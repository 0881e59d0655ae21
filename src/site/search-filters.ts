import { entryTypes } from '../model/entry-types.ts';
import { capacities, countryName, evidenceLevels, fundingSources, sectors, themes } from '../model/taxonomy.ts';
import type { EntryFacts } from '../model/content-schema.ts';
import type { OrganisationFacts } from '../model/organisation-schema.ts';
import { collator } from '../shared/intl.ts';
import type { Translate, UiKey } from '../shared/i18n.ts';

/**
 * Search filters. Each entry page carries its filter values as Pagefind
 * `data-pagefind-filter` attributes; the search page offers the same values
 * with translated labels. Values are the stable ids from the facts files
 * (taxonomy values, country codes, slugs), never translated words, so a
 * filtered search URL means the same thing in every language.
 */
export const searchFilterNames = ['type', 'country', 'theme', 'sector', 'legalForm', 'funding', 'evidence', 'offers', 'needs', 'place'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];
export type FilterValues = Partial<Record<SearchFilterName, string[]>>;

/** Filters whose values come from a fixed list, in the order the search page shows them. */
export const fixedFilterValues = {
	type: [...entryTypes, 'organisation'],
	theme: themes,
	sector: sectors,
	funding: fundingSources,
	evidence: evidenceLevels,
	offers: capacities,
	needs: capacities,
} as const satisfies Partial<Record<SearchFilterName, readonly string[]>>;

const unique = (values: string[]) => [...new Set(values)];

/** The filter values of one entry, from its facts. */
export function filterValuesOf(entry: EntryFacts & { slug: string }): FilterValues {
	const values: FilterValues = { type: [entry.type] };
	if (entry.type === 'case') {
		const c = entry.facts;
		values.country = [c.country];
		values.theme = unique(c.themes);
		values.sector = unique(c.partners.map((p) => p.sector));
		values.legalForm = unique(c.cooperationForms);
		values.funding = unique(c.funding);
		values.evidence = [c.evidence];
	} else if (entry.type === 'method') {
		values.legalForm = unique(entry.facts.legalForms);
	} else if (entry.type === 'legalForm') {
		// A legal form's own page belongs to its own filter value.
		values.legalForm = [entry.slug];
		values.country = unique(entry.facts.references.map((r) => r.country));
	}
	for (const name of searchFilterNames) if (values[name]?.length === 0) delete values[name];
	return values;
}

/** The filter values of an organisation of the local directory: its type, country, place and capacities. */
export function organisationFilterValues(facts: Pick<OrganisationFacts, 'sector' | 'country' | 'place' | 'offers' | 'needs'>): FilterValues {
	const values: FilterValues = {
		type: ['organisation'],
		country: [facts.country],
		sector: [facts.sector],
		offers: unique(facts.offers),
		needs: unique(facts.needs),
		place: [facts.place],
	};
	for (const name of searchFilterNames) if (values[name]?.length === 0) delete values[name];
	return values;
}

/** Pagefind's `data-pagefind-filter` attribute values ("name:value") for an entry. */
export function pagefindFilterAttributes(values: FilterValues): string[] {
	return searchFilterNames.flatMap((name) => (values[name] ?? []).map((value) => `${name}:${value}`));
}

export interface LabelContext {
	/** The UI translator for the reader's locale. */
	t: Translate;
	locale: string;
	/** A legal form's title in the reader's locale. */
	legalFormTitle: (slug: string) => string | undefined;
}

/** The translated label of a filter value. */
export function filterValueLabel(name: SearchFilterName, value: string, { t, locale, legalFormTitle }: LabelContext): string {
	switch (name) {
		case 'type':
			// Filter values are the ids the facts were checked against, so each names a key of en.json.
			return t(`types.${value}.singular` as UiKey);
		case 'country':
			return countryName(value, locale);
		case 'legalForm':
			return legalFormTitle(value) ?? value;
		case 'offers':
		case 'needs':
			// Offers and needs take their values from the capacity list the facts were checked against.
			return t(`taxonomy.capacity.${value}` as UiKey);
		case 'place':
			return value;
		default:
			return t(`taxonomy.${name}.${value}` as UiKey);
	}
}

/**
 * Every value each filter takes across the given entries, in a stable order:
 * fixed lists keep their taxonomy order, countries and legal forms sort by
 * their label in the reader's language.
 */
export function filterOptions(
	entries: FilterValues[],
	label: (name: SearchFilterName, value: string) => string,
	locale: string,
): { name: SearchFilterName; values: { value: string; label: string }[] }[] {
	const byLabel = collator(locale);
	return searchFilterNames
		.map((name) => {
			const present = new Set(entries.flatMap((e) => e[name] ?? []));
			const fixed = (fixedFilterValues as Partial<Record<SearchFilterName, readonly string[]>>)[name];
			const values = fixed
				? fixed.filter((v) => present.has(v)).map((value) => ({ value, label: label(name, value) }))
				: [...present].map((value) => ({ value, label: label(name, value) })).sort((a, b) => byLabel.compare(a.label, b.label));
			return { name, values };
		})
		.filter((group) => group.values.length > 0);
}
