/**
 * The one test hook: the e2e build (`npm run build:e2e`, Vite mode `e2e`) puts the app's MapLibre map on `window`
 * so the end-to-end tests, the screenshots and the benchmark can read the camera and what is drawn. The production
 * build (`npm run build`) has no such property: `src/map/test_hook.ts` compiles to nothing there.
 */
import type { Map as MlMap } from 'maplibre-gl';

declare global {
  interface Window {
    __gzMap: MlMap;
  }
}
