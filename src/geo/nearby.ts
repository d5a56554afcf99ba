/**
 * "My county" data (`geodata/generated/panels/nearby.json`, computed at build time by geodata/build/nearby.ts): read once,
 * the first time a county is chosen, so the opening view never waits for it.
 */
import nearbyUrl from '../../geodata/generated/panels/nearby.json?url';
import { type LoadResult, loadJson } from './load_geodata.ts';
import { type Nearby, nearbySchema } from './nearby_schema.ts';

let pending: Promise<LoadResult<Nearby>> | null = null;
let settled: LoadResult<Nearby> | null = null;

/** The file's result once it has arrived; null while it has not been asked for or is on its way. */
export function nearbyData(): LoadResult<Nearby> | null {
  return settled;
}

/** Starts reading the file (once); `arrived` runs when it has, so the card can redraw. */
export function requestNearby(arrived: () => void): void {
  if (pending) return;
  pending = loadJson(nearbyUrl, nearbySchema).then((r) => {
    settled = r;
    arrived();
    return r;
  });
}
