import { z } from 'astro/zod';
import { localePattern } from './entry-types.ts';
import { siteAddress, webUrl } from './url.ts';

export const accessibilityCompliance = ['full', 'partial', 'none'] as const;
export const accessibilityMethods = ['self-assessment', 'third-party'] as const;

const localeCode = z.string().regex(localePattern, 'a language code such as "lv" or "pt-BR"');

/** Text given per locale; every enabled locale needs one (checked in loadSiteConfig). */
const perLocale = z.record(localeCode, z.string().min(1).max(300));
/** A folder of the project, never outside it. */
const projectFolder = z
	.string()
	.min(1)
	.refine((dir) => !dir.startsWith('/') && !dir.split(/[\\/]/).includes('..'), 'a folder inside the project, written relative to it, such as "local-content"');

export const siteConfigSchema = z
	.object({
		locales: z.array(localeCode).min(1),
		defaultLocale: localeCode,
		base: z
			.string()
			.regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'a path that starts and ends with "/", such as "/" or "/atlas/"')
			.default('/'),
		site: siteAddress,
		name: perLocale,
		description: perLocale,
		/** A file in public/, served by the site itself: never another host. */
		logo: z
			.string()
			.regex(/^\/(?!\/)(?:[A-Za-z0-9._~-]+\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.(?:svg|png|webp|jpe?g)$/, 'a path to an image in public/, such as "/logo.svg" (no other host, no ".." segments)')
			.refine((p) => !p.split('/').includes('..'), 'a path inside public/ (no ".." segments)')
			.optional(),
		accentColor: z
			.string()
			.regex(/^#[0-9a-fA-F]{6}$/, 'a six-digit hex colour such as "#1d5c96"')
			.default('#1d5c96'),
		contact: z.strictObject({
			organisation: z.string().min(1).max(200),
			email: z.email(),
			phone: z.string().max(40).optional(),
			address: z.string().max(300).optional(),
		}),
		/** The accessibility statement page follows the EU model statement (Implementing Decision (EU) 2018/1523). */
		accessibility: z.strictObject({
			reviewed: z.coerce.date(),
			compliance: z.enum(accessibilityCompliance),
			/** When the statement was first prepared; defaults to `reviewed`. */
			prepared: z.coerce.date().optional(),
			method: z.enum(accessibilityMethods).default('self-assessment'),
			/** Known non-accessible content, as short sentences per locale. */
			nonAccessible: z.record(localeCode, z.array(z.string().min(1))).default({}),
			/** The national body that handles complaints when a reply is unsatisfactory. */
			enforcement: z.strictObject({ name: z.string().min(1).max(200), url: webUrl, email: z.email().optional() }).optional(),
		}),
		license: z.strictObject({ name: z.string().min(1).max(120), url: webUrl }),
		contentDirs: z.array(projectFolder).min(1).default(['content']),
		/** Extra folders of UI strings (`<locale>.json`), read after the built-in ones. */
		stringsDirs: z.array(projectFolder).default([]),
	})
	.strict();

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
