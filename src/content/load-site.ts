import fs from 'node:fs';
import path from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../model/site-config-schema.ts';
import { parseYaml, zodProblems } from './problems.ts';
import { ContentError, type Problem } from '../shared/problem.ts';
import { referenceLocale, validateUiStrings, type UiStrings } from '../shared/ui-strings.ts';
import { readContentFile } from './content-file.ts';

export const defaultConfigFile = 'atlas.config.yaml';
/** UI strings shipped with the atlas; a site may add folders after it (`stringsDirs`). */
export const builtInStringsDir = 'src/i18n';

export interface ResolvedSite {
	config: SiteConfig;
	configFile: string;
	/** UI strings of every enabled locale, plus English as the reference. */
	strings: Record<string, UiStrings>;
	/**
	 * Locales a content file may be written in: the enabled ones plus any with a
	 * UI strings file. A site that disables a language keeps the shared content's
	 * files for it valid; they are just not published.
	 */
	knownLocales: string[];
}

/** Locales that have a `<locale>.json` in any strings folder. */
export function localesWithStrings(stringsDirs: string[], root: string): string[] {
	return stringsDirs.flatMap((dir) => {
		const full = path.resolve(root, dir);
		if (!fs.existsSync(full)) return [];
		return fs
			.readdirSync(full)
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.slice(0, -'.json'.length));
	});
}

/** Where the build writes the site: `ATLAS_OUT_DIR` lets tests and the bench keep several, each beside its cache. */
export function siteOutDir(env: Record<string, string | undefined> = process.env): string {
	return env.ATLAS_OUT_DIR || './dist';
}

/** Which config file to use: `ATLAS_CONFIG` lets tests and forks point elsewhere. */
export function configFileFromEnv(env: Record<string, string | undefined> = process.env): string {
	return env.ATLAS_CONFIG || defaultConfigFile;
}

export function checkConfig(config: SiteConfig, file: string): Problem[] {
	const problems: Problem[] = [];
	if (!config.locales.includes(config.defaultLocale))
		problems.push({ file, field: 'defaultLocale', message: `"${config.defaultLocale}" is not one of locales (${config.locales.join(', ')})` });
	if (new Set(config.locales).size !== config.locales.length) problems.push({ file, field: 'locales', message: 'a locale is listed twice' });
	for (const field of ['name', 'description'] as const) {
		for (const locale of config.locales) {
			if (!config[field][locale]) problems.push({ file, field: `${field}.${locale}`, message: `missing text for enabled locale "${locale}"` });
		}
	}
	return problems;
}

/** Reads the strings of each locale; a later folder's file wins over an earlier one. */
export function loadUiStrings(stringsDirs: string[], locales: string[], root: string): { strings: Record<string, UiStrings>; problems: Problem[] } {
	const strings: Record<string, UiStrings> = {};
	const files: Record<string, string> = {};
	const problems: Problem[] = [];
	for (const locale of new Set([referenceLocale, ...locales])) {
		for (const dir of stringsDirs) {
			const file = path.join(dir, `${locale}.json`);
			const full = path.resolve(root, file);
			if (!fs.existsSync(full)) continue;
			const read = readContentFile(file, full);
			problems.push(...read.problems);
			if (read.text === undefined) continue;
			try {
				strings[locale] = JSON.parse(read.text) as UiStrings;
				files[locale] = file;
			} catch (error) {
				problems.push({ file, field: '(json)', message: error instanceof Error ? error.message : 'not valid JSON' });
			}
		}
		if (!strings[locale] && !problems.some((p) => p.file.endsWith(`${locale}.json`)))
			problems.push({
				file: path.join(stringsDirs.at(-1) ?? builtInStringsDir, `${locale}.json`),
				field: '(file)',
				message: `locale "${locale}" is enabled but has no UI strings file (copy ${builtInStringsDir}/en.json and translate it)`,
			});
	}
	const reference = strings[referenceLocale];
	if (reference) {
		for (const locale of locales) {
			const own = strings[locale];
			if (own && locale !== referenceLocale) problems.push(...validateUiStrings(locale, own, reference, files[locale] ?? locale));
		}
	}
	return { strings, problems };
}

/** Loads, validates and resolves the site configuration and its UI strings; throws naming every problem. */
export function loadSite(root = process.cwd(), configFile = configFileFromEnv()): ResolvedSite {
	const full = path.resolve(root, configFile);
	if (!fs.existsSync(full))
		throw new ContentError([{ file: configFile, field: '(file)', message: 'site configuration file not found' }], 'Cannot load the site configuration');
	const read = readContentFile(configFile, full);
	if (read.text === undefined) throw new ContentError(read.problems, 'Cannot load the site configuration');
	const source = parseYaml(configFile, read.text);
	if (source.problems.length) throw new ContentError(source.problems, 'The site configuration is not valid YAML');
	const parsed = siteConfigSchema.safeParse(source.data);
	if (!parsed.success) throw new ContentError(zodProblems(parsed.error, configFile, source.lineOf), 'The site configuration has problems');
	const config = parsed.data;
	const problems: Problem[] = checkConfig(config, configFile).map((p) => ({ ...p, line: source.lineOf(p.field.split('.')) }));
	for (const field of ['logo', 'shareImage'] as const) {
		const file = config[field];
		if (file && !fs.existsSync(path.join(root, 'public', file)))
			problems.push({ file: configFile, line: source.lineOf([field]), field, message: `no file public${file} (put the image in public/ or remove the field)` });
	}
	const { strings, problems: stringProblems } = loadUiStrings([builtInStringsDir, ...config.stringsDirs], config.locales, root);
	problems.push(...stringProblems);
	if (problems.length) throw new ContentError(problems, 'The site configuration or UI strings have problems');
	const stringsDirs = [builtInStringsDir, ...config.stringsDirs];
	const knownLocales = [...new Set([...Object.keys(strings), ...localesWithStrings(stringsDirs, root)])];
	return { config, configFile, strings, knownLocales };
}
