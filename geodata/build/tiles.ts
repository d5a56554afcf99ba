/**
 * Cuts the committed GeoJSON into one pyramid of Mapbox vector tiles, one tile layer per file. The map then loads
 * only the few small tiles of the current view instead of parsing and tiling every file in the browser, which
 * was most of the time to a first drawn map. Deterministic: the same files always give the same bytes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';

export const TILE_OPTIONS = {
  minzoom: 3,
  /** Deeper zooms are drawn from the z8 tiles (overzoom): at 4096 units a z8 unit is ~40 m, well inside the
   * 250 m simplification of the county outlines. */
  maxzoom: 8,
  extent: 4096,
  /** Tile units (1/4096 of a tile); 6 is under one screen pixel of a 512 px tile at every zoom. */
  tolerance: 6,
  /** Room around each tile for wide lines and halos, in tile units. */
  buffer: 64,
} as const;

/** The only properties the style, the filters and the click handler read; the panels read the full files. */
export const TILE_PROPERTIES: readonly string[] = [
  'id',
  'name_zh',
  'name_en',
  'in_scope',
  'province',
  'in_plan',
  'status',
  'in_report',
  'precision',
  'rank',
  'ref',
];

export interface TileLayerInput {
  /** Tile layer name: the file's base name, e.g. `counties` or `seats`. */
  name: string;
  collection: FeatureCollection;
}

export interface TileSet {
  /** `z/x/y` → encoded tile. */
  tiles: Map<string, Uint8Array>;
  /** Short content hash, used in the tile URL so a changed tile set is never read from a stale cache. */
  version: string;
  /** west, south, east, north of everything tiled. */
  bounds: [number, number, number, number];
}

/** Every `.geojson` directly under the given directories, as tile layers named by file. */
export function readTileLayers(dirs: readonly string[]): TileLayerInput[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.geojson'))
      .sort()
      .map((f) => ({
        name: basename(f, '.geojson'),
        collection: JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection,
      })),
  );
}

function slimmed(collection: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      ...f,
      properties: Object.fromEntries(
        Object.entries(f.properties ?? {}).filter(
          ([k, v]) => TILE_PROPERTIES.includes(k) && v !== null && typeof v !== 'object',
        ),
      ),
    })),
  };
}

function extendBounds(b: [number, number, number, number], coords: unknown): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
    b[0] = Math.min(b[0], coords[0]);
    b[1] = Math.min(b[1], coords[1]);
    b[2] = Math.max(b[2], coords[0]);
    b[3] = Math.max(b[3], coords[1]);
    return;
  }
  for (const c of coords) extendBounds(b, c);
}

export function tileX(lng: number, z: number): number {
  return Math.min(2 ** z - 1, Math.floor(((lng + 180) / 360) * 2 ** z));
}

export function tileY(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180;
  return Math.min(
    2 ** z - 1,
    Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z),
  );
}

export function buildTiles(layers: readonly TileLayerInput[]): TileSet {
  const bounds: [number, number, number, number] = [180, 90, -180, -90];
  const indexes = layers.map((l) => {
    for (const f of l.collection.features)
      if (f.geometry && 'coordinates' in f.geometry) extendBounds(bounds, f.geometry.coordinates);
    const index = new GeoJSONVT(slimmed(l.collection), {
      maxZoom: TILE_OPTIONS.maxzoom,
      indexMaxZoom: TILE_OPTIONS.maxzoom,
      indexMaxPoints: 0,
      tolerance: TILE_OPTIONS.tolerance,
      extent: TILE_OPTIONS.extent,
      buffer: TILE_OPTIONS.buffer,
    });
    return { name: l.name, index };
  });
  const tiles = new Map<string, Uint8Array>();
  const hash = createHash('sha256');
  for (let z = TILE_OPTIONS.minzoom; z <= TILE_OPTIONS.maxzoom; z++) {
    for (let x = tileX(bounds[0], z); x <= tileX(bounds[2], z); x++) {
      for (let y = tileY(bounds[3], z); y <= tileY(bounds[1], z); y++) {
        const present: Record<string, GeoJSONVTTile> = {};
        for (const { name, index } of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) present[name] = tile;
        }
        // Empty tiles inside the bounds are written too (zero bytes): the map asks for them, and a 404 would be noise.
        const bytes =
          Object.keys(present).length === 0
            ? new Uint8Array(0)
            : fromGeojsonVt(present, { version: 2, extent: TILE_OPTIONS.extent });
        const key = `${z}/${x}/${y}`;
        tiles.set(key, bytes);
        hash.update(key).update(bytes);
      }
    }
  }
  return { tiles, version: hash.digest('hex').slice(0, 10), bounds };
}
