import { describe, expect, it } from 'vitest';
import { copyFixture, problemsIn } from '../helpers/content.ts';

const page = (title: string, body = 'Text.') => `---\ntitle: "${title}"\nsummary: "About ${title}."\n---\n\n## Contacts\n\n${body}\n`;

describe('local pages (pages/<slug>/<locale>.mdx)', () => {
	it('accepts a page with any headings in a known locale', () => {
		const tree = copyFixture();
		tree.write('content/pages/local-directory/lv.mdx', page('Vietējie kontakti'));
		expect(problemsIn(tree.root)).toEqual([]);
	});

	it('reports the same page slug in two content folders, an unknown locale, an invalid slug and a missing title', () => {
		const tree = copyFixture();
		tree.write('content/pages/local-directory/en.mdx', page('Local contacts'));
		tree.write('local/pages/local-directory/en.mdx', page('Our contacts'));
		tree.write('local/pages/Contacts/en.mdx', page('Contacts'));
		tree.write('local/pages/about/xx.mdx', page('About'));
		tree.write('local/pages/help/en.mdx', '---\nsummary: "No title."\n---\n\nText.\n');
		expect(problemsIn(tree.root, ['content', 'local'])).toEqual([
			'local/pages/about/xx.mdx: (locale): "xx" is not a known locale (known: en, hu, lv, lt)',
			'local/pages/Contacts: (slug): "Contacts" is not a valid slug (lowercase ASCII words joined by hyphens, such as "local-directory")',
			'local/pages/help/en.mdx:2: title: required field is missing',
			'local/pages/local-directory: (slug): page "local-directory" is also defined in content/pages/local-directory: both would produce the same page (rename one folder)',
		]);
	});
});
