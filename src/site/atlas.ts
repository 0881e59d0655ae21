import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { config, strings } from 'virtual:atlas/site';
import type { AnyLoadedEntry, LoadedContent, LoadedEntry } from '../content/content-tree.ts';
import { entryTypes, type EntryType } from '../model/entry-types.ts';
import { buildLinkGraph, type EntryKey, type LinkGraph } from './link-graph.ts';
import { organisationReferences, referencesOf } from '../model/references.ts';
import type { LoadedOrganisation } from '../content/organisations.ts';
import type { OrganisationText } from '../model/organisation-schema.ts';
import { chooseTranslation, compareTitles, fallbackOrder, type Choice } from './translations.ts';
import { createTranslator, type Translate } from '../shared/i18n.ts';
import type { FactsByType, GlossaryText, TextByType } from '../model/content-schema.ts';
import { readGitHistory, type GitHistory } from '../content/git-history.ts';
import { readArticle, type ArticleRecord } from '../content/article-files.ts';
import type { RenderedArticle } from '../content/article-html.ts';

/**
 * The one place pages get content from: facts, translations and links joined
 * once per build.
 */
export type Article = CollectionEntry<'articles'>;

/** An article's HTML and headings, read from the file the content layer keeps it in (src/content/article-files.ts). */
export function articleBody(article: Article): RenderedArticle {
	return readArticle(article.id, article.rendered?.metadata as Partial<ArticleRecord> | undefined);
}

/** An entry of one kind, with the facts and texts of that kind. */
export interface EntryOf<T extends EntryType> extends EntryKey {
	type: T;
	facts: FactsByType[T];
	/** Its files, relative to the project: for git history and error messages. */
	files: { folder: string; facts: string; texts: { locale: string; file: string }[] };
	/** Locales that have a real translation of this entry, in configured order. */
	locales: string[];
	text(locale: string): Choice<TextByType<T>>;
}

type EntryByType = { [T in EntryType]: EntryOf<T> };
/** Any entry. Checking its `type` narrows its facts and texts: after `entry.type === 'case'`, `entry.facts` is CaseFacts. */
export type AtlasEntry = EntryByType[EntryType];

/** Whether an entry is of a kind; narrows it like checking `entry.type` does, for a kind known only as a parameter. */
function isOfType<T extends EntryType>(entry: AtlasEntry, type: T): entry is EntryByType[T] {
	return entry.type === type;
}

/** An organisation of the local directory, with its text chosen per locale like an entry's. */
export interface AtlasOrganisation {
	type: 'organisation';
	slug: string;
	facts: LoadedOrganisation['facts'];
	/** Locales that have a real text of this organisation. */
	locales: string[];
	text(locale: string): Choice<OrganisationText>;
}

export interface Atlas {
	entries: AtlasEntry[];
	/** The local partner directory, sorted by name. */
	organisations: AtlasOrganisation[];
	organisation(slug: string): AtlasOrganisation | undefined;
	byType<T extends EntryType>(type: T): EntryByType[T][];
	get(key: EntryKey): AtlasEntry | undefined;
	graph: LinkGraph;
	glossary: LoadedContent['glossary'];
	glossaryText(locale: string): GlossaryText;
	article(entry: AtlasEntry, locale: string): Promise<Article | undefined>;
}

let cached: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
	cached ??= loadAtlas();
	return cached;
}

