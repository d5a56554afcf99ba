/**
 * `npm run geodata`: rebuilds every file under geodata/generated/ from the boundary package and the authored inputs.
 * Deterministic: a unit test re-runs it in memory and compares with the committed files.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeodata } from './pipeline.ts';
import { stableStringify, writeJson } from './write_json.ts';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'generated');

const files = await buildGeodata();
for (const dir of ['layers', 'panels', 'locator']) mkdirSync(join(OUT_DIR, dir), { recursive: true });
for (const [name, value] of files) {
  writeJson(join(OUT_DIR, name), value);
  console.log(`${name.padEnd(32)} ${String(stableStringify(value).length).padStart(9)} bytes`);
}
