/**
 * `npm run size`: fails when the production build passes its gzip budgets.
 * Geodata fetched at start ≤ 250 KB; the app's own JavaScript (everything but MapLibre) ≤ 60 KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = { geodataKb: 250, appJsKb: 60 } as const;

const ASSETS = join(process.cwd(), 'dist', 'assets');

function gz(file: string): number {
  return gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length;
}

const files = readdirSync(ASSETS);
const geodata = files.filter((f) => f.endsWith('.geojson') || /^meta-.*\.json$/.test(f));
const appJs = files.filter((f) => f.endsWith('.js') && !f.startsWith('maplibre'));
const rows = [...geodata, ...appJs].map((f) => [f, gz(f)] as const);
const total = (list: string[]) => list.reduce((s, f) => s + gz(f), 0) / 1024;
const geodataKb = total(geodata);
const appKb = total(appJs);

for (const [f, bytes] of rows)
  console.log(`${f.padEnd(44)} ${(bytes / 1024).toFixed(1).padStart(7)} KB gzip`);
console.log(`geodata at start: ${geodataKb.toFixed(1)} KB gzip (budget ${BUDGETS.geodataKb} KB)`);
console.log(`app JavaScript without MapLibre: ${appKb.toFixed(1)} KB gzip (budget ${BUDGETS.appJsKb} KB)`);

const failures: string[] = [];
if (geodata.length < 10)
  failures.push(
    `expected the geodata files in dist/assets, found ${geodata.length}: run npm run build first`,
  );
if (appJs.length === 0) failures.push('no app JavaScript in dist/assets: run npm run build first');
if (geodataKb > BUDGETS.geodataKb)
  failures.push(`geodata ${geodataKb.toFixed(1)} KB > ${BUDGETS.geodataKb} KB`);
if (appKb > BUDGETS.appJsKb) failures.push(`app JavaScript ${appKb.toFixed(1)} KB > ${BUDGETS.appJsKb} KB`);
if (failures.length) {
  console.error(`size budget missed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('size budgets hold');
