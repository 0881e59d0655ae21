import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runBuild, tmpRoot } from '../helpers/build.ts';
import { loadSite } from '../../src/content/load-site.ts';
import { ContentError, formatProblem } from '../../src/shared/problem.ts';
import { renderArticle } from '../../src/content/article-html.ts';

/**
 * The hostile-content suite: what a stranger's pull request could try against
 * the build machine and the readers. Each attack is planted in a content tree
 * made for the test (symbolic links, hidden folders and foreign encodings are
 * not kept in the repository) with its expected outcome: refused, naming the
 * file and the field. Code that would run if anything in content were ever
 * resolved as a module writes a marker file; no build may leave it behind.
 * What content may legitimately contain and must render harmlessly is in
 * tests/fixtures/hostile-harmless, built with the other sites.
 */
const root = path.join(tmpRoot, 'hostile');
const marker = path.join(tmpRoot, 'hostile-marker');
const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join('/');
const content = path.join(root, 'content');
const dir = rel(content);

const sections = ['Context', 'Partners and roles', 'What was done', 'Resources', 'Results', 'Lessons learned', 'How to transfer it'];
const caseText = (title: string, body = 'Text.', extra = '') =>
	`---\ntitle: "${title}"\nsummary: "A planted attack."\nplace: "A town"\n${extra}---\n\n${sections.map((s, i) => `## ${s}\n\n${i === 0 ? body : 'Text.'}\n`).join('\n')}`;
const scenarioFacts = (extra = '') =>
	`country: LV\nscale: town\nthemes: [youth]\npartners:\n  - sector: municipality\n  - sector: ngo\nmethods: [mapping]\nevidence: scenario\nsourceLocale: en\nsources:\n  - title: Planted${extra}\n`;
// Runs if it is ever imported: proof that content reached the module graph.
const payload = `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'content ran as code');\nexport default 'x';\n`;

function write(file: string, text: string | Buffer) {
	const full = path.join(content, file);
	fs.mkdirSync(path.dirname(full), { recursive: true });
	fs.writeFileSync(full, text);
}

function plantCase(slug: string, text: string | Buffer, facts = scenarioFacts()) {
	write(`cases/${slug}/entry.yaml`, facts);
	write(`cases/${slug}/en.mdx`, text);
}

/** Attack → file it is planted in → what the report must say about it. */
const attacks: [attack: string, file: string, report: RegExp][] = [
	['a local image that would be imported as a module', 'cases/image-import/en.mdx', /:9: body: images are not allowed in content/],
	['code in a hidden folder', '.evil', /: \(file\): hidden folder: content folders hold no hidden entries/],
	['a locale file written to be valid JavaScript, reached through an image path', 'cases/yaml-as-code/en.mdx', /:9: body: images are not allowed/],
	['a file outside the repository read through ?raw', 'cases/raw-import/en.mdx', /:9: body: images are not allowed/],
	['an SVG with a script, served as an image', 'cases/svg-image/en.mdx', /:9: body: images are not allowed/],
	['an external tracking pixel', 'cases/tracking-pixel/en.mdx', /:9: body: images are not allowed/],
	['a code block language that smuggles HTML', 'cases/code-language/en.mdx', /:9: body: code block language ".*" is not allowed/],
	['a relative link out of the site', 'cases/relative-link/en.mdx', /:9: body: link to "\.\.\/\.\.\/etc\/passwd" is not allowed/],
	['a javascript: source URL', 'cases/javascript-source/entry.yaml', /:12: sources\[0\]\.url: an http:\/\/ or https:\/\/ address/],
	['a data: legal reference URL', 'legal-forms/data-reference/entry.yaml', /:4: references\[0\]\.url: an http:\/\/ or https:\/\/ address/],
	['a vbscript: source URL', 'pitfalls/vbscript-source/entry.yaml', /:4: sources\[0\]\.url: an http:\/\/ or https:\/\/ address/],
	['a symlinked locale file pointing out of the repository', 'cases/symlinked-text/en.mdx', /: \(file\): is a symbolic link/],
	['a symlinked facts file', 'cases/symlinked-facts/entry.yaml', /: \(file\): is a symbolic link/],
	['a 300 KB field', 'cases/huge-field/en.mdx', /: \(file\): is 3\d\d KB; a content file may have at most 256 KB/],
	['a title longer than a title', 'cases/long-title/en.mdx', /:2: title: keep the title to 200 characters at most/],
	['a Latin-2 file', 'cases/latin-2/en.mdx', /:3: \(encoding\): is not valid UTF-8/],
	['a control character that breaks the feed', 'cases/control-character/en.mdx', /:3: \(text\): invisible control character U\+0008/],
	['a bidirectional override', 'cases/bidi-override/en.mdx', /:9: \(text\): bidirectional control character U\+202E/],
	['a checklist item id that is an object key', 'checklists/object-key/en.yaml', /items\.constructor: missing label for this item/],
	['a folder named like a locale file', 'cases/folder-named-text/en.mdx', /: \(file\): is not a file/],
	['a YAML tag', 'cases/yaml-tag/entry.yaml', /:12: \(yaml\): the tag "!custom-tag" is not allowed/],
	['a second content folder redefining a glossary term', 'glossary/en.yaml', /: mapping: term "mapping" is already defined for "en"/],
];

