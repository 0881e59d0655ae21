import type { EntryType } from '../model/entry-types.ts';

/** What the graph links: entries, and the organisations of the local directory (which name the cases they took part in). */
export type LinkKind = EntryType | 'organisation';
import type { Reference } from '../model/references.ts';

/**
 * Links between entries, computed once per build from the facts files:
 * outgoing links as written, backlinks derived so nobody maintains them.
 */
export interface EntryKey {
	type: LinkKind;
	slug: string;
}

export interface LinkSource extends EntryKey {
	references: Reference[];
}

export interface Link extends EntryKey {
	/** The facts field that made the link, e.g. "methods" or "pitfalls". */
	field: string;
}

export interface LinkGraph {
	outgoing(entry: EntryKey): Link[];
	/** Entries whose facts name this one. */
	incoming(entry: EntryKey): Link[];
	/** Entries linked either way, without duplicates, outgoing first. */
	related(entry: EntryKey): EntryKey[];
	/** Glossary terms an entry names. */
	terms(entry: EntryKey): string[];
}

const keyOf = (e: EntryKey) => `${e.type}/${e.slug}`;

export function buildLinkGraph(sources: LinkSource[]): LinkGraph {
	const out = new Map<string, Link[]>();
	const into = new Map<string, Link[]>();
	const terms = new Map<string, string[]>();
	for (const source of sources) {
		const links: Link[] = [];
		for (const ref of source.references) {
			const field = String(ref.path.filter((p) => typeof p === 'string').at(-1));
			if (ref.target === 'term') {
				terms.set(keyOf(source), [...(terms.get(keyOf(source)) ?? []), ref.slug]);
				continue;
			}
			const target = { type: ref.target, slug: ref.slug };
			if (keyOf(target) === keyOf(source) || links.some((l) => keyOf(l) === keyOf(target))) continue;
			links.push({ ...target, field });
			const back = into.get(keyOf(target)) ?? [];
			back.push({ type: source.type, slug: source.slug, field });
			into.set(keyOf(target), back);
		}
		out.set(keyOf(source), links);
	}
	return {
		outgoing: (entry) => out.get(keyOf(entry)) ?? [],
		incoming: (entry) => into.get(keyOf(entry)) ?? [],
		terms: (entry) => terms.get(keyOf(entry)) ?? [],
		related(entry) {
			const seen = new Set<string>();
			const result: EntryKey[] = [];
			for (const link of [...(out.get(keyOf(entry)) ?? []), ...(into.get(keyOf(entry)) ?? [])]) {
				if (seen.has(keyOf(link))) continue;
				seen.add(keyOf(link));
				result.push({ type: link.type, slug: link.slug });
			}
			return result;
		},
	};
}
