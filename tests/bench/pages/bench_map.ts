/** Shared set-up of the comparison pages: the same MapLibre build, page size and opening frame as the app. */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CLUSTER_BOUNDS } from '../../../src/config.ts';

maplibregl.setWorkerUrl(workerUrl);

export function benchMap(options: Partial<maplibregl.MapOptions> = {}): maplibregl.Map {
  performance.mark('app-start');
  const map = new maplibregl.Map({
    ...options,
    container: 'map',
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f3f1ec' } }],
    },
    bounds: CLUSTER_BOUNDS,
    fitBoundsOptions: { padding: 24 },
  });
  // Under the app's name, so the benchmark's scripted camera drives every page the same way.
  window.__gzMap = map;
  return map;
}

/** Records when the page's map first settles with everything it was asked to draw. */
export function markIdle(map: maplibregl.Map): void {
  map.once('idle', () => {
    (window as unknown as { __idleAt?: number }).__idleAt = performance.now();
  });
  map.triggerRepaint();
}