function plantAll() {
	fs.rmSync(root, { recursive: true, force: true });
	fs.rmSync(marker, { force: true });
	// A small valid base the attacks can refer to.
	write('methods/mapping/entry.yaml', 'sourceLocale: en\nsources:\n  - title: Base\n');
	write(
		'methods/mapping/en.mdx',
		`---\ntitle: "Mapping"\nsummary: "A method."\n---\n\n${['Definition', 'Goal', 'Key concepts', 'Conditions', 'Steps', 'Expected results', 'Literature'].map((s) => `## ${s}\n\nText.\n`).join('\n')}`,
	);
	fs.mkdirSync(path.join(root, 'base/glossary'), { recursive: true });
	fs.writeFileSync(path.join(root, 'base/glossary/terms.yaml'), '- id: mapping\n  methods: [mapping]\n');
	fs.writeFileSync(path.join(root, 'base/glossary/en.yaml'), 'mapping:\n  term: mapping\n  definition: Finding out who is active.\n');
	write('glossary/en.yaml', 'mapping:\n  term: mapping\n  definition: A second, conflicting definition.\n');

	write('.evil/pwn.js', payload);
	plantCase('image-import', caseText('Image import', '![x](../../.evil/pwn.js)'));
	write('cases/yaml-as-code/hu.yaml', `${payload}`);
	plantCase('yaml-as-code', caseText('YAML as code', '![x](./hu.yaml)'));
	plantCase('raw-import', caseText('Raw import', '![x](/etc/passwd?raw)'));
	plantCase('svg-image', caseText('SVG image', '![logo](./evil.svg)'));
	plantCase('tracking-pixel', caseText('Tracking pixel', '![](https://tracker.example.com/pixel.gif)'));
	plantCase('code-language', caseText('Code language', '```evil"><meta http-equiv="refresh" content="0;url=https://evil.example.com">\nx\n```'));
	plantCase('relative-link', caseText('Relative link', '[read this](../../etc/passwd)'));
	plantCase('javascript-source', caseText('JavaScript source'), scenarioFacts('\n    url: "javascript:alert(document.domain)"'));
	write(
		'legal-forms/data-reference/entry.yaml',
		'references:\n  - country: LV\n    name: Law\n    url: "data:text/html,<script>alert(1)</script>"\nsourceLocale: en\nsources:\n  - title: Base\n',
	);
	write(
		'legal-forms/data-reference/en.mdx',
		`---\ntitle: "Data reference"\nsummary: "x"\n---\n\n${['When to use it', 'How it works', 'Requirements', 'Risks'].map((s) => `## ${s}\n\nText.\n`).join('\n')}`,
	);
	write('pitfalls/vbscript-source/entry.yaml', 'sourceLocale: en\nsources:\n  - title: Base\n    url: "vbscript:msgbox(1)"\n');
	write(
		'pitfalls/vbscript-source/en.mdx',
		`---\ntitle: "VBScript source"\nsummary: "x"\n---\n\n${['Warning signs', 'How to prevent it', 'What to do if it happens'].map((s) => `## ${s}\n\nText.\n`).join('\n')}`,
	);
	write('cases/symlinked-text/entry.yaml', scenarioFacts());
	fs.symlinkSync('/etc/hostname', path.join(content, 'cases/symlinked-text/en.mdx'));
	fs.mkdirSync(path.join(content, 'cases/symlinked-facts'), { recursive: true });
	fs.symlinkSync(path.join(projectRoot, 'package.json'), path.join(content, 'cases/symlinked-facts/entry.yaml'));
	write('cases/symlinked-facts/en.mdx', caseText('Symlinked facts'));
	plantCase('huge-field', caseText('Huge field', 'word '.repeat(62_000)));
	plantCase('long-title', caseText('T'.repeat(201)));
	plantCase(
		'latin-2',
		Buffer.concat([Buffer.from('---\ntitle: "Latin-2"\nsummary: "'), Buffer.from([0x50, 0xe1, 0x73, 0x76, 0xb9]), Buffer.from(`"\nplace: "x"\n---\n`)]),
	);
	plantCase('control-character', caseText('Control character', 'Text.', '').replace('A planted attack.', 'A planted\u0008 attack.'));
	plantCase('bidi-override', caseText('Bidi override', 'The invoice total is \u202E0001\u202C EUR.'));
	write('checklists/object-key/entry.yaml', 'sourceLocale: en\nsources:\n  - title: Base\nphases:\n  - id: start\n    items:\n      - id: constructor\n');
	write('checklists/object-key/en.yaml', 'title: Object key\nsummary: x\nphases:\n  start:\n    title: Start\nitems: {}\n');
	write('cases/folder-named-text/entry.yaml', scenarioFacts());
	fs.mkdirSync(path.join(content, 'cases/folder-named-text/en.mdx'), { recursive: true });
	plantCase('yaml-tag', caseText('YAML tag'), `${scenarioFacts()}extra: !custom-tag value\n`);

	fs.writeFileSync(
		path.join(root, 'atlas.config.yaml'),
		[
			'locales: [en]',
			'defaultLocale: en',
			'site: https://hostile.example.org',
			'name: { en: Hostile }',
			'description: { en: Hostile content. }',
			'contact: { organisation: Test, email: test@example.org }',
			'accessibility: { reviewed: 2026-11-01, compliance: partial }',
			'license: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }',
			`contentDirs: [${rel(path.join(root, 'base'))}, ${dir}]`,
			'',
		].join('\n'),
	);
}

