import { z } from 'astro/zod';
import { localePattern, slugPattern } from './entry-types.ts';
import { capacities, consentBases, isCountryCode, organisationFactFields, sectors } from './taxonomy.ts';
import { webUrl } from './url.ts';

/**
 * An organisation of the local directory (`content/organisations/<slug>/`):
 * facts once in entry.yaml, what it does per language in `<locale>.yaml`.
 * Contact details are the organisation's own (a website, a general email or
 * phone); a private person's data has no field here, so it cannot be published.
 */
const slug = z.string().regex(slugPattern, 'lowercase words joined by hyphens, such as "local-round-table"');
const date = z.coerce.date({ error: 'a date written as YYYY-MM-DD' });
const capacityList = z.array(z.enum(capacities)).default([]);

/** A general address such as info@…: the same shape the import accepts. */
export const emailPattern = /^[^\s@<>()",;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
/** An international or local number: digits with spaces, hyphens, dots, brackets and a leading +. */
export const phonePattern = /^\+?[0-9][0-9 ().-]{4,22}[0-9]$/;

const organisationSource = z.strictObject({
	id: slug.optional(),
	title: z.string().min(1).max(400),
	publisher: z.string().min(1).max(200).optional(),
	url: webUrl,
	date: date.optional(),
	accessed: date,
	/** The facts of the organisation this source states. */
	supports: z.array(z.enum(organisationFactFields)).min(1, `list the facts this source states (${organisationFactFields.join(', ')})`),
});

export const consentSchema = z.strictObject({
	/** When the organisation agreed to be listed (for public-source: when the source was read). */
	date,
	/** How it was given. */
	basis: z.enum(consentBases),
	/** public-source: the id of the source in `sources` that names the organisation. */
	source: slug.optional(),
	/** Where the record of consent is kept (a survey export, a letter's file number); never a person's name. */
	record: z.string().min(1).max(200).optional(),
});

export const organisationFactsSchema = z.strictObject({
	/** The organisation's own name, as it writes it. */
	name: z.string().min(2).max(200),
	sector: z.enum(sectors),
	country: z.string().refine(isCountryCode, 'an ISO 3166-1 alpha-2 country code in capitals, such as "LT"'),
	/** Town, village or district, as the organisation names it: also a facet of the directory. */
	place: z.string().min(1).max(120),
	website: webUrl.optional(),
	email: z.string().max(120).regex(emailPattern, 'a general e-mail address of the organisation, such as info@example.org').optional(),
	phone: z.string().max(30).regex(phonePattern, 'a general phone number of the organisation, such as "+370 528 12345"').optional(),
	offers: capacityList,
	needs: capacityList,
	/** Case studies the organisation took part in (case slugs). */
	cases: z.array(slug).default([]),
	/** Required: without a consent record nothing is published. */
	consent: consentSchema,
	/** When the organisation last confirmed these details; older than 12 months shows a notice. */
	confirmed: date,
	sourceLocale: z.string().regex(localePattern, 'a language code such as "lt"'),
	/** Public documents the facts come from; required when consent.basis is public-source. */
	sources: z.array(organisationSource).default([]),
	/** Written by `npm run import:organisations`: which row it came from and a checksum of what it wrote. */
	imported: z
		.strictObject({
			file: z.string().min(1).max(200),
			row: z.number().int().min(2),
			checksum: z.string().regex(/^[0-9a-f]{16,64}$/, 'the checksum the import wrote (do not edit it)'),
		})
		.optional(),
});

/** `<locale>.yaml`: what the organisation does, in that language. */
export const organisationTextSchema = z.strictObject({
	description: z.string().min(1).max(800, 'keep the description to a short paragraph (800 characters at most)'),
	/** What exactly it offers (a hall for 80 people on weekday evenings…). */
	offersDetail: z.string().min(1).max(400).optional(),
	/** What exactly it needs. */
	needsDetail: z.string().min(1).max(400).optional(),
});

export type OrganisationFacts = z.output<typeof organisationFactsSchema>;
export type OrganisationText = z.output<typeof organisationTextSchema>;
