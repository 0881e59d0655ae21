import fs from 'node:fs';
import path from 'node:path';
import { articleTextSchema, type ArticleText } from '../model/content-schema.ts';
import { slugPattern } from '../model/entry-types.ts';
import { parseArticle } from './mdx-safety.ts';
import { parseYaml, zodProblems } from './problems.ts';
import type { Problem } from '../shared/problem.ts';
import { placeholder, placeholderLines } from './placeholder.ts';
import { readContentFile } from './content-file.ts';

/**
 * Free-standing pages a site adds next to the library, such as a directory of
 * local organisations and contacts: `<content folder>/pages/<slug>/<locale>.mdx`.
 * They have a title and summary like entries, no facts and no required
 * sections, and pass the same content-safety checks.
 */
export const pagesFolder = 'pages';

export interface LoadedPage {
	slug: string;
	folder: string;
	texts: { locale: string; file: string; data: ArticleText }[];
}

const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/** Reads the pages of one content folder into `pages`, reporting every problem with its file. */
export function loadPagesIn(base: string, root: string, knownLocales: string[], pages: LoadedPage[], problems: Problem[]): void {
	const dir = path.join(base, pagesFolder);
	if (!fs.existsSync(dir)) return;
	for (const dirent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const folder = path.join(dir, dirent.name);
		if (!dirent.isDirectory()) {
			problems.push({ file: rel(root, folder), field: '(file)', message: `pages are folders: move it to ${pagesFolder}/<slug>/<locale>.mdx` });
			continue;
		}
		if (!slugPattern.test(dirent.name)) {
			problems.push({
				file: rel(root, folder),
				field: '(slug)',
				message: `"${dirent.name}" is not a valid slug (lowercase ASCII words joined by hyphens, such as "local-directory")`,
			});
			continue;
		}
		const earlier = pages.find((p) => p.slug === dirent.name);
		if (earlier) {
			problems.push({
				file: rel(root, folder),
				field: '(slug)',
				message: `page "${dirent.name}" is also defined in ${earlier.folder}: both would produce the same page (rename one folder)`,
			});
			continue;
		}
		const page: LoadedPage = { slug: dirent.name, folder: rel(root, folder), texts: [] };
		for (const fileEntry of fs.readdirSync(folder).sort()) {
			const full = path.join(folder, fileEntry);
			const file = rel(root, full);
			const locale = path.basename(fileEntry, '.mdx');
			if (!fileEntry.endsWith('.mdx')) {
				problems.push({ file, field: '(file)', message: 'unexpected file (page translations are named <locale>.mdx, such as en.mdx)' });
				continue;
			}
			if (!knownLocales.includes(locale)) {
				problems.push({ file, field: '(locale)', message: `"${locale}" is not a known locale (known: ${knownLocales.join(', ')})` });
				continue;
			}
			const read = readContentFile(file, full);
			problems.push(...read.problems);
			const text = read.text;
			if (text === undefined) continue;
			for (const { line, field } of placeholderLines(text))
				problems.push({ file, line, field, message: `placeholder "${placeholder}" left: replace it with the real text` });
			const article = parseArticle(file, text);
			problems.push(...article.problems);
			if (article.frontmatter === undefined) {
				if (!article.problems.length)
					problems.push({ file, line: 1, field: '(frontmatter)', message: 'missing frontmatter: start the file with --- title: … summary: … ---' });
				continue;
			}
			const source = parseYaml(file, article.frontmatter);
			problems.push(...source.problems.map((p) => ({ ...p, field: '(frontmatter)', line: (p.line ?? 0) + 1 })));
			if (source.problems.length) continue;
			const parsed = articleTextSchema.safeParse(source.data);
			if (!parsed.success) {
				problems.push(...zodProblems(parsed.error, file, (p) => (source.lineOf(p) ?? 0) + 1));
				continue;
			}
			if (!article.problems.length) page.texts.push({ locale, file, data: parsed.data });
		}
		if (page.texts.length) pages.push(page);
		else if (!problems.some((p) => p.file.startsWith(`${page.folder}/`)))
			problems.push({ file: page.folder, field: '(translations)', message: 'no translation in this page folder (add at least one <locale>.mdx)' });
	}
}
