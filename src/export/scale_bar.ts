/** The scale bar printed on a saved image: a round distance (1, 2 or 5 × 10ⁿ m) no longer than the room given. */

/** Ground metres per CSS pixel at a latitude and zoom, for MapLibre's 512-pixel tiles (web Mercator). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** The bar's length in CSS pixels of the map. */
  px: number;
}

export function scaleBar(mPerPx: number, maxPx: number): ScaleBar {
  const most = mPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((k) => k * pow <= most) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / mPerPx };
}
