import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, sites } from '../helpers/build.ts';
import { isStale } from '../../src/model/organisations.ts';

const out = sites.fixture.outDir;
const page = (p: string) => readPage(out, p);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('local partner directory', () => {
	it('lists every organisation in every locale, with facet links', () => {
		for (const locale of ['hu', 'lv', 'lt', 'en']) {
			const html = page(`${locale}/organisations`);
			for (const slug of ['riverside-youth-club', 'old-mill-community-hall', 'garden-friends-association'])
				expect(html, locale).toContain(`href="/${locale}/organisations/${slug}/"`);
			expect(html).toContain(`href="/${locale}/directory/offers/premises/"`);
			expect(html).toContain(`href="/${locale}/directory/place/cesis/"`);
			expect(html).toContain(`href="/${locale}/directory/offers-and-needs/"`);
		}
		expect(text(page('lt/organisations'))).toContain('3 organizacijos');
		expect(text(page('en/organisations'))).toContain('Offers: Premises, Equipment');
		// Where to ask to be listed, to correct or to withdraw: the site's own contact.
		expect(page('en/organisations')).toContain('write to Fixture team: <a href="mailto:fixture@example.org">fixture@example.org</a>');
	});

	it('has a static page per sector, offer, need and place', () => {
		const premises = page('en/directory/needs/premises');
		expect(premises).toContain('<h1>Premises</h1>');
		expect(premises).toContain('href="/en/organisations/riverside-youth-club/"');
		expect(premises).not.toContain('href="/en/organisations/old-mill-community-hall/"');
		// A place written with diacritics gets an ASCII address and keeps its name.
		expect(page('lv/directory/place/cesis')).toContain('<h1>Cēsis</h1>');
		expect(fs.existsSync(path.join(out, 'en/directory/needs/funding'))).toBe(false);
	});

	it('shows an organisation with its contact, capacities, matches both ways, cases and consent record', () => {
		const html = page('en/organisations/riverside-youth-club');
		expect(html).toContain('<h1 data-pagefind-sort="title">Jauniešu klubs “Krasts”</h1>');
		expect(html).toContain('href="https://krasts.example.org/"');
		expect(html).toContain('href="mailto:info@krasts.example.org"');
		expect(html).toContain('href="/en/cases/river-cleanup/"');
		const words = text(html);
		expect(words).toContain('Possible partners in the directory Who offers what it needs Premises Old Mill Community Hall');
		expect(words).toContain('Listed with the organisation&#39;s consent (survey form, 2 October 2026).');
		expect(words).toContain('Details last confirmed on 2 October 2026.');
		// Pagefind: indexed in English (its text is written in English) with the directory's filters.
		const filters = [...html.matchAll(/data-pagefind-filter="([^"]+)"/g)].map((m) => m[1]);
		expect(filters).toEqual([
			'type:organisation',
			'country:LV',
			'sector:youth-organisation',
			'offers:volunteers',
			'offers:events-and-programmes',
			'needs:premises',
			'needs:transport',
			'place:Valmiera',
		]);
		expect(html).toMatch(/<article data-pagefind-body/);
		// The Hungarian page shows the English text marked as such, and is not indexed.
		const hu = page('hu/organisations/old-mill-community-hall');
		expect(hu).not.toContain('data-pagefind-body');
		expect(hu).toContain('<p class="lead" lang="en" data-pagefind-meta="summary">A community hall in a restored mill, run by residents.</p>');
		expect(hu).toContain('href="tel:+37164200000"');
		const matches = text(page('en/organisations/old-mill-community-hall'));
		expect(matches).toContain('Who needs what it offers Premises Jauniešu klubs “Krasts” (Valmiera)');
	});

	it('shows a notice on an entry not confirmed for twelve months, judged at build time', () => {
		const notice = 'more than 12 months ago, and may be out of date';
		expect(text(page('en/organisations/old-mill-community-hall'))).toContain(`These details were last confirmed on 10 May 2024, ${notice}`);
		expect(text(page('en/organisations/riverside-youth-club')).includes(notice)).toBe(isStale(new Date('2026-10-02'), new Date()));
		expect(text(page('en/organisations'))).toContain('not confirmed for over 12 months');
	});

	it('lists only what a public source states, with the source', () => {
		const words = text(page('en/organisations/garden-friends-association'));
		expect(words).toContain('Listed because a public source names it');
		expect(page('en/organisations/garden-friends-association')).toContain('href="https://example.org/garden-report"');
	});

	it('links each case to the organisations that took part', () => {
		expect(text(page('en/cases/river-cleanup'))).toContain('Organisations that took part Jauniešu klubs “Krasts”');
	});

	it('has an offers and needs board with matches both ways', () => {
		const words = text(page('lv/directory/offers-and-needs'));
		expect(words).toContain(
			'Telpas Ir gan piedāvājums, gan vajadzība: iespējama sadarbība Piedāvā Old Mill Community Hall (Valmiera) Vajag Jauniešu klubs “Krasts” (Valmiera)',
		);
		expect(words).toContain('Transports Piedāvā Katalogā to vēl neviens nepiedāvā.');
	});

	it('has a printable capacity matrix with row and column headers', () => {
		const html = page('en/directory/capacity-matrix');
		expect(html).toContain('<caption>Organisations (rows) and capacities (columns)</caption>');
		expect(html).toContain('<th scope="col">Premises</th>');
		expect(html).toMatch(/<th scope="row"><a href="\/en\/organisations\/old-mill-community-hall\/">Old Mill Community Hall<\/a>/);
		expect(html).toContain('<span class="visually-hidden">offers</span>');
		// Capacities nobody names get no column.
		expect(html).not.toContain('<th scope="col">Funding</th>');
		const css = fs
			.readdirSync(path.join(out, '_astro'))
			.filter((f) => f.endsWith('.css'))
			.map((f) => fs.readFileSync(path.join(out, '_astro', f), 'utf8'))
			.join('\n');
		expect(css).toMatch(/@page\{size:landscape/);
	});

	it("offers the directory's filters on the search page of a locale whose index has organisations", () => {
		const html = page('en/search');
		expect(html).toContain('<input type="checkbox" id="filter-type-organisation" name="type" value="organisation" data-label="Organisation">');
		expect(html).toContain('id="filter-offers-premises" name="offers" value="premises"');
		expect(html).toContain('id="filter-needs-transport" name="needs" value="transport"');
		expect(html).toMatch(/<input type="checkbox" id="filter-place-\d+" name="place" value="Cēsis" data-label="Cēsis">/);
	});

	it('is linked from the methods and the checklist that call for mapping', () => {
		expect(page('en/methods/round-table')).toContain('href="/en/organisations/"');
		expect(page('en/methods/round-table')).toContain('href="/en/directory/capacity-matrix/"');
		expect(page('lv/checklists/partnership-action-map')).toContain('href="/lv/organisations/"');
	});
});

describe('local partner directory as open data', () => {
	it('publishes JSON and CSV per locale with the codebook fields', async () => {
		const { organisationFields } = await import('../../src/site/open-data-fields.ts');
		const json = JSON.parse(fs.readFileSync(path.join(out, 'lv/../data/lv/organisations.json'), 'utf8')) as { organisations: Record<string, unknown>[] };
		expect(json.organisations.map((o) => o.id)).toEqual([
			'organisation/garden-friends-association',
			'organisation/old-mill-community-hall',
			'organisation/riverside-youth-club',
		]);
		const club = json.organisations[2]!;
		expect(club).toMatchObject({
			name: 'Jauniešu klubs “Krasts”',
			language: 'lv',
			translated: true,
			offers: ['volunteers', 'events-and-programmes'],
			consentBasis: 'survey-form',
			confirmed: '2026-10-02',
			url: 'https://fixture.example.org/lv/organisations/riverside-youth-club/',
		});
		expect(json.organisations[1]).toMatchObject({ stale: true, translated: false, language: 'en' });
		const csv = fs.readFileSync(path.join(out, 'data/en/organisations.csv'), 'utf8');
		expect(csv.split('\r\n')[0]).toBe(organisationFields.map((f) => f.id).join(','));
		const codebook = JSON.parse(fs.readFileSync(path.join(out, 'data/codebook.json'), 'utf8'));
		expect(codebook.organisations.fields.map((f: { id: string }) => f.id)).toEqual(organisationFields.map((f) => f.id));
		expect(codebook.taxonomies.capacity.map((v: { id: string }) => v.id)).toContain('staff-time');
		expect(page('hu/open-data')).toContain('href="/data/hu/organisations.csv"');
	});
});
