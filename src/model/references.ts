import type { EntryType } from './entry-types.ts';
import type { FactsByType } from './content-schema.ts';

/** What a facts field can point at: another entry's type, or a glossary term. */
export type TargetKind = EntryType | 'term';

export interface Reference {
	/** Field path inside the facts file, e.g. ['phases', 0, 'items', 2, 'methods']. */
	path: (string | number)[];
	target: TargetKind;
	slug: string;
}

/** Facts fields that name other entries, per entry type. Defined once for validation and the link graph. */
export const referenceFields = {
	case: { cooperationForms: 'legalForm', methods: 'method', pitfalls: 'pitfall' },
	method: { relatedMethods: 'method', legalForms: 'legalForm', pitfalls: 'pitfall', concepts: 'term' },
	legalForm: { methods: 'method', pitfalls: 'pitfall' },
	pitfall: { methods: 'method' },
	checklist: {},
} as const satisfies Record<EntryType, Record<string, TargetKind>>;

const checklistItemFields = { methods: 'method', legalForms: 'legalForm' } as const;

export function referencesOf<T extends EntryType>(type: T, facts: FactsByType[T]): Reference[] {
	const out: Reference[] = [];
	const record = facts as unknown as Record<string, unknown>;
	for (const [field, target] of Object.entries(referenceFields[type] as Record<string, TargetKind>)) {
		const slugs = (record[field] as string[] | undefined) ?? [];
		for (const [index, slug] of slugs.entries()) out.push({ path: [field, index], target, slug });
	}
	if (type === 'checklist') {
		const checklist = facts as FactsByType['checklist'];
		for (const [p, phase] of checklist.phases.entries()) {
			for (const [i, item] of phase.items.entries()) {
				for (const [field, target] of Object.entries(checklistItemFields)) {
					for (const [index, slug] of item[field as keyof typeof checklistItemFields].entries())
						out.push({ path: ['phases', p, 'items', i, field, index], target, slug });
				}
			}
		}
	}
	return out;
}

/** An organisation of the local directory links to the cases it took part in; the link graph shows it on each case. */
export function organisationReferences(facts: { cases: readonly string[] }): Reference[] {
	return facts.cases.map((slug, index) => ({ path: ['cases', index], target: 'case', slug }));
}
