import { describe, expect, it } from 'vitest';
import { checkSiteLinks, extractLinks, extractTextUrls } from '../helpers/link-check.ts';

const doc = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('extractLinks', () => {
	it('collects ids and every fetching or navigating URL, srcset included', () => {
		const { ids, links } = extractLinks(
			doc(
				'<h2 id="a">A</h2><a name="old"></a><a href="/x/">x</a><img src="i.png" srcset="i1.png 1x, i2.png 2x" alt="">',
				'<link rel="icon" href="/logo.svg"><script src="/s.js"></script>',
			),
		);
		expect([...ids]).toEqual(['a', 'old']);
		expect(links.map((l) => l.url)).toEqual(['/logo.svg', '/s.js', '/x/', 'i.png', 'i1.png', 'i2.png']);
	});
});

describe('checkSiteLinks', () => {
	const files = new Set(['logo.svg', 'atlas/ignored.txt']);
	const check = (base: string, pages: Record<string, string>) =>
		checkSiteLinks({
			base,
			site: 'https://example.org',
			pages: Object.entries(pages).map(([file, html]) => ({ file, html })),
			fileExists: (f) => files.has(f),
		});

	it('accepts links to pages, folders, files and existing fragments', () => {
		expect(
			check('/', {
				'index.html': doc(
					'<a href="/en/">en</a><a href="en/glossary/#ngo">ngo</a><a href="#main">skip</a><main id="main"></main>',
					'<link rel="icon" href="/logo.svg"><link rel="canonical" href="https://example.org/">',
				),
				'en/index.html': doc('<a href="../">up</a><a href="glossary">g</a><a href="https://other.example/x">out</a><a href="mailto:a@b.c">mail</a>'),
				'en/glossary/index.html': doc('<dt id="ngo">NGO</dt>'),
			}),
		).toEqual([]);
	});

	it('reports missing pages, missing fragments and canonical links to nowhere', () => {
		expect(
			check('/', {
				'index.html': doc(
					'<a href="/en/nope/">x</a><a href="/en/#gone">y</a><a href="#self-missing">z</a>',
					'<link rel="canonical" href="https://example.org/lv/">',
				),
				'en/index.html': doc('<p id="here"></p>'),
			}),
		).toEqual([
			{ page: 'index.html', url: 'https://example.org/lv/', reason: 'no such page or file' },
			{ page: 'index.html', url: '/en/nope/', reason: 'no such page or file' },
			{ page: 'index.html', url: '/en/#gone', reason: 'en/index.html has no id "gone"' },
			{ page: 'index.html', url: '#self-missing', reason: 'index.html has no id "self-missing"' },
		]);
	});

	it('resolves links under a base path and reports links that forget it', () => {
		const pages = {
			'index.html': doc('<a href="/atlas/en/">ok</a><a href="/en/">forgot the base</a><a href="en/">relative</a>'),
			'en/index.html': doc('<a href="/atlas/">home</a>'),
		};
		expect(check('/atlas/', pages)).toEqual([{ page: 'index.html', url: '/en/', reason: 'outside the base path /atlas/' }]);
	});
});

describe('references in stylesheets, sitemaps and feeds', () => {
	it('are extracted and checked like page links', () => {
		expect(extractTextUrls('a.css', 'a{background:url("/x.png")} b{background:url(data:image/png;base64,AA)}')).toEqual(['/x.png']);
		expect(extractTextUrls('sitemap.xml', '<url><loc>https://e.org/en/</loc><xhtml:link href="https://e.org/lv/&amp;"/></url>')).toEqual([
			'https://e.org/en/',
			'https://e.org/lv/&',
		]);
		const broken = checkSiteLinks({
			pages: [{ file: 'en/index.html', html: '<p id="a">x</p>' }],
			texts: [{ file: 'sitemap.xml', text: '<loc>https://e.org/en/</loc><loc>https://e.org/lv/</loc>' }],
			base: '/',
			site: 'https://e.org',
			fileExists: () => false,
		});
		expect(broken).toEqual([{ page: 'sitemap.xml', url: 'https://e.org/lv/', reason: 'no such page or file' }]);
	});
});
