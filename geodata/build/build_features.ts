/**
 * Transport and project features: resolves the authored geometry (literal points, county seats, or recipes that
 * follow the derived Yellow River) and adds figures computed with turf — lengths, the county a point lies in,
 * whether it lies inside the plan, distances to Xi'an and to the nearest prefecture seat.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Figure } from '../../src/geo/schema.ts';
import { deriveFigures } from '../../src/stats/derive.ts';
import featuresJson from '../input/features.json' with { type: 'json' };
import { contextRailFeatures } from './context_rail.ts';
import { SCOPE } from './scope.ts';

type Coord = [number, number];
type CoordRef = Coord | string;

interface Recipe {
  recipe: 'river_crossing' | 'river_bank' | 'river_point' | 'river_reach';
  via?: CoordRef[];
  near?: CoordRef[] | CoordRef;
  to?: CoordRef[];
  fromLat?: number;
  toLon?: number;
  offsetKm?: number;
  reach?: 'shanxi_shaanxi' | 'shanxi_henan';
  /** river_point: the reference the distance is measured from, along the river. */
  from?: CoordRef;
  /** river_point: which way along the river from `from`; the Shanxi–Shaanxi reach flows north to south. */
  direction?: 'upstream' | 'downstream';
  alongKm?: number;
  /** river_reach: start where the river passes nearest this place (on the Shanxi–Shaanxi reach), then go on
   * down the Shanxi–Henan reach to `toLon`. */
  fromNear?: CoordRef;
}

type AuthoredGeometry =
  | { type: 'Point'; coordinates: CoordRef }
  | { type: 'LineString'; coordinates: CoordRef[] }
  | Recipe;

interface AuthoredFeature {
  id: string;
  layer: string;
  geometry: AuthoredGeometry;
  [key: string]: unknown;
}

interface Inputs {
  counties: FeatureCollection;
  seats: FeatureCollection;
  yellowRiver: FeatureCollection;
}

const AUTHORED = featuresJson as unknown as {
  features: AuthoredFeature[];
  anchors: Record<string, { coordinates: Coord; source_en: string }>;
  programmes: Record<string, unknown>[];
};

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;
const roundCoord = (c: Position): Coord => [round(c[0] ?? 0, 5), round(c[1] ?? 0, 5)];

function resolver(seats: FeatureCollection): (ref: CoordRef) => Coord {
  const seatById = new Map<string, Coord>();
  for (const f of seats.features) {
    if (f.properties?.rank === 'county' && f.geometry.type === 'Point') {
      seatById.set(String(f.properties.id), f.geometry.coordinates as Coord);
    }
  }
  return (ref) => {
    if (Array.isArray(ref)) return ref;
    const [kind, key = ''] = ref.split(':');
    const found = kind === 'seat' ? seatById.get(key) : AUTHORED.anchors[key]?.coordinates;
    if (!found) throw new Error(`unknown coordinate reference ${ref}`);
    return found;
  };
}

/** The river reach as one line, oriented north→south (Shanxi–Shaanxi) or west→east (Shanxi–Henan). */
function reachLine(river: FeatureCollection, reach: 'shanxi_shaanxi' | 'shanxi_henan'): Coord[] {
  const parts = river.features.filter((f) => f.properties?.reach === reach);
  const coords: Coord[] = [];
  for (const part of parts) {
    if (part.geometry.type !== 'LineString') throw new Error(`river reach ${reach} is not a single line`);
    coords.push(...(part.geometry.coordinates as Coord[]));
  }
  if (parts.length !== 1) throw new Error(`expected one line for ${reach}, got ${parts.length}`);
  const first = coords[0];
  const last = coords[coords.length - 1];
  if (!first || !last) throw new Error(`empty river reach ${reach}`);
  const reversed = reach === 'shanxi_shaanxi' ? first[1] < last[1] : first[0] > last[0];
  return reversed ? coords.reverse() : coords;
}

function nearestOnRiver(river: Coord[], target: Coord): Coord {
  const snapped = turf.nearestPointOnLine(turf.lineString(river), turf.point(target));
  return roundCoord(snapped.geometry.coordinates);
}

