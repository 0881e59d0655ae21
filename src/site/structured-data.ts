import { config, lastChanged, translator, type AtlasEntry } from './atlas.ts';
import { absoluteUrl, siteDescription, siteName } from './page.ts';
import { citationId } from './citation-format.ts';
import { routes } from './routes.ts';
import { isoDate } from '../shared/i18n.ts';
import { countryName } from '../model/taxonomy.ts';
import { publisherId, websiteId, type Article, type DefinedTermSet, type Organization, type WebPage, type WebSite } from './json-ld.ts';
import type { GlossaryText } from '../model/content-schema.ts';

/** The schema.org nodes of the atlas's pages (src/site/json-ld.ts has the types). */
const root = () => absoluteUrl(routes.chooser());

function publisher(): Organization {
	return { '@type': 'Organization', '@id': publisherId(root()), name: config.contact.organisation, email: config.contact.email };
}

/** The site: the same @id on every page; its name and description in the page's language. */
export function websiteNode(locale: string): WebSite {
	return {
		'@type': 'WebSite',
		'@id': websiteId(root()),
		url: root(),
		name: siteName(locale),
		description: siteDescription(locale),
		inLanguage: [...config.locales],
		publisher: publisher(),
		license: config.license.url,
	};
}

/** Any page that is not an entry or the glossary. */
export function webPageNode(locale: string, name: string, path: string, description?: string): WebPage {
	const url = absoluteUrl(path);
	return { '@type': 'WebPage', '@id': url, url, name, ...(description ? { description } : {}), inLanguage: locale, isPartOf: { '@id': websiteId(root()) } };
}

/**
 * An entry as an Article in the language of the text shown, at its canonical
 * address; a case is about a Place and mentions the organisations its sources
 * name.
 */
export function entryNode(entry: AtlasEntry, locale: string): Article {
	const t = translator(locale);
	const { shown } = entry.text(locale);
	const url = absoluteUrl(routes.entry(shown.locale, entry.type, entry.slug));
	const node: Article = {
		'@type': 'Article',
		'@id': `${url}#article`,
		url,
		headline: shown.data.title,
		name: shown.data.title,
		description: shown.data.summary,
		inLanguage: shown.locale,
		genre: t(`types.${entry.type}.singular`),
		identifier: citationId(entry.type, entry.slug),
		dateModified: isoDate(lastChanged(entry)),
		isPartOf: { '@id': websiteId(root()) },
		publisher: { '@id': publisherId(root()) },
		license: config.license.url,
		isBasedOn: entry.facts.sources.map((s) => ({
			'@type': 'CreativeWork' as const,
			name: s.title,
			...(s.url ? { url: s.url } : {}),
			...(s.publisher ? { publisher: { '@type': 'Organization' as const, name: s.publisher } } : {}),
			...(s.date ? { datePublished: isoDate(s.date) } : {}),
		})),
	};
	if (entry.type === 'case') {
		const caseFacts = entry.facts;
		const text = entry.text(locale).shown.data;
		node.about = {
			'@type': 'Place',
			name: text.place ?? countryName(caseFacts.country, shown.locale),
			address: { '@type': 'PostalAddress', addressCountry: caseFacts.country },
		};
		const named = caseFacts.partners.filter((p) => p.name);
		if (named.length) node.mentions = named.map((p) => ({ '@type': 'Organization', name: p.name!, description: t(`taxonomy.sector.${p.sector}`) }));
		node.keywords = caseFacts.themes.map((theme) => t(`taxonomy.theme.${theme}`));
	}
	return node;
}

/** The glossary as a DefinedTermSet in the page's language; each term's @id is its anchor on the page. */
export function glossaryNode(locale: string, name: string, description: string, terms: { id: string; text: GlossaryText[string] }[]): DefinedTermSet {
	const url = absoluteUrl(routes.glossary(locale));
	const id = `${url}#terms`;
	return {
		'@type': 'DefinedTermSet',
		'@id': id,
		url,
		name,
		description,
		inLanguage: locale,
		isPartOf: { '@id': websiteId(root()) },
		hasDefinedTerm: terms.map((term) => ({
			'@type': 'DefinedTerm',
			'@id': `${url}#${term.id}`,
			name: term.text.term,
			description: term.text.definition,
			termCode: term.id,
			inDefinedTermSet: { '@id': id },
		})),
	};
}
