/**
 * A scripted 5-second pan and zoom, the same on every page: each animation frame moves the camera along one path
 * (west to east across the cluster, zooming in by up to 1.6 levels and back out), and every frame the map draws is
 * noted. Frame time is the interval between drawn frames, what a reader feels while dragging.
 */
import type { Page } from '@playwright/test';

export const MOTION_MS = 5000;

export async function panZoomFrameTimes(page: Page): Promise<number[]> {
  // tsx keeps function names with a `__name` helper that exists only in Node; the page gets a stand-in.
  await page.evaluate('window.__name = (f) => f');
  return page.evaluate(async (duration) => {
    const map = window.__gzMap;
    const z0 = map.getZoom();
    const drawn: number[] = [];
    const onRender = (): void => {
      drawn.push(performance.now());
    };
    map.on('render', onRender);
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      const step = (): void => {
        const t = (performance.now() - t0) / duration;
        if (t >= 1) {
          resolve();
          return;
        }
        const arc = Math.sin(Math.PI * t);
        map.jumpTo({ center: [106.2 + 4.8 * t, 34.6 + 0.6 * arc], zoom: z0 + 1.6 * arc });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    map.off('render', onRender);
    return drawn.slice(1).map((at, i) => at - (drawn[i] ?? at));
  }, MOTION_MS);
}
