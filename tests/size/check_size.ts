/**
 * `npm run size`: fails when the production build passes its gzip budgets.
 * Geodata fetched at start ≤ 250 KB: the panels' files plus the vector tiles of the opening view (the z6 tiles over
 * the cluster and one ring around them, more than a 1280×800 window shows). App JavaScript loaded at start, without
 * MapLibre, ≤ 60 KB: back at its first figure, after a round at 67 KB, since zod/mini replaced classic zod (which
 * carried JSON-Schema code: 17 KB gzip). Chunks loaded on demand (a tour, a table, an export) cost a reader nothing until
 * used: each ≤ 30 KB and all together ≤ 80 KB. And the e2e build's test hook is not in what ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tileX, tileY } from '../../geodata/build/tiles.ts';
import { CLUSTER_BOUNDS } from '../../src/config.ts';
import { readPrecache } from './precache.ts';
import { splitChunks } from './start_chunks.ts';

export const BUDGETS = { geodataKb: 250, appJsKb: 60, onDemandChunkKb: 30, onDemandKb: 80 } as const;

const DIST = join(process.cwd(), 'dist');
const ASSETS = join(DIST, 'assets');
const OPENING_ZOOM = 6;

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1).padStart(7)} KB gzip`;

const files = readdirSync(ASSETS);
const panelFiles = files.filter((f) => f.endsWith('.geojson') || /^meta-.*\.json$/.test(f));
const chunks = splitChunks(DIST);
const notMapLibre = (f: string): boolean => !f.startsWith('assets/maplibre');
const appJs = (chunks?.start ?? []).filter(notMapLibre).map((f) => f.replace(/^assets\//, ''));
const onDemandJs = (chunks?.onDemand ?? []).filter(notMapLibre).map((f) => f.replace(/^assets\//, ''));

const tileSets = existsSync(join(DIST, 'tiles')) ? readdirSync(join(DIST, 'tiles')) : [];
const openingTiles: string[] = [];
if (tileSets.length === 1 && tileSets[0]) {
  const [w, s, e, n] = CLUSTER_BOUNDS;
  const z = OPENING_ZOOM;
  for (let x = tileX(w, z) - 1; x <= tileX(e, z) + 1; x++)
    for (let y = tileY(n, z) - 1; y <= tileY(s, z) + 1; y++) {
      const path = join(DIST, 'tiles', tileSets[0], String(z), String(x), `${y}.pbf`);
      if (existsSync(path)) openingTiles.push(path);
    }
}

const panelBytes = panelFiles.reduce((sum, f) => sum + gz(join(ASSETS, f)), 0);
const tileBytes = openingTiles.reduce((sum, p) => sum + gz(p), 0);
const appBytes = appJs.reduce((sum, f) => sum + gz(join(ASSETS, f)), 0);
const geodataKb = (panelBytes + tileBytes) / 1024;
const appKb = appBytes / 1024;
const onDemandKb = onDemandJs.map((f) => gz(join(ASSETS, f)) / 1024);

for (const f of [...panelFiles, ...appJs]) console.log(`${f.padEnd(44)} ${kb(gz(join(ASSETS, f)))}`);
console.log(`${`${openingTiles.length} opening-view tiles (z${OPENING_ZOOM})`.padEnd(44)} ${kb(tileBytes)}`);
console.log(`geodata at start: ${geodataKb.toFixed(1)} KB gzip (budget ${BUDGETS.geodataKb} KB)`);
console.log(
  `app JavaScript at start, without MapLibre: ${appKb.toFixed(1)} KB gzip (budget ${BUDGETS.appJsKb} KB)`,
);
onDemandJs.forEach((f, i) => {
  console.log(`  on demand: ${f.padEnd(33)} ${kb((onDemandKb[i] ?? 0) * 1024)}`);
});
const onDemandTotal = onDemandKb.reduce((a, b) => a + b, 0);
console.log(
  `app JavaScript on demand: ${onDemandTotal.toFixed(1)} KB gzip in ${onDemandJs.length} chunks (budget ${BUDGETS.onDemandChunkKb} KB each, ${BUDGETS.onDemandKb} KB in all)`,
);

const precache = readPrecache(DIST);
console.log(
  `offline copy (service worker precache): ${precache.entries} files, ${(precache.bytes / 1024).toFixed(0)} KB ` +
    `uncompressed, of which ${precache.tiles} tiles (the whole pyramid)`,
);

const failures: string[] = [...precache.problems];
if (panelFiles.length < 9)
  failures.push(
    `expected the panels' geodata files in dist/assets, found ${panelFiles.length}: run npm run build`,
  );
if (tileSets.length !== 1) failures.push(`expected one tile set in dist/tiles, found ${tileSets.length}`);
if (openingTiles.length < 4) failures.push(`expected the opening view's tiles, found ${openingTiles.length}`);
// The e2e build's map hook (src/map/test_hook.ts) must not reach what ships.
const hooked = files.filter(
  (f) => f.endsWith('.js') && readFileSync(join(ASSETS, f), 'utf8').includes('__gzMap'),
);
if (hooked.length) failures.push(`the test hook __gzMap is in the production build: ${hooked.join(', ')}`);
if (!chunks) failures.push('no dist/.vite/manifest.json: run npm run build first');
if (appJs.length === 0) failures.push('no app JavaScript in dist/assets: run npm run build first');
if (geodataKb > BUDGETS.geodataKb)
  failures.push(`geodata ${geodataKb.toFixed(1)} KB > ${BUDGETS.geodataKb} KB`);
if (appKb > BUDGETS.appJsKb) failures.push(`app JavaScript ${appKb.toFixed(1)} KB > ${BUDGETS.appJsKb} KB`);
onDemandJs.forEach((f, i) => {
  const size = onDemandKb[i] ?? 0;
  if (size > BUDGETS.onDemandChunkKb)
    failures.push(`on-demand chunk ${f} ${size.toFixed(1)} KB > ${BUDGETS.onDemandChunkKb} KB`);
});
if (onDemandTotal > BUDGETS.onDemandKb)
  failures.push(`on-demand JavaScript ${onDemandTotal.toFixed(1)} KB > ${BUDGETS.onDemandKb} KB`);
if (failures.length) {
  console.error(`size budget missed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('size budgets hold');
