/**
 * What the service worker keeps for offline use, read from the built dist/sw.js: every entry must be a file of the
 * build, the whole tile pyramid must be there, nothing from another origin (the online basemap) and no file twice
 * (Workbox refuses a list with a file twice, and the app would silently not work offline).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Precache {
  entries: number;
  bytes: number;
  tiles: number;
  problems: string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function readPrecache(dist: string): Precache {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw))
    return { entries: 0, bytes: 0, tiles: 0, problems: ['no dist/sw.js: run npm run build'] };
  const urls = [...readFileSync(sw, 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
  const problems: string[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  for (const url of urls) {
    if (seen.has(url)) problems.push(`precached twice: ${url}`);
    seen.add(url);
    if (/^[a-z]+:|^\/\//.test(url)) problems.push(`precaches another origin: ${url}`);
    else if (!existsSync(join(dist, url))) problems.push(`precaches a file the build lacks: ${url}`);
    else bytes += statSync(join(dist, url)).size;
  }
  const tileFiles = existsSync(join(dist, 'tiles')) ? filesUnder(join(dist, 'tiles')) : [];
  const missing = tileFiles.map((p) => relative(dist, p)).filter((p) => !seen.has(p));
  if (missing.length) problems.push(`${missing.length} tiles not precached, e.g. ${missing[0]}`);
  for (const needed of ['index.html', 'manifest.webmanifest'])
    if (!seen.has(needed)) problems.push(`${needed} not precached`);
  if (seen.has('screenshot.png')) problems.push("the README's screenshot is precached");
  const tiles = tileFiles.length - missing.length;
  return { entries: urls.length, bytes, tiles, problems };
}
