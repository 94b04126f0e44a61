/**
 * The world map's geometry, computed once at build time from the world-atlas TopoJSON bundled with the
 * package (no tile server, no request at run time): an SVG path per country of the 1:110m file, and a point
 * (the centroid in the 1:50m file) for each country too small to have a shape at 1:110m (Monaco, Palau, the
 * Holy See, Niue…). D3 does the projection and the paths; WorldMap.svg.svelte writes the SVG.
 */
import { geoEqualEarth, geoPath, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import { alpha3FromNumeric } from '$lib/graph/countries';

/** The SVG's coordinate space: the map is drawn into this box and scales to the width of the page. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** A country as the map draws it: a shape (`d`) or a point (`x`, `y`), by its ISO alpha-3 code when it has one. */
export interface MapShape {
	code?: string;
	d: string;
}
export interface MapPoint {
	code: string;
	x: number;
	y: number;
}
export interface WorldGeometry {
	width: number;
	height: number;
	shapes: MapShape[];
	points: MapPoint[];
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function countriesOf(topology: unknown): Feature<Geometry, { name: string }>[] {
	const t = topology as Countries;
	return feature(t, t.objects.countries).features;
}

let cached: WorldGeometry | undefined;
/** The map's shapes and points (computed on first use, then reused by every page that draws the map). */
export function worldGeometry(): WorldGeometry {
	if (cached) return cached;
	// Antarctica (ISO 010) is left out: no state's events are there, and it would take a fifth of the height.
	const shapes = countriesOf(world110).filter((f) => f.id !== '010');
	const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: shapes });
	const path = geoPath(projection).digits(1);
	const drawn = new Set(shapes.map((f) => String(f.id)));
	const points: MapPoint[] = [];
	for (const f of countriesOf(world50)) {
		const code = f.id === undefined ? undefined : alpha3FromNumeric(String(f.id));
		if (!code || drawn.has(String(f.id))) continue;
		const xy = projection(geoCentroid(f));
		if (xy) points.push({ code, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 });
	}
	cached = {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		shapes: shapes.map((f) => ({ code: f.id === undefined ? undefined : alpha3FromNumeric(String(f.id)), d: path(f) ?? '' })),
		points
	};
	return cached;
}
