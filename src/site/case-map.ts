import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoBounds, geoPath, geoCentroid, geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { displayNames, once } from '../shared/intl.ts';

/**
 * The map of cases by country, drawn once at build time as plain SVG path
 * data: Natural Earth country outlines from the `world-atlas` package (public
 * domain), projected with d3-geo. No tiles, no script, no request to anyone.
 */

/** ISO 3166-1 numeric codes (the ids in world-atlas) of the countries around the atlas's region. */
const numericCodes: Record<string, string> = {
	AL: '008',
	AD: '020',
	AM: '051',
	AT: '040',
	AZ: '031',
	BA: '070',
	BE: '056',
	BG: '100',
	BY: '112',
	CH: '756',
	CY: '196',
	CZ: '203',
	DE: '276',
	DK: '208',
	EE: '233',
	ES: '724',
	FI: '246',
	FR: '250',
	GB: '826',
	GE: '268',
	GR: '300',
	HR: '191',
	HU: '348',
	IE: '372',
	IS: '352',
	IT: '380',
	LI: '438',
	LT: '440',
	LU: '442',
	LV: '428',
	MC: '492',
	MD: '498',
	ME: '499',
	MK: '807',
	MT: '470',
	NL: '528',
	NO: '578',
	PL: '616',
	PT: '620',
	RO: '642',
	RS: '688',
	RU: '643',
	SE: '752',
	SI: '705',
	SK: '703',
	SM: '674',
	TR: '792',
	UA: '804',
};

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

let countries: CountryFeature[] | undefined;
function world(): CountryFeature[] {
	if (!countries) {
		// Resolved from the project, not from the bundled page module, which runs from the output folder.
		const require = createRequire(path.join(process.cwd(), 'package.json'));
		const topology = JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
			countries: GeometryCollection<{ name: string }>;
		}>;
		countries = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
	}
	return countries;
}

/** The country's outline: by ISO numeric code, else by its English name as Natural Earth writes it. */
export function countryFeature(code: string): CountryFeature | undefined {
	const numeric = numericCodes[code];
	const all = world();
	if (numeric) {
		const found = all.find((f) => f.id === numeric);
		if (found) return found;
	}
	const name = displayNames('en', { type: 'region', fallback: 'none' }).of(code);
	return name ? all.find((f) => f.properties.name === name) : undefined;
}

/** The largest polygon of a country: where its count goes (France's is in Europe, not in French Guiana). */
function mainland(f: CountryFeature): Feature<Polygon> {
	const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	const shapes = polygons.map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates } }));
	return shapes.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

export interface MapCountry {
	code: string;
	d: string;
	/** Where the count is drawn. */
	x: number;
	y: number;
}

export interface CaseMapData {
	width: number;
	height: number;
	/** Every other country in view, as one path. */
	land: string;
	/** The given countries that have an outline, in the order given. */
	countries: MapCountry[];
	/** Given countries the map has no outline for (still listed next to the map). */
	missing: string[];
}

/**
 * Projects the given countries so they fill the map with some of their
 * neighbours around them, for context. Coordinates are rounded to whole
 * units of a 600-unit-wide drawing: fine enough on screen, small in the page.
 */
export function caseMapData(codes: readonly string[], width = 600, height = 420): CaseMapData {
	// The home page and each country's page of every language draw the same countries.
	return once(`caseMap|${codes.join(',')}|${width}x${height}`, () => drawCaseMap(codes, width, height));
}

function drawCaseMap(codes: readonly string[], width: number, height: number): CaseMapData {
	const shown = codes.map((code) => ({ code, feature: countryFeature(code) }));
	const found = shown.filter((s): s is { code: string; feature: CountryFeature } => s.feature !== undefined);
	const missing = shown.filter((s) => !s.feature).map((s) => s.code);
	if (found.length === 0) return { width, height, land: '', countries: [], missing };
	const focus: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: found.map((s) => mainland(s.feature)) };
	// Centre the projection on the countries, then leave room around them.
	const [[west, south], [east, north]] = geoBounds(focus);
	const centre = geoCentroid(focus);
	const margin = Math.max(4, (east - west) * 0.35, (north - south) * 0.35);
	const frame: Feature<Polygon> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[west - margin, south - margin],
					[west - margin, north + margin],
					[east + margin, north + margin],
					[east + margin, south - margin],
					[west - margin, south - margin],
				],
			],
		},
	};
	const projection = geoAzimuthalEqualArea()
		.rotate([-centre[0], -centre[1]])
		.fitSize([width, height], frame)
		.clipExtent([
			[0, 0],
			[width, height],
		]);
	const draw = geoPath(projection).digits(0);
	const inView = (f: CountryFeature) => {
		const [[x0, y0], [x1, y1]] = draw.bounds(f);
		return x1 > 0 && y1 > 0 && x0 < width && y0 < height && Number.isFinite(x0);
	};
	const codesShown = new Set(found.map((s) => s.feature));
	const land = world()
		.filter((f) => !codesShown.has(f) && inView(f))
		.map((f) => draw(f) ?? '')
		.join('');
	return {
		width,
		height,
		land,
		countries: found.map(({ code, feature: f }) => {
			const [x, y] = draw.centroid(mainland(f));
			return { code, d: draw(f) ?? '', x: Math.round(x), y: Math.round(y) };
		}),
		missing,
	};
}
