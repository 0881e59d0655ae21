import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, readPage, sites } from '../helpers/build.ts';
import type { EntryStatus } from '../../src/content/translation-status.ts';

const out = sites.fixture.outDir;

function cliStatus(args: string[] = []) {
	const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/i18n-status.ts'), ...args], {
		cwd: projectRoot,
		env: { ...process.env, ATLAS_CONFIG: sites.fixture.config },
		encoding: 'utf8',
	});
	return result;
}

describe('translation status', () => {
	it('npm run i18n:status prints a line per entry and totals per locale', () => {
		const result = cliStatus();
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^entry +hu +lv +lt +en\n/);
		expect(result.stdout).toMatch(/^cases\/river-cleanup +missing +source +missing +(up to date|outdated)$/m);
		expect(result.stdout).toMatch(/^en: \d+ up to date, \d+ outdated, \d+ missing, \d+ source$/m);
		const lv = cliStatus(['--locale', 'lv', '--json']);
		expect((JSON.parse(lv.stdout) as { locales: string[] }).locales).toEqual(['lv']);
		expect(cliStatus(['--locale', 'xx']).stderr).toContain('"xx" is not an enabled locale');
	});

	it('the maintainer page in every locale shows the same states as the command', () => {
		const { entries } = JSON.parse(cliStatus(['--json']).stdout) as { entries: EntryStatus[] };
		for (const locale of ['hu', 'lv', 'lt', 'en']) {
			const html = readPage(out, `${locale}/translation-status`);
			expect(html).toContain(`<html lang="${locale}"`);
			const rows = [...html.matchAll(/<tr data-entry="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [
				m[1],
				[...m[2]!.matchAll(/data-state="([^"]+)"/g)].map((s) => s[1]),
			]);
			expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(entries.map((e) => [e.id, e.locales.map((l) => l.state)])));
		}
		expect(readPage(out, 'lv/translation-status')).toContain('Tulkojumu statuss');
	});
});