/**
 * A point a stated distance up- or downstream of a reference along the Shanxi–Shaanxi reach. The reach is
 * oriented north→south, which is the way the river flows there, so upstream means towards the line's start.
 */
function alongRiver(ns: Coord[], g: Recipe, resolve: (r: CoordRef) => Coord): Coord {
  if (!g.from || !g.direction || g.alongKm === undefined) {
    throw new Error('river_point needs from, direction and alongKm');
  }
  const from = resolve(g.from);
  const line = turf.lineString(ns);
  const at = turf.nearestPointOnLine(line, turf.point(from), { units: 'kilometers' }).properties.location;
  const km = g.direction === 'upstream' ? at - g.alongKm : at + g.alongKm;
  const total = turf.length(line, { units: 'kilometers' });
  if (km < 0 || km > total) throw new Error(`river_point ${g.alongKm} km ${g.direction} leaves the reach`);
  return roundCoord(turf.along(line, km, { units: 'kilometers' }).geometry.coordinates);
}

/** The part of the north→south reach downstream of where it passes nearest a place (the snapped point first). */
function tailFrom(ns: Coord[], place: Coord): Coord[] {
  const line = turf.lineString(ns);
  const snapped = turf.nearestPointOnLine(line, turf.point(place));
  const last = ns[ns.length - 1];
  if (!last) return [];
  const tail = turf.lineSlice(snapped, turf.point(last), line).geometry.coordinates.map(roundCoord);
  // The Shanxi–Henan reach starts where this one ends; drop the shared point so it is not doubled.
  return tail.slice(0, -1);
}

function buildGeometry(
  g: AuthoredGeometry,
  resolve: (r: CoordRef) => Coord,
  river: FeatureCollection,
): Point | LineString {
  if (!('recipe' in g)) {
    if (g.type === 'Point') return { type: 'Point', coordinates: resolve(g.coordinates) };
    return { type: 'LineString', coordinates: g.coordinates.map(resolve) };
  }
  const ns = reachLine(river, 'shanxi_shaanxi');
  const ew = reachLine(river, 'shanxi_henan');
  switch (g.recipe) {
    case 'river_crossing': {
      const near = (Array.isArray(g.near) && typeof g.near[0] !== 'number' ? g.near : []) as CoordRef[];
      const pts = near.map(resolve);
      const mid: Coord = [
        pts.reduce((s, p) => s + p[0], 0) / pts.length,
        pts.reduce((s, p) => s + p[1], 0) / pts.length,
      ];
      const coords = [...(g.via ?? []).map(resolve), nearestOnRiver(ns, mid), ...(g.to ?? []).map(resolve)];
      return { type: 'LineString', coordinates: coords };
    }
    case 'river_point':
      return { type: 'Point', coordinates: alongRiver(ns, g, resolve) };
    case 'river_reach': {
      const head = g.fromNear ? tailFrom(ns, resolve(g.fromNear)) : [];
      const line = (g.reach === 'shanxi_shaanxi' ? ns : ew).filter((c) => c[0] <= (g.toLon ?? 180));
      return { type: 'LineString', coordinates: [...head, ...line] };
    }
    case 'river_bank': {
      const joined = [
        ...ns.filter((c) => c[1] <= (g.fromLat ?? 90)),
        ...ew.filter((c) => c[0] <= (g.toLon ?? 180)),
      ];
      const smooth = turf.simplify(turf.lineString(joined), { tolerance: 0.01, highQuality: true });
      // Going south then east, Shanxi lies on the left of the direction of travel: a negative offset.
      const shifted = turf.lineOffset(smooth, -(g.offsetKm ?? 3), { units: 'kilometers' });
      return { type: 'LineString', coordinates: shifted.geometry.coordinates.map(roundCoord) };
    }
  }
}

type Polygonal = Feature<Polygon | MultiPolygon>;

function countyAt(point: Coord, counties: Polygonal[]): Polygonal | undefined {
  return counties.find((c) => turf.booleanPointInPolygon(point, c));
}

