import { describe, expect, it } from 'vitest';
import { loadContent, sectionHeadingsFrom } from '../../src/content/content-tree.ts';
import { ContentError } from '../../src/shared/problem.ts';
import { loadSite } from '../../src/content/load-site.ts';
import { projectRoot } from '../helpers/build.ts';

const municipal = 'tests/fixtures/municipal/atlas.config.yaml';

describe('a municipality’s configuration', () => {
	it('adds a language with one config entry and one complete strings file (tests/fixtures/municipal/i18n/sv.json must have every key of src/i18n/en.json)', () => {
		let site: ReturnType<typeof loadSite> | undefined;
		try {
			site = loadSite(projectRoot, municipal);
		} catch (error) {
			// Name the missing keys: whoever adds a UI string adds its Swedish here too.
			throw new Error(error instanceof ContentError ? error.message : String(error));
		}
		expect(site?.config.locales).toEqual(['sv', 'en', 'lv', 'hu']);
		expect(Object.keys(site?.strings ?? {}).sort()).toEqual(['en', 'hu', 'lv', 'sv']);
		expect(site.config.accessibility).toMatchObject({ compliance: 'full', method: 'third-party', nonAccessible: {} });
	});

	it('keeps the shared library’s files for a disabled language valid', () => {
		const site = loadSite(projectRoot, municipal);
		expect(site.knownLocales).toContain('lt');
		const content = loadContent({
			root: projectRoot,
			contentDirs: site.config.contentDirs,
			knownLocales: site.knownLocales,
			sectionHeadings: sectionHeadingsFrom(site.strings),
		});
		expect(content.problems).toEqual([]);
		expect(content.entries.find((e) => e.slug === 'round-table')?.texts.map((t) => t.locale)).toContain('lt');
		expect(content.entries.find((e) => e.slug === 'schoolyard-greening')?.folder).toBe('tests/fixtures/municipal/local-content/cases/schoolyard-greening');
	});

	it('defaults the optional accessibility details', () => {
		const site = loadSite(projectRoot, 'tests/fixtures/site/atlas.config.yaml');
		expect(site.config.accessibility).toMatchObject({ method: 'self-assessment', nonAccessible: {} });
		expect(site.config.accessibility.enforcement).toBeUndefined();
	});
});

describe('optional sharing and repository settings', () => {
	it('reads the share image and normalises the repository address', () => {
		const site = loadSite(projectRoot, 'tests/fixtures/site/atlas.config.yaml');
		expect(site.config.shareImage).toBe('/share.png');
		expect(site.config.repository).toEqual({ url: 'https://github.com/example/cooperation-atlas' });
		const municipal = loadSite(projectRoot, 'tests/fixtures/municipal/atlas.config.yaml');
		expect(municipal.config.repository).toBeUndefined();
		expect(municipal.config.shareImage).toBeUndefined();
	});
});
