import { z } from 'astro/zod';
import { localePattern } from './entry-types.ts';
import { siteAddress, webUrl } from './url.ts';

export const accessibilityCompliance = ['full', 'partial', 'none'] as const;
export const accessibilityMethods = ['self-assessment', 'third-party'] as const;

/** A file in public/ with one of the given extensions, served by the site itself: never another host. */
function publicImage(extensions: string[], example: string) {
	const pattern = new RegExp(`^/(?!/)(?:[A-Za-z0-9._~-]+/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*\\.(?:${extensions.join('|')})$`);
	return z
		.string()
		.regex(pattern, `a path to an image in public/ (${extensions.join(', ')}), such as "${example}" (no other host, no ".." segments)`)
		.refine((p) => !p.split('/').includes('..'), 'a path inside public/ (no ".." segments)');
}

/** https://github.com/<owner>/<name>, nothing more: the links add the rest. */
const githubRepository = webUrl.pipe(
	z
		.string()
		.regex(
			/^https?:\/\/github\.com\/[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}\/?$/,
			'the address of a GitHub repository, such as "https://github.com/owner/name"',
		)
		.refine((u) => !/\/\.\.?\/?$/.test(u), 'the address of a GitHub repository, such as "https://github.com/owner/name"')
		.transform((u) =>
			u
				.replace(/^http:/, 'https:')
				.replace(/\/$/, '')
				.replace(/\.git$/, ''),
		),
);

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
		logo: publicImage(['svg', 'png', 'webp', 'jpg', 'jpeg'], '/logo.svg').optional(),
		/**
		 * The picture shown when a page is shared (Open Graph and Twitter cards), a
		 * file in public/ like the logo. Sharing previews do not show SVG, hence
		 * PNG, JPEG or WebP; about 1200 × 630 pixels.
		 */
		shareImage: publicImage(['png', 'webp', 'jpg', 'jpeg'], '/share.png').optional(),
		/**
		 * The GitHub repository the site is built from. When set, entry pages get a
		 * "Suggest a change" link to its issue forms (.github/ISSUE_TEMPLATE/).
		 */
		repository: z.strictObject({ url: githubRepository }).optional(),
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
