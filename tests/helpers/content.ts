import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent, sectionHeadingsFrom } from '../../src/content/content-tree.ts';
import { formatProblem } from '../../src/shared/problem.ts';
import type { UiStrings } from '../../src/shared/ui-strings.ts';
import { projectRoot } from './build.ts';

export const fixtureContent = path.join(projectRoot, 'tests/fixtures/site/content');
export const uiStrings: Record<string, UiStrings> = Object.fromEntries(
	['en', 'hu', 'lv', 'lt'].map((l) => [l, JSON.parse(fs.readFileSync(path.join(projectRoot, `src/i18n/${l}.json`), 'utf8')) as UiStrings]),
);

/** A writable copy of the fixture content tree in a temporary folder. */
export function copyFixture(): {
	root: string;
	write(file: string, text: string): void;
	edit(file: string, change: (text: string) => string): void;
	remove(file: string): void;
} {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-content-'));
	fs.cpSync(fixtureContent, path.join(root, 'content'), { recursive: true });
	const full = (file: string) => path.join(root, file);
	return {
		root,
		write(file, text) {
			fs.mkdirSync(path.dirname(full(file)), { recursive: true });
			fs.writeFileSync(full(file), text);
		},
		edit(file, change) {
			fs.writeFileSync(full(file), change(fs.readFileSync(full(file), 'utf8')));
		},
		remove(file) {
			fs.rmSync(full(file), { recursive: true });
		},
	};
}

export function problemsIn(root: string, contentDirs = ['content']): string[] {
	const result = loadContent({ root, contentDirs, knownLocales: Object.keys(uiStrings), sectionHeadings: sectionHeadingsFrom(uiStrings) });
	return result.problems.map(formatProblem);
}
