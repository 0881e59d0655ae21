import { describe, expect, it } from 'vitest';
import { validateSiteContent } from '../../src/integration/index.ts';
import { loadSite } from '../../src/content/load-site.ts';
import { ContentError } from '../../src/shared/problem.ts';
import { projectRoot } from '../helpers/build.ts';
import { copyFixture } from '../helpers/content.ts';

// The build checks content at config setup and again in the content loader; the second check may reuse the first only while no file changed.
describe('the build’s content check', () => {
	const fixtureSite = loadSite(projectRoot, 'tests/fixtures/site/atlas.config.yaml');
	const siteIn = () => ({ ...fixtureSite, config: { ...fixtureSite.config, contentDirs: ['content'] } });

	it('reuses its result while no content file changed', () => {
		const tree = copyFixture();
		const first = validateSiteContent(siteIn(), tree.root);
		expect(validateSiteContent(siteIn(), tree.root)).toBe(first);
		expect(first.entries.length).toBeGreaterThan(0);
	});

	it('checks again after a file changed, and reports the new problem', () => {
		const tree = copyFixture();
		const first = validateSiteContent(siteIn(), tree.root);
		tree.edit('content/methods/round-table/en.mdx', (text) => `${text}\nOne more paragraph.\n`);
		const second = validateSiteContent(siteIn(), tree.root);
		expect(second).not.toBe(first);
		tree.edit('content/methods/round-table/entry.yaml', (text) => `${text}\nnotAField: 1\n`);
		expect(() => validateSiteContent(siteIn(), tree.root)).toThrow(ContentError);
		expect(() => validateSiteContent(siteIn(), tree.root)).toThrow(/content\/methods\/round-table\/entry\.yaml:\d+: notAField: unknown field/);
	});

	it('checks again for another site configuration', () => {
		const tree = copyFixture();
		const first = validateSiteContent(siteIn(), tree.root);
		const fewerLocales = { ...siteIn(), config: { ...siteIn().config, locales: ['en', 'lv'] } };
		expect(validateSiteContent(fewerLocales, tree.root)).not.toBe(first);
	});
});
