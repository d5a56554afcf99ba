/**
 * The end-to-end tests read the map through `window.__gzMap` (typed in tests/e2e/test_hook.d.ts). Only the e2e
 * build sets it: Vite replaces `import.meta.env.MODE` with a constant, so in the production build the condition is
 * `false` and the minifier drops the assignment; `npm run size` checks that the shipped bundle has no trace of the
 * name.
 */
import type { Map as MlMap } from 'maplibre-gl';

export function exposeForTests(map: MlMap): void {
  if (import.meta.env.MODE === 'e2e') window.__gzMap = map;
}
