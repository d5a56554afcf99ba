/**
 * MapLibre 6 draws its sky as a full-screen pass in every frame, also when the style defines no sky. Looking straight
 * down (pitch 0) the horizon lies far above the view, so that pass paints nothing; with software WebGL it still costs
 * about 20 ms of CPU per frame (measured on a 900 × 750 map: 45 → 24 ms for a frame with nothing else to draw,
 * 102 → 80 ms for the opening view), and its shader is compiled before the first frame. This skips the pass while the
 * map is not tilted; tilted, MapLibre draws it exactly as before.
 *
 * It reaches into MapLibre's renderer, which is not public API. If that shape ever changes, nothing is patched and the
 * map draws the sky as MapLibre does; an end-to-end test notices, because it checks that no sky shader is compiled
 * until the map is tilted.
 */
import type { Map as MlMap } from 'maplibre-gl';

type DrawFunction = (...args: unknown[]) => void;

interface Renderer {
  drawFunctions?: Record<string, unknown>;
}

function skipSkyWhileFlat(map: MlMap): void {
  const renderer = (map as unknown as { painter?: Renderer }).painter;
  const functions = renderer?.drawFunctions;
  const drawSky = functions?.sky;
  if (!renderer || !functions || typeof drawSky !== 'function') return;
  // A copy: MapLibre shares one table of draw functions between all maps on the page.
  renderer.drawFunctions = {
    ...functions,
    sky: (...args: unknown[]) => {
      if (map.getPitch() > 0) (drawSky as DrawFunction)(...args);
    },
  };
}

/** Patches now and again whenever MapLibre rebuilds its renderer after a lost WebGL context. */
export function keepSkySkippedWhileFlat(map: MlMap): void {
  skipSkyWhileFlat(map);
  map.on('webglcontextrestored', () => skipSkyWhileFlat(map));
}
