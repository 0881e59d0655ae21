import { describe, expect, it } from 'vitest';
import { findLogProblems, isHeadInjectDirectiveWarning, missingPages, stripAnsi } from '../../src/integration/build-log.ts';
import { showBundlerLog } from '../../src/integration/build-gate.ts';

describe('build-log gate', () => {
	it('finds [ERROR] lines, also in the middle of a progress line and in colour', () => {
		const log = [
			'14:29:24 [build] Building',
			'14:29:24   ├─ /index.html14:29:24 [ERROR] Error: boom',
			'ok',
			'\u001b[31m14:00:00 [ERROR]\u001b[39m [content] bad',
		].join('\n');
		const problems = findLogProblems(log);
		expect(problems.map((p) => [p.line, p.kind])).toEqual([
			[2, 'error'],
			[4, 'error'],
		]);
		expect(problems[1]!.text).toBe('14:00:00 [ERROR] [content] bad');
	});

	it('reports a page that failed to render as a render problem', () => {
		const problems = findLogProblems('14:29:24 [ERROR] [build] Caught error rendering /en/cases/x/: Error: boom');
		expect(problems).toEqual([{ line: 1, kind: 'render', text: '14:29:24 [ERROR] [build] Caught error rendering /en/cases/x/: Error: boom' }]);
	});

	it('passes a clean log with warnings', () => {
		expect(findLogProblems('14:28:28 [WARN] [vite] something\n14:28:29 [build] Complete!')).toEqual([]);
	});

	it('strips terminal colours', () => {
		expect(stripAnsi('\u001b[33mwarn\u001b[0m')).toBe('warn');
	});

	it('names the expected pages that were not written', () => {
		const built = ['index.html', 'en/index.html', 'en/cases/a/index.html', 'lv/cases/a/index.html'];
		expect(missingPages(['', 'en/', 'en/cases/a/', 'lv/cases/a/', 'lv/cases/b/', 'hu/'], built)).toEqual(['lv/cases/b/', 'hu/']);
		expect(missingPages(['en/cases/a'], built)).toEqual([]);
	});

	// Rolldown's wording for the warning Astro 7 causes once per MDX entry (withastro/astro#18087).
	const headInject = {
		code: 'MODULE_LEVEL_DIRECTIVE',
		message:
			'The semantics of the module level directive "use astro:head-inject" in "content/cases/x/en.mdx?astroPropagatedAssets" may not be preserved when bundling.',
	};

	it("recognises Astro's head-inject directive warning and nothing else", () => {
		expect(isHeadInjectDirectiveWarning(headInject)).toBe(true);
		expect(isHeadInjectDirectiveWarning({ ...headInject, message: headInject.message.replace('astro:head-inject', 'client') })).toBe(false);
		expect(isHeadInjectDirectiveWarning({ ...headInject, code: 'CIRCULAR_DEPENDENCY' })).toBe(false);
		expect(isHeadInjectDirectiveWarning({ message: headInject.message })).toBe(false);
	});

	it('passes every bundler message on except that warning', () => {
		const shown: [string, string][] = [];
		const show = (level: string, log: { message: string }) => shown.push([level, log.message]);
		showBundlerLog('warn', headInject, show);
		showBundlerLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" may not be preserved' }, show);
		showBundlerLog('info', headInject, show);
		showBundlerLog('warn', { code: 'EVAL', message: 'Use of eval is strongly discouraged' }, show);
		expect(shown).toEqual([
			['warn', 'directive "use client" may not be preserved'],
			['info', headInject.message],
			['warn', 'Use of eval is strongly discouraged'],
		]);
	});
});
