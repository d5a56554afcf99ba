/**
 * A copy of the map's pixels, taken on demand: the WebGL drawing buffer is not kept between frames (no
 * `preserveDrawingBuffer`, which would cost every frame), so the map is asked to draw once more and the copy is
 * made inside that frame's `render` event, while the buffer still holds it. For a picture wider than the map on
 * screen, the map draws at a higher pixel ratio for the moment of the copy, then goes back.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** A stalled tile must not hold the picture forever; it is taken with what is drawn by then. */
const SETTLE_MS = 15_000;

function settled(map: MlMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, SETTLE_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

function nextFrameCopy(map: MlMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        const ctx = copy.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(source, 0, 0);
        resolve(copy);
      } catch (err) {
        reject(err);
      }
    });
    map.triggerRepaint();
  });
}

/** The map drawn at least `minWidth` pixels wide; `scale` is image pixels per CSS pixel of the map. */
export async function captureMap(
  map: MlMap,
  minWidth: number,
): Promise<{ canvas: HTMLCanvasElement; scale: number }> {
  const cssWidth = map.getContainer().clientWidth || 1;
  const before = map.getPixelRatio();
  const ratio = Math.max(before, minWidth / cssWidth);
  if (ratio !== before) map.setPixelRatio(ratio);
  try {
    await settled(map);
    const canvas = await nextFrameCopy(map);
    return { canvas, scale: canvas.width / cssWidth };
  } finally {
    if (ratio !== before) map.setPixelRatio(before);
  }
}
