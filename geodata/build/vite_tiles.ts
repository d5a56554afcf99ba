/**
 * Vite plugin: serves (dev) and emits (build) the vector tiles cut from the committed GeoJSON, and tells the app
 * where they are through `virtual:geodata-tiles`. The tiles are derived, so they are never committed.
 */
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildTiles, readTileLayers, TILE_OPTIONS, type TileSet } from './tiles.ts';

const VIRTUAL_ID = 'virtual:geodata-tiles';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const TILE_PATH = /^\/tiles\/([0-9a-f]+)\/(\d+\/\d+\/\d+)\.pbf$/;

/**
 * A tile's URL names the content hash of its tile set, so its bytes never change: browsers may keep it for good and
 * a return visit loads no tile twice. A static host should send the same for `tiles/`.
 */
function setTileHeaders(res: ServerResponse): void {
  res.setHeader('Content-Type', 'application/x-protobuf');
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}

/** What the app learns about the tile set; see src/geodata_tiles.d.ts. */
export interface TileManifest {
  /** Directory of the tile set relative to the app's base URL, ending in `/`; tiles are `{z}/{x}/{y}.pbf` in it. */
  path: string;
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
}

export function geodataTiles(geodataDir: string): Plugin {
  const dirs = [geodataDir, join(geodataDir, 'layers')];
  let cached: TileSet | null = null;
  const tileSet = (): TileSet => {
    cached ??= buildTiles(readTileLayers(dirs));
    return cached;
  };
  const dir = () => `tiles/${tileSet().version}/`;
  return {
    name: 'geodata-tiles',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const manifest: TileManifest = {
        path: dir(),
        minzoom: TILE_OPTIONS.minzoom,
        maxzoom: TILE_OPTIONS.maxzoom,
        bounds: tileSet().bounds,
      };
      return `export default ${JSON.stringify(manifest)};`;
    },
    generateBundle() {
      for (const [key, bytes] of tileSet().tiles)
        this.emitFile({ type: 'asset', fileName: `${dir()}${key}.pbf`, source: bytes });
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.endsWith('.geojson')) return;
        cached = null;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
      server.middlewares.use((req, res, next) => {
        const match = TILE_PATH.exec(req.url ?? '');
        const bytes =
          match && match[1] === tileSet().version ? tileSet().tiles.get(match[2] ?? '') : undefined;
        if (!bytes) return next();
        setTileHeaders(res);
        res.end(bytes);
      });
    },
    configurePreviewServer(server) {
      // The built files themselves are served by Vite; this only adds the headers tiles should have.
      server.middlewares.use((req, res, next) => {
        if (TILE_PATH.test(req.url ?? '')) setTileHeaders(res);
        next();
      });
    },
  };
}
