import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildTiles,
  readTileLayers,
  TILE_OPTIONS,
  TILE_PROPERTIES,
  type TileSet,
  tileX,
  tileY,
} from '../../geodata/build/tiles.ts';
import { CLUSTER_BOUNDS } from '../../src/config.ts';
import { mapStyle } from '../../src/layers/map_style.ts';
import { DEFAULT_VISIBLE_IDS, LAYERS } from '../../src/layers/registry.ts';
import { ROOT, tileLayerFile } from './helpers.ts';

const DIRS = [join(ROOT, 'geodata', 'generated'), join(ROOT, 'geodata', 'generated', 'layers')];
const STYLE_INPUT = {
  lang: 'zh' as const,
  visible: DEFAULT_VISIBLE_IDS,
  selectedLayer: null,
  tiles: {
    url: '/t/{z}/{x}/{y}.pbf',
    minzoom: 3,
    maxzoom: 8,
    bounds: [90, 26, 126, 53] as [number, number, number, number],
  },
};
let set: TileSet;

function decode(key: string): VectorTile {
  const bytes = set.tiles.get(key);
  if (!bytes) throw new Error(`no tile ${key}`);
  return new VectorTile(new PbfReader(bytes));
}

beforeAll(() => {
  set = buildTiles(readTileLayers(DIRS));
});

describe('vector tiles cut from the committed geodata', () => {
  it('are the same bytes every time', () => {
    const again = buildTiles(readTileLayers(DIRS));
    expect(again.version).toBe(set.version);
    expect(again.tiles.size).toBe(set.tiles.size);
  });

  it('carry every registry layer, each cut from a committed file', () => {
    const seen = new Set<string>();
    for (const key of set.tiles.keys()) {
      if (!key.startsWith('6/')) continue;
      for (const name of Object.keys(decode(key).layers)) seen.add(name);
    }
    for (const layer of LAYERS) {
      expect(existsSync(join(ROOT, 'geodata', 'generated', tileLayerFile(layer.tileLayer))), layer.id).toBe(
        true,
      );
      expect(seen.has(layer.tileLayer), layer.tileLayer).toBe(true);
    }
    // Companion tile layers some style layers read (the county borders) are cut too.
    for (const spec of mapStyle(LAYERS, STYLE_INPUT).layers) {
      const name = 'source-layer' in spec ? spec['source-layer'] : undefined;
      expect(name && seen.has(name), spec.id).toBe(true);
    }
  });

  it('draw each county border once, marked in scope when a county on either side is', () => {
    const edges = readTileLayers(DIRS).find((l) => l.name === 'county_edges')?.collection;
    const counties = readTileLayers(DIRS).find((l) => l.name === 'counties')?.collection;
    if (!edges || !counties) throw new Error('missing county files');
    const vertices = (fc: typeof edges) =>
      JSON.stringify(fc.features.map((f) => f.geometry)).split('],[').length;
    // Rings hold every shared border twice; the edges about once (outer borders count once in both).
    expect(vertices(edges)).toBeLessThan(0.7 * vertices(counties));
    expect(edges.features.every((f) => Object.keys(f.properties ?? {}).join() === 'in_scope')).toBe(true);
    const inScope = edges.features.filter((f) => f.properties?.in_scope === true).length;
    expect(inScope).toBeGreaterThan(0);
    expect(inScope).toBeLessThan(edges.features.length);
  });

  it('cover the opening frame at every zoom they are cut for', () => {
    const [w, s, e, n] = CLUSTER_BOUNDS;
    for (let z = TILE_OPTIONS.minzoom; z <= TILE_OPTIONS.maxzoom; z++)
      for (let x = tileX(w, z); x <= tileX(e, z); x++)
        for (let y = tileY(n, z); y <= tileY(s, z); y++) expect(set.tiles.has(`${z}/${x}/${y}`)).toBe(true);
  });

  it("put Xi'an's Lianhu district in the z6 tile over Xi'an, with only the properties the style reads", () => {
    const key = `6/${tileX(108.94, 6)}/${tileY(34.27, 6)}`;
    const counties = decode(key).layers.counties;
    expect(counties).toBeDefined();
    const features = Array.from({ length: counties?.length ?? 0 }, (_, i) => counties?.feature(i));
    const lianhu = features.find((f) => f?.properties.id === '610104');
    expect(lianhu?.properties).toMatchObject({ in_scope: true, province: 'shaanxi' });
    for (const f of features)
      for (const k of Object.keys(f?.properties ?? {})) expect(TILE_PROPERTIES).toContain(k);
  });

  it('leave no tile larger than 160 KB, so no single request stalls the first frame', () => {
    const largest = Math.max(...[...set.tiles.values()].map((b) => b.length));
    expect(largest).toBeLessThan(160 * 1024);
  });
});
