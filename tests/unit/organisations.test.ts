import { describe, expect, it } from 'vitest';
import { copyFixture, problemsIn } from '../helpers/content.ts';
import { asciiSlug, buildDate, capacityBoard, isStale, matchesFor, sameOrganisation } from '../../src/model/organisations.ts';
import type { Capacity } from '../../src/model/taxonomy.ts';

const club = 'content/organisations/riverside-youth-club/entry.yaml';
const garden = 'content/organisations/garden-friends-association/entry.yaml';

describe('organisations in the content tree', () => {
	it('refuses an entry without a consent record, with file, line and field', () => {
		const tree = copyFixture();
		tree.edit(club, (t) => t.replace(/^consent:.*\n/m, ''));
		expect(problemsIn(tree.root)).toEqual([expect.stringMatching(/^content\/organisations\/riverside-youth-club\/entry\.yaml:1: consent: /)]);
	});

	it('refuses a consent basis that is not on the list', () => {
		const tree = copyFixture();
		tree.edit(club, (t) => t.replace('basis: survey-form', 'basis: phoned-someone'));
		expect(problemsIn(tree.root)).toEqual([
			expect.stringMatching(
				/^content\/organisations\/riverside-youth-club\/entry\.yaml:10: consent\.basis: not an allowed value \(allowed: survey-form, email, written, in-person, public-source\)$/,
			),
		]);
	});

	it('refuses a capacity that is not on the controlled list', () => {
		const tree = copyFixture();
		tree.edit(club, (t) => t.replace('needs: [premises, transport]', 'needs: [premises, a-bus]'));
		expect(problemsIn(tree.root)).toEqual([expect.stringMatching(/entry\.yaml:8: needs\[1\]: not an allowed value \(allowed: premises, equipment,/)]);
	});

	it('refuses a website that is not http(s) and a private-looking field', () => {
		const tree = copyFixture();
		tree.edit(club, (t) =>
			t.replace('https://krasts.example.org/', 'javascript:alert(1)').replace('email: info@krasts.example.org', 'contactPerson: Anna Bērziņa'),
		);
		const problems = problemsIn(tree.root);
		expect(problems).toContainEqual(expect.stringMatching(/entry\.yaml:5: website: an http:\/\/ or https:\/\/ address/));
		expect(problems).toContainEqual(expect.stringMatching(/entry\.yaml:\d+: contactPerson: unknown field/));
	});

	it('reports a case that does not exist, and duplicate capacities', () => {
		const tree = copyFixture();
		tree.edit(club, (t) =>
			t.replace('cases: [river-cleanup]', 'cases: [river-clean]').replace('offers: [volunteers, events-and-programmes]', 'offers: [volunteers, volunteers]'),
		);
		expect(problemsIn(tree.root)).toEqual([
			`${club}:7: offers[1]: "volunteers" is listed twice (remove one)`,
			`${club}:9: cases[0]: refers to case "river-clean", which does not exist (looked for cases/river-clean/entry.yaml in the content folders)`,
		]);
	});

	it('requires a confirmation date that is not in the future', () => {
		const tree = copyFixture();
		tree.edit(club, (t) => t.replace('confirmed: 2026-10-02', 'confirmed: 2999-01-01'));
		expect(problemsIn(tree.root)).toEqual([`${club}:11: confirmed: 2999-01-01 is in the future: write the date the organisation confirmed its details`]);
	});

	it('lists a public-source organisation only with what its source states', () => {
		const tree = copyFixture();
		tree.edit(garden, (t) => t.replace('offers: [expertise]', 'offers: [expertise]\nneeds: [funding]'));
		expect(problemsIn(tree.root)).toEqual([
			expect.stringMatching(/^content\/organisations\/garden-friends-association\/entry\.yaml:6: needs: no source supports "needs"/),
		]);
		tree.edit(garden, (t) => t.replace('source: garden-report', 'source: other-report'));
		expect(problemsIn(tree.root)).toContainEqual(expect.stringContaining('consent.source: no source with id "other-report" in sources (ids: garden-report)'));
	});

	it('needs a text in the source language and refuses unknown text fields', () => {
		const tree = copyFixture();
		tree.remove('content/organisations/riverside-youth-club/lv.yaml');
		tree.write('content/organisations/riverside-youth-club/en.yaml', 'description: x\nmotto: y\n');
		const problems = problemsIn(tree.root);
		expect(problems).toContainEqual('content/organisations/riverside-youth-club/en.yaml:2: motto: unknown field "motto" (remove or rename it)');
		expect(problems).toContainEqual(expect.stringContaining(`${club}: (translations): no valid text next to it`));
	});

	it('reports the same organisation listed twice', () => {
		const tree = copyFixture();
		tree.write(
			'content/organisations/old-mill/entry.yaml',
			'name: OLD MILL community hall\nsector: ngo\ncountry: LV\nplace: valmiera\nconsent: { date: 2026-01-01, basis: written }\nconfirmed: 2026-01-01\nsourceLocale: en\n',
		);
		tree.write('content/organisations/old-mill/en.yaml', 'description: Again.\n');
		expect(problemsIn(tree.root)).toContainEqual(
			expect.stringContaining(
				'content/organisations/old-mill-community-hall/entry.yaml:1: name: "Old Mill Community Hall" in Valmiera is already listed as content/organisations/old-mill/entry.yaml',
			),
		);
	});
});

describe('freshness and matching', () => {
	it('shows the notice only after twelve months', () => {
		const confirmed = new Date('2025-03-01');
		expect(isStale(confirmed, new Date('2026-03-01'))).toBe(false);
		expect(isStale(confirmed, new Date('2026-03-02'))).toBe(true);
	});

	it('takes the build date from SOURCE_DATE_EPOCH or ATLAS_BUILD_DATE', () => {
		expect(buildDate({ ATLAS_BUILD_DATE: '2027-01-15' }).toISOString().slice(0, 10)).toBe('2027-01-15');
		expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString().slice(0, 10)).toBe('2026-01-01');
	});

	const org = (slug: string, offers: Capacity[], needs: Capacity[]) => ({ slug, facts: { offers, needs } });
	const a = org('a', ['premises'], ['volunteers']);
	const b = org('b', ['volunteers'], ['premises', 'funding']);
	const c = org('c', [], ['premises']);

	it('matches offers and needs both ways', () => {
		expect(matchesFor(a, [a, b, c])).toEqual({
			canGet: [{ capacity: 'volunteers', offeredBy: [b], neededBy: [] }],
			canGive: [{ capacity: 'premises', offeredBy: [], neededBy: [b, c] }],
		});
		expect(matchesFor(c, [a, b, c]).canGet[0]!.offeredBy).toEqual([a]);
	});

	it('builds the board in taxonomy order and leaves out capacities nobody mentions', () => {
		expect(capacityBoard([a, b, c]).map((m) => [m.capacity, m.offeredBy.map((o) => o.slug), m.neededBy.map((o) => o.slug)])).toEqual([
			['premises', ['a'], ['b', 'c']],
			['volunteers', ['b'], ['a']],
			['funding', [], ['b']],
		]);
	});

	it('makes ASCII slugs from Hungarian, Latvian and Lithuanian names', () => {
		expect(asciiSlug('Őrségi Közművelődési Egyesület')).toBe('orsegi-kozmuvelodesi-egyesulet');
		expect(asciiSlug('Biedrība “Ķekavas Jauniešu Dome”')).toBe('biedriba-kekavas-jauniesu-dome');
		expect(asciiSlug('Trakų rajono bendruomenė „Žalgiris“')).toBe('traku-rajono-bendruomene-zalgiris');
		expect(sameOrganisation({ name: 'Jauniešu klubs', place: 'Rīga' }, { name: 'JAUNIESU KLUBS', place: 'Riga' })).toBe(true);
	});
});
