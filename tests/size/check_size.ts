/**
 * `npm run size`: fails when the production build passes its gzip budgets.
 * Geodata fetched at start ≤ 250 KB: the panels' files plus the vector tiles of the opening view (the z6 tiles over
 * the cluster and one ring around them, more than a 1280×800 window shows). App JavaScript without MapLibre ≤ 67 KB
 * (60 KB until the merges of issues #13, #14 and #17 added 0.8 + 4.8 + 0.9 KB to main's 59.1 KB; README names the
 * cheapest cuts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tileX, tileY } from '../../geodata/build/tiles.ts';
import { CLUSTER_BOUNDS } from '../../src/config.ts';
import { readPrecache } from './precache.ts';

export const BUDGETS = { geodataKb: 250, appJsKb: 67 } as const;

const DIST = join(process.cwd(), 'dist');
const ASSETS = join(DIST, 'assets');
const OPENING_ZOOM = 6;

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1).padStart(7)} KB gzip`;

const files = readdirSync(ASSETS);
const panelFiles = files.filter((f) => f.endsWith('.geojson') || /^meta-.*\.json$/.test(f));
const appJs = files.filter((f) => f.endsWith('.js') && !f.startsWith('maplibre'));

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

for (const f of [...panelFiles, ...appJs]) console.log(`${f.padEnd(44)} ${kb(gz(join(ASSETS, f)))}`);
console.log(`${`${openingTiles.length} opening-view tiles (z${OPENING_ZOOM})`.padEnd(44)} ${kb(tileBytes)}`);
console.log(`geodata at start: ${geodataKb.toFixed(1)} KB gzip (budget ${BUDGETS.geodataKb} KB)`);
console.log(`app JavaScript without MapLibre: ${appKb.toFixed(1)} KB gzip (budget ${BUDGETS.appJsKb} KB)`);

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
if (appJs.length === 0) failures.push('no app JavaScript in dist/assets: run npm run build first');
if (geodataKb > BUDGETS.geodataKb)
  failures.push(`geodata ${geodataKb.toFixed(1)} KB > ${BUDGETS.geodataKb} KB`);
if (appKb > BUDGETS.appJsKb) failures.push(`app JavaScript ${appKb.toFixed(1)} KB > ${BUDGETS.appJsKb} KB`);
if (failures.length) {
  console.error(`size budget missed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('size budgets hold');
