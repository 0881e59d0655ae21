import { describe, expect, it } from 'vitest';
import { caseMapData, countryFeature } from '../../src/site/case-map.ts';

describe('case map (build-time SVG from world-atlas)', () => {
	it('finds the outline of every country of the region, by ISO numeric code or English name', () => {
		for (const code of ['HU', 'LV', 'LT', 'EE', 'PL', 'CZ', 'SK', 'SE', 'FI', 'DE', 'RO', 'MK', 'BA']) expect(countryFeature(code), code).toBeDefined();
		expect(countryFeature('HU')!.properties.name).toBe('Hungary');
		// Outside the table: found by name.
		expect(countryFeature('JP')!.properties.name).toBe('Japan');
	});

	it('fits the countries with cases into the drawing, each with its count inside the frame', () => {
		const map = caseMapData(['HU', 'LV', 'LT']);
		expect(map.missing).toEqual([]);
		expect(map.countries.map((c) => c.code)).toEqual(['HU', 'LV', 'LT']);
		for (const c of map.countries) {
			expect(c.d).toMatch(/^M\d/);
			expect(c.x).toBeGreaterThan(0);
			expect(c.x).toBeLessThan(map.width);
			expect(c.y).toBeGreaterThan(0);
			expect(c.y).toBeLessThan(map.height);
		}
		// Latvia lies north of Lithuania, Hungary far south of both.
		const [hu, lv, lt] = map.countries;
		expect(lv!.y).toBeLessThan(lt!.y);
		expect(lt!.y).toBeLessThan(hu!.y);
		// Neighbours for context, in whole units (small in the page).
		expect(map.land.length).toBeGreaterThan(1000);
		expect(map.land).not.toMatch(/\.\d/);
		expect(map.land.length + map.countries.reduce((n, c) => n + c.d.length, 0)).toBeLessThan(20_000);
	});

	it('lists a code without an outline as missing and draws nothing for no countries', () => {
		const map = caseMapData(['HU', 'MT']);
		expect(map.countries.map((c) => c.code)).toEqual(['HU']);
		expect(map.missing).toEqual(['MT']);
		expect(caseMapData([]).countries).toEqual([]);
	});
});
