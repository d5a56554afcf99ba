/**
 * Which built JavaScript a reader's browser fetches when the default page opens, read from Vite's manifest: the
 * entry, its static imports, and the dynamic imports `main.ts` starts at once (the map module). Every other chunk is
 * loaded on demand (a tour, a table, an export) and is budgeted on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Source modules that the entry imports dynamically but always, as soon as the page starts. */
export const LOADED_AT_START = ['src/map/start_map.ts'];

export interface JsChunks {
  start: string[];
  onDemand: string[];
}

/** Splits the built JavaScript files (paths relative to dist) into loaded-at-start and on-demand. */
export function splitChunks(dist: string): JsChunks | null {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  const start = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || start.has(chunk.file)) return;
    start.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
    for (const k of chunk.dynamicImports ?? []) if (LOADED_AT_START.includes(k)) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const js = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js'));
  return { start: [...start].filter((f) => f.endsWith('.js')), onDemand: js.filter((f) => !start.has(f)) };
}