const configFile = () => rel(path.join(root, 'atlas.config.yaml'));
const validate = () =>
	spawnSync(process.execPath, [path.join(projectRoot, 'scripts/validate.ts')], {
		cwd: projectRoot,
		env: { ...process.env, ATLAS_CONFIG: configFile() },
		encoding: 'utf8',
	});

describe('hostile content', () => {
	let validation: ReturnType<typeof validate>;
	let build: ReturnType<typeof runBuild>;
	beforeAll(() => {
		plantAll();
		validation = validate();
		build = runBuild(configFile(), path.join(tmpRoot, 'hostile-out'));
	}, 300_000);

	for (const [attack, file, report] of attacks) {
		it(`refuses ${attack}, naming ${file} and the field`, () => {
			const own = validation.stderr.split('\n').filter((line) => line.startsWith(`${dir}/${file}:`));
			expect(own, validation.stderr).toContainEqual(expect.stringMatching(report));
		});
	}

	it('validate and build agree: the build stops with the very same problems, and neither prints a stack trace', () => {
		expect(validation.status).toBe(1);
		expect(build.status).not.toBe(0);
		const problems = validation.stderr.split('\n').filter((line) => line.startsWith(dir));
		expect(problems.length).toBeGreaterThanOrEqual(attacks.length);
		for (const line of problems) expect(build.output).toContain(line);
		for (const output of [validation.stderr, build.output]) expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
	});

	it('writes no marker file: nothing in content ran as code, and no file outside the repository reached the log', () => {
		expect(fs.existsSync(marker)).toBe(false);
		expect(build.output).not.toContain(fs.readFileSync('/etc/hostname', 'utf8').trim() || '\0');
		expect(build.output).not.toContain('"name": "cooperation-atlas"');
	});

	it('even if an image got past the check, the renderer refuses it instead of importing it', () => {
		expect(() => renderArticle('x.mdx', '![x](../../.evil/pwn.js)\n', { footnotes: 'Notes', backToReference: 'Back', table: 'Table' })).toThrow(
			/x\.mdx: <img> reached the renderer/,
		);
		expect(() => renderArticle('x.mdx', '[x](javascript:alert(1))\n', { footnotes: 'Notes', backToReference: 'Back', table: 'Table' })).toThrow(
			/a link to "javascript:alert\(1\)" reached the renderer/,
		);
		expect(fs.existsSync(marker)).toBe(false);
	});
});

