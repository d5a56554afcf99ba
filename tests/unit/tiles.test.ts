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
import { LAYERS } from '../../src/layers/registry.ts';
import { ROOT, tileLayerFile } from './helpers.ts';

const DIRS = [join(ROOT, 'geodata'), join(ROOT, 'geodata', 'layers')];
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
      expect(existsSync(join(ROOT, 'geodata', tileLayerFile(layer.tileLayer))), layer.id).toBe(true);
      expect(seen.has(layer.tileLayer), layer.tileLayer).toBe(true);
    }
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