/** Share of a line's length inside the plan, sampled every kilometre. */
function scopeShare(line: LineString, inScope: Polygonal[]): number {
  const total = turf.length(turf.lineString(line.coordinates), { units: 'kilometers' });
  const steps = Math.max(2, Math.ceil(total));
  let inside = 0;
  for (let i = 0; i <= steps; i++) {
    const p = turf.along(turf.lineString(line.coordinates), (total * i) / steps, { units: 'kilometers' });
    if (inScope.some((c) => turf.booleanPointInPolygon(p, c))) inside++;
  }
  return inside / (steps + 1);
}

function prefectureSeats(): { id: string; zh: string; en: string; at: Coord }[] {
  return SCOPE.prefectures.map((p) => ({ id: p.code, zh: p.zh, en: p.en, at: p.seatWgs84 }));
}

function derive(
  geometry: Point | LineString,
  inputs: Inputs,
  precision: unknown,
): Record<string, string | number | null> {
  const counties = inputs.counties.features as Polygonal[];
  const inScope = counties.filter((c) => c.properties?.in_scope === true);
  const seats = prefectureSeats();
  const xian = seats.find((s) => s.id === '610100');
  if (!xian) throw new Error("Xi'an seat missing from scope table");
  if (geometry.type === 'Point') {
    const at = geometry.coordinates as Coord;
    const county = countyAt(at, counties);
    const distances = seats.map((s) => ({ s, km: turf.distance(at, s.at, { units: 'kilometers' }) }));
    distances.sort((a, b) => a.km - b.km);
    const nearest = distances[0];
    return {
      in_scope: county?.properties?.in_scope === true ? 'inside' : 'outside',
      county_id: county ? String(county.properties?.id) : null,
      county_zh: county ? String(county.properties?.name_zh) : null,
      county_en: county ? String(county.properties?.name_en) : null,
      dist_xian_km: round(turf.distance(at, xian.at, { units: 'kilometers' }), 1),
      nearest_seat_id: nearest ? nearest.s.id : null,
      nearest_seat_zh: nearest ? nearest.s.zh : null,
      nearest_seat_en: nearest ? nearest.s.en : null,
      nearest_seat_km: nearest ? round(nearest.km, 1) : null,
    };
  }
  const length_km = round(turf.length(turf.lineString(geometry.coordinates), { units: 'kilometers' }), 1);
  // A line that is itself a boundary (the river between two provinces) has the plan on one side or neither;
  // which polygon a sample on the border falls in is chance, so no share is computed for it.
  if (precision === 'boundary') return { in_scope: 'partly', length_km };
  const share = scopeShare(geometry, inScope);
  const scope = {
    in_scope: share >= 0.95 ? 'inside' : share <= 0.05 ? 'outside' : 'partly',
    in_scope_share: round(share * 100, 0),
  };
  // Straight lines from station to station are shorter than the track by an unknown amount: no length for them.
  return precision === 'stations' ? scope : { ...scope, length_km };
}

export interface FeatureOutput {
  layers: Map<string, FeatureCollection>;
  programmes: Record<string, unknown>[];
}

/** Builds every transport and project feature, grouped by layer id. */
export function buildFeatures(inputs: Inputs): FeatureOutput {
  const resolve = resolver(inputs.seats);
  const layers = new Map<string, FeatureCollection>();
  const authoredFeatures = [
    ...AUTHORED.features,
    ...(contextRailFeatures(inputs.seats) as unknown as AuthoredFeature[]),
  ];
  for (const authored of authoredFeatures) {
    const geometry = buildGeometry(authored.geometry, resolve, inputs.yellowRiver);
    const { geometry: _authoredGeometry, ...props } = authored;
    const feature: Feature = {
      type: 'Feature',
      properties: {
        ...props,
        // Derived at build time, so the browser ships no derivation code; the rule lives in src/stats.
        derived: deriveFigures((authored.figures ?? []) as Figure[]),
        ...derive(geometry, inputs, authored.precision),
      },
      geometry,
    };
    const fc = layers.get(authored.layer) ?? { type: 'FeatureCollection', features: [] };
    fc.features.push(feature);
    layers.set(authored.layer, fc);
  }
  const programmes = AUTHORED.programmes.map((p) => ({
    ...p,
    derived: deriveFigures((p.figures ?? []) as Figure[]),
  }));
  return { layers, programmes };
}