describe('hostile site configuration', () => {
	const base = fs.readFileSync(path.join(projectRoot, 'tests/fixtures/site/atlas.config.yaml'), 'utf8');
	const problemsWith = (change: (text: string) => string): string[] => {
		const file = path.join(tmpRoot, 'hostile-config.yaml');
		fs.mkdirSync(tmpRoot, { recursive: true });
		fs.writeFileSync(file, change(base));
		try {
			loadSite(projectRoot, rel(file));
			return [];
		} catch (error) {
			if (error instanceof ContentError) return error.problems.map(formatProblem);
			throw error;
		}
	};
	const cases: [what: string, change: (text: string) => string, report: RegExp][] = [
		[
			'a site address with a javascript: scheme',
			(t) => t.replace('site: https://fixture.example.org', 'site: "javascript:alert(1)"'),
			/: site: the public address of the site/,
		],
		[
			'a site address with a user name and password',
			(t) => t.replace('site: https://fixture.example.org', 'site: https://user:secret@fixture.example.org'),
			/: site: the address of the site only: no user name, password/,
		],
		['a logo on another host', (t) => t.replace('logo: /logo.svg', 'logo: //evil.example.com/logo.svg'), /: logo: a path to an image in public\//],
		['a logo outside public/', (t) => t.replace('logo: /logo.svg', 'logo: /../../package.json'), /: logo: /],
		[
			'a share image on another host',
			(t) => t.replace('shareImage: /share.png', 'shareImage: https://tracker.example.com/pixel.png'),
			/: shareImage: a path to an image in public\//,
		],
		['a share image outside public/', (t) => t.replace('shareImage: /share.png', 'shareImage: /../../share.png'), /: shareImage: /],
		['a share image that is not there', (t) => t.replace('shareImage: /share.png', 'shareImage: /missing.png'), /: shareImage: no file public\/missing\.png/],
		[
			'a repository that is not on GitHub',
			(t) => t.replace('url: https://github.com/example/cooperation-atlas', 'url: https://evil.example.com/example/cooperation-atlas'),
			/: repository\.url: the address of a GitHub repository/,
		],
		[
			'a repository address with a javascript: scheme',
			(t) => t.replace('url: https://github.com/example/cooperation-atlas', 'url: "javascript:alert(1)"'),
			/: repository\.url: an http:\/\/ or https:\/\/ address/,
		],
		[
			'a repository address with more than owner and name',
			(t) => t.replace('url: https://github.com/example/cooperation-atlas', 'url: https://github.com/example/cooperation-atlas/issues/new?body=x'),
			/: repository\.url: the address of a GitHub repository/,
		],
		[
			'a licence URL with a javascript: scheme',
			(t) => t.replace('url: https://creativecommons.org/licenses/by/4.0/', 'url: "javascript:alert(1)"'),
			/: license\.url: an http:\/\/ or https:\/\/ address/,
		],
		[
			'an enforcement body URL with a data: scheme',
			(t) => t.replace('compliance: partial }', 'compliance: partial, enforcement: { name: Body, url: "data:text/html,x" } }'),
			/: accessibility\.enforcement\.url: an http:\/\/ or https:\/\/ address/,
		],
		[
			'a content folder outside the project',
			(t) => t.replace('contentDirs: [tests/fixtures/site/content]', 'contentDirs: [../../etc]'),
			/: contentDirs\[0\]: a folder inside the project/,
		],
		[
			'a control character in the site name',
			(t) => t.replace('en: Fixture Atlas', 'en: "Fixture\\u0007Atlas"').replace('"Fixture\\u0007Atlas"', 'Fixture\u0007Atlas'),
			/: \(text\): invisible control character U\+0007/,
		],
	];
	for (const [what, change, report] of cases) {
		it(`refuses ${what}`, () => {
			expect(problemsWith(change)).toContainEqual(expect.stringMatching(report));
		});
	}
});
