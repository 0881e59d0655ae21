import { once } from '../shared/intl.ts';
import type * as Schema from 'schema-dts';

/**
 * schema.org structured data (JSON-LD) for every page. The interfaces below
 * are the exact shape the atlas writes; `SchemaConformance` at the end proves
 * each against the schema-dts definition of its schema.org type, so the
 * compiler refuses a property schema.org does not define for that type, or a
 * value of the wrong kind.
 */

/** A reference to a node described elsewhere in the same graph. */
export interface IdReference {
	'@id': string;
}

/** https://schema.org/PostalAddress (only the country: the atlas has no street addresses). */
export interface PostalAddress {
	'@type': 'PostalAddress';
	/** ISO 3166-1 alpha-2. */
	addressCountry: string;
}

/** https://schema.org/Organization */
export interface Organization {
	'@type': 'Organization';
	'@id'?: string;
	name: string;
	email?: string;
	/** Municipality, NGO …: the sector's label in the page's language. */
	description?: string;
}

/** https://schema.org/Place */
export interface Place {
	'@type': 'Place';
	name: string;
	address: PostalAddress;
}

/** https://schema.org/CreativeWork: a source an entry is based on. */
export interface CreativeWork {
	'@type': 'CreativeWork';
	name: string;
	url?: string;
	publisher?: Organization;
	datePublished?: string;
}

/** https://schema.org/WebSite */
export interface WebSite {
	'@type': 'WebSite';
	'@id': string;
	url: string;
	name: string;
	description?: string;
	/** Every language the site is published in (BCP 47). */
	inLanguage: string[];
	publisher: Organization;
	license?: string;
}

/** https://schema.org/WebPage */
export interface WebPage {
	'@type': 'WebPage';
	'@id': string;
	url: string;
	name: string;
	description?: string;
	inLanguage: string;
	isPartOf: IdReference;
}

/** https://schema.org/Article: an entry of the atlas. */
export interface Article {
	'@type': 'Article';
	'@id': string;
	url: string;
	headline: string;
	name: string;
	description: string;
	inLanguage: string;
	/** The kind of entry in the page's language ("Case study"). */
	genre: string;
	/** The citation identifier. */
	identifier: string;
	dateModified: string;
	isPartOf: IdReference;
	publisher: IdReference;
	license?: string;
	/** Cases: the place the cooperation happened. */
	about?: Place;
	/** Cases: the partner organisations a source names. */
	mentions?: Organization[];
	keywords?: string[];
	isBasedOn?: CreativeWork[];
}

/** https://schema.org/DefinedTerm */
export interface DefinedTerm {
	'@type': 'DefinedTerm';
	'@id': string;
	name: string;
	description: string;
	termCode: string;
	inDefinedTermSet: IdReference;
}

/** https://schema.org/DefinedTermSet: the glossary. */
export interface DefinedTermSet {
	'@type': 'DefinedTermSet';
	'@id': string;
	url: string;
	name: string;
	description?: string;
	inLanguage: string;
	isPartOf: IdReference;
	hasDefinedTerm: DefinedTerm[];
}

export type GraphNode = WebSite | WebPage | Article | DefinedTermSet;

export interface JsonLdGraph {
	'@context': 'https://schema.org';
	'@graph': GraphNode[];
}

export function graph(nodes: GraphNode[]): JsonLdGraph {
	return { '@context': 'https://schema.org', '@graph': nodes } satisfies Schema.Graph;
}

/** The site node's @id: one per site, shared by every page's graph. */
export const websiteId = (siteRoot: string) => `${siteRoot}#website`;
export const publisherId = (siteRoot: string) => `${siteRoot}#publisher`;

/**
 * JSON for a <script type="application/ld+json"> block. "<" is written as
 * \u003c so text from content can never close the element ("</script>") or
 * open a comment; ">" and "&" likewise, and the two line separators that some
 * JavaScript parsers refuse. The result still parses as the same JSON.
 */
export function jsonLdText(data: JsonLdGraph): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "hu" → "hu_HU", "en" → "en_US", "pt-BR" → "pt_BR": Open Graph's language_TERRITORY form. */
export function ogLocale(locale: string): string {
	// Every page names all the site's languages; maximize() costs about 0.1 ms each (0.4 s of a 4,450-page build).
	return once(`ogLocale|${locale}`, () => {
		try {
			const full = new Intl.Locale(locale).maximize();
			return full.region ? `${full.language}_${full.region}` : full.language;
		} catch {
			return locale.replace('-', '_');
		}
	});
}

/** T is a schema-dts type S: assignable to it, with no key S does not have. */
type Conforms<T extends S, S> = [Exclude<keyof T, keyof S>] extends [never] ? true : { notInSchemaOrg: Exclude<keyof T, keyof S> };
type Assert<T extends true> = T;
export type SchemaConformance = [
	Assert<Conforms<PostalAddress, Schema.PostalAddressLeaf>>,
	Assert<Conforms<Organization, Schema.OrganizationLeaf>>,
	Assert<Conforms<Place, Schema.PlaceLeaf>>,
	Assert<Conforms<CreativeWork, Schema.CreativeWorkLeaf>>,
	Assert<Conforms<WebSite, Schema.WebSiteLeaf>>,
	Assert<Conforms<WebPage, Schema.WebPageLeaf>>,
	Assert<Conforms<Article, Schema.ArticleLeaf>>,
	Assert<Conforms<DefinedTerm, Schema.DefinedTermLeaf>>,
	Assert<Conforms<DefinedTermSet, Schema.DefinedTermSetLeaf>>,
];