async function loadAtlas(): Promise<Atlas> {
	const stored = await getEntry('atlas', 'content');
	if (!stored) throw new Error('The atlas content collection is empty: the content loader did not run.');
	const content = stored.data as Omit<LoadedContent, 'problems'>;
	const enabled = config.locales;
	const entries: AtlasEntry[] = content.entries
		.filter((source) => source.texts.some((t) => enabled.includes(t.locale)))
		.map((source) => atlasEntry(source, enabled));
	const index = new Map(entries.map((e) => [`${e.type}/${e.slug}`, e]));
	const organisations = (content.organisations ?? [])
		.map((source): AtlasOrganisation => {
			const available = source.texts.map((t) => ({ locale: t.locale, data: t.data }));
			// An organisation is listed in every locale; its text comes from any language it was written in.
			const written = available.map((t) => t.locale);
			return {
				type: 'organisation',
				slug: source.slug,
				facts: source.facts,
				locales: enabled.filter((l) => written.includes(l)),
				text(locale: string) {
					const choice = chooseTranslation(available, locale, {
						sourceLocale: source.facts.sourceLocale,
						defaultLocale: config.defaultLocale,
						enabled: written,
					});
					if (!choice) throw new Error(`${source.factsFile}: no text`);
					return choice;
				},
			};
		})
		.sort((a, b) => a.facts.name.localeCompare(b.facts.name, 'en', { sensitivity: 'base' }));
	const organisationIndex = new Map(organisations.map((o) => [o.slug, o]));
	const graph = buildLinkGraph([
		...entries.map((e) => ({ type: e.type, slug: e.slug, references: referencesOf(e.type, e.facts) })),
		...organisations.map((o) => ({ type: 'organisation' as const, slug: o.slug, references: organisationReferences(o.facts) })),
	]);
	const articles = await getCollection('articles');
	const articleIndex = new Map(articles.map((a) => [a.id, a]));
	// Every entry page links glossary terms; merge each locale's glossary once.
	const glossaries = new Map<string, GlossaryText>();
	return {
		entries,
		organisations,
		organisation: (slug) => organisationIndex.get(slug),
		byType: (type) => entries.filter((e) => isOfType(e, type)),
		get: (key) => index.get(`${key.type}/${key.slug}`),
		graph,
		glossary: content.glossary,
		glossaryText(locale) {
			let merged = glossaries.get(locale);
			if (!merged) {
				merged = {};
				// Every content folder's terms, each language over those that stand in for it (the reader's over the default one over English).
				for (const fallback of fallbackOrder(locale, config.defaultLocale).reverse()) {
					for (const text of content.glossary.texts.filter((t) => t.locale === fallback)) Object.assign(merged, text.data);
				}
				glossaries.set(locale, merged);
			}
			return merged;
		},
		async article(entry, locale) {
			const segment = entry.files.folder.split('/').at(-2);
			const found = articleIndex.get(`${segment}/${entry.slug}/${locale}`);
			// A translation the facts know about but the content layer did not load must not become a page without its text.
			if (!found && entry.type !== 'checklist' && entry.locales.includes(locale))
				throw new Error(`${entry.files.folder}/${locale}.mdx: the content layer did not load this text; see the messages above in the build log`);
			return found;
		},
	};
}

/**
 * An entry as pages read it. Each kind is built on its own line: TypeScript
 * pairs a kind with its facts and texts only where the kind is known.
 */
function atlasEntry(source: AnyLoadedEntry, enabled: readonly string[]): AtlasEntry {
	switch (source.type) {
		case 'case':
			return entryOf(source, enabled);
		case 'method':
			return entryOf(source, enabled);
		case 'legalForm':
			return entryOf(source, enabled);
		case 'pitfall':
			return entryOf(source, enabled);
		case 'checklist':
			return entryOf(source, enabled);
	}
}

function entryOf<T extends EntryType>(source: LoadedEntry<T>, enabled: readonly string[]): EntryOf<T> {
	const available = source.texts.map((t) => ({ locale: t.locale, data: t.data }));
	return {
		type: source.type,
		slug: source.slug,
		facts: source.facts,
		files: { folder: source.folder, facts: source.factsFile, texts: source.texts.map(({ locale, file }) => ({ locale, file })) },
		locales: enabled.filter((l) => available.some((t) => t.locale === l)),
		text(locale: string) {
			const choice = chooseTranslation(available, locale, { sourceLocale: source.facts.sourceLocale, defaultLocale: config.defaultLocale, enabled });
			if (!choice) throw new Error(`${source.factsFile}: no enabled translation`);
			return choice;
		},
	};
}

/** Entries sorted by their title in the reader's language. */
export function sortedByTitle<E extends AtlasEntry>(entries: E[], locale: string): E[] {
	const compare = compareTitles(locale);
	return [...entries].sort((a, b) => compare(a.text(locale).shown.data, b.text(locale).shown.data));
}

const translators = new Map<string, Translate>();
export function translator(locale: string): Translate {
	let t = translators.get(locale);
	if (!t) {
		t = createTranslator(locale, strings);
		translators.set(locale, t);
	}
	return t;
}

let history: GitHistory | undefined;
/** Git history of the content folders, read once per build: every locale's translation-status page shows the same. */
export function contentHistory(): GitHistory {
	history ??= readGitHistory(process.cwd(), config.contentDirs);
	return history;
}

/**
 * When an entry last changed: its newest commit, or its newest recorded review
 * or source reading where git history is missing (a shallow clone or a tarball).
 */
export function lastChanged(entry: AtlasEntry): Date {
	const git = contentHistory();
	const files = [entry.files.facts, ...entry.files.texts.map((t) => t.file)].map((f) => git.prefix + f);
	if (files.some((f) => git.uncommitted.has(f))) return new Date();
	const times = files.flatMap((f) => git.history.get(f)?.[0]?.time ?? []);
	if (times.length) return new Date(Math.max(...times) * 1000);
	const facts = entry.facts;
	const dates = [
		...facts.reviews.map((r) => new Date(r.date).getTime()),
		...facts.sources.flatMap((s) => (s.accessed ? [new Date(s.accessed).getTime()] : [])),
	];
	return dates.length ? new Date(Math.max(...dates)) : new Date();
}

export function localeParams() {
	return config.locales.map((locale) => ({ params: { locale } }));
}

export { config, strings, entryTypes };
