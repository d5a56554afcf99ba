/** Reading committed geodata and the report in unit tests. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPORT_PATH = join(ROOT, '..', 'shared', 'source', '000_b8e3aed06e31ffd7.txt');
export const REPORT_PRESENT = existsSync(REPORT_PATH);

export function readGeodata(name: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'geodata', 'generated', name), 'utf8'));
}

export function readGeodataText(name: string): string {
  return readFileSync(join(ROOT, 'geodata', 'generated', name), 'utf8');
}

/** The committed GeoJSON file a tile layer is cut from (geodata/generated/ or its layers/), relative to geodata/generated/. */
export function tileLayerFile(tileLayer: string): string {
  const top = `${tileLayer}.geojson`;
  return existsSync(join(ROOT, 'geodata', 'generated', top)) ? top : `layers/${tileLayer}.geojson`;
}
