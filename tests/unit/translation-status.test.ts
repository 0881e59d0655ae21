import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHistory } from '../../src/content/git-history.ts';
import { entryStatus, formatReport, lastChange, parseGitLog, parseGitStatus, summarize, type History } from '../../src/content/translation-status.ts';

const entry = {
	id: 'cases/river',
	sourceLocale: 'lv',
	files: { lv: 'content/cases/river/lv.mdx', en: 'content/cases/river/en.mdx', hu: 'content/cases/river/hu.mdx' },
};
const locales = ['hu', 'lv', 'lt', 'en'];

describe('translation status (pure)', () => {
	it('parses git log records and git status', () => {
		const log = '\x1ec2\t200\tFix typo [i18n skip]\n\ncontent/a/lv.mdx\n\x1ec1\t100\tAdd\tentry\n\ncontent/a/lv.mdx\ncontent/a/en.mdx\n';
		const history = parseGitLog(log);
		expect(history.get('content/a/lv.mdx')).toEqual([
			{ commit: 'c2', time: 200, subject: 'Fix typo [i18n skip]' },
			{ commit: 'c1', time: 100, subject: 'Add\tentry' },
		]);
		expect(lastChange(history, new Set(), 'content/a/lv.mdx', 'source')?.commit).toBe('c1');
		expect(lastChange(history, new Set(), 'content/a/lv.mdx', 'translation')?.commit).toBe('c2');
		expect(parseGitStatus(' M content/a/en.mdx\0?? content/b/hu.mdx\0R  content/new.mdx\0content/old.mdx\0')).toEqual([
			'content/a/en.mdx',
			'content/b/hu.mdx',
			'content/new.mdx',
		]);
	});

	it('calls a translation outdated when the source was committed after it, and missing when absent', () => {
		const history: History = new Map([
			['content/cases/river/lv.mdx', [{ time: 300, subject: 'Rewrite results' }]],
			['content/cases/river/en.mdx', [{ time: 200, subject: 'Translate' }]],
			['content/cases/river/hu.mdx', [{ time: 400, subject: 'Translate' }]],
		]);
		const status = entryStatus(entry, locales, history, new Set());
		expect(status.locales.map((l) => [l.locale, l.state])).toEqual([
			['hu', 'up-to-date'],
			['lv', 'source'],
			['lt', 'missing'],
			['en', 'outdated'],
		]);
		// An uncommitted translation is newer than any commit; an uncommitted source change outdates every committed translation.
		expect(entryStatus(entry, locales, history, new Set(['content/cases/river/en.mdx'])).locales[3]!.state).toBe('up-to-date');
		expect(entryStatus(entry, locales, history, new Set(['content/cases/river/lv.mdx'])).locales[0]!.state).toBe('outdated');
		expect(summarize([status], locales).en).toEqual({ source: 0, missing: 0, 'up-to-date': 0, outdated: 1 });
		expect(formatReport([status], locales)).toMatch(/^entry +hu +lv +lt +en\ncases\/river +up to date +source +missing +outdated\n\nhu: 1 up to date/);
	});

	it('without history counts every existing translation as up to date', () => {
		expect(entryStatus(entry, locales, new Map(), new Set()).locales.map((l) => l.state)).toEqual(['up-to-date', 'source', 'missing', 'up-to-date']);
	});
});

describe('translation status from a real git repository', () => {
	it('follows commits in time order, skips marked commits and sees uncommitted edits', () => {
		const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-git-'));
		let clock = 1_700_000_000;
		const git = (...args: string[]) => {
			const date = `@${clock++} +0000`;
			const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
				cwd: repo,
				encoding: 'utf8',
				env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
			});
			if (result.status !== 0) throw new Error(result.stderr);
		};
		const write = (file: string, text: string) => {
			fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
			fs.writeFileSync(path.join(repo, file), text);
		};
		const status = () => {
			const h = readGitHistory(repo, ['content']);
			expect(h.available).toBe(true);
			return Object.fromEntries(entryStatus(entry, locales, h.history, h.uncommitted).locales.map((l) => [l.locale, l.state]));
		};

		git('init', '-q');
		write(entry.files.lv, 'v1');
		git('add', '.');
		git('commit', '-q', '-m', 'Add the Latvian original');
		write(entry.files.en, 'v1');
		write(entry.files.hu, 'v1');
		git('add', '.');
		git('commit', '-q', '-m', 'Translate');
		expect(status()).toEqual({ hu: 'up-to-date', lv: 'source', lt: 'missing', en: 'up-to-date' });

		write(entry.files.lv, 'v2');
		git('commit', '-q', '-am', 'Fix a typo [i18n skip]');
		expect(status().en).toBe('up-to-date');

		write(entry.files.lv, 'v3');
		expect(status().en).toBe('outdated');
		git('commit', '-q', '-am', 'Rewrite the results');
		write(entry.files.en, 'v3');
		git('commit', '-q', '-am', 'Update the English translation');
		expect(status()).toEqual({ hu: 'outdated', lv: 'source', lt: 'missing', en: 'up-to-date' });

		write(entry.files.hu, 'v3 (uncommitted)');
		expect(status().hu).toBe('up-to-date');
		fs.rmSync(repo, { recursive: true, force: true });
	});

	it('reports that there is no history outside a repository', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-nogit-'));
		expect(readGitHistory(dir, ['content'])).toMatchObject({ available: false, reason: 'not a git repository' });
	});
});
