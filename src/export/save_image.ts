/**
 * "Save image": the current view as a PNG at least 1,200 px wide with the title, legend, scale, attribution, the
 * date the data holds for and the link drawn on it, and the same texts in the file's own metadata. Loaded on
 * demand (a dynamic import), so the opening page carries none of this.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { THEMES } from '../layers/theme.ts';
import type { AppState } from '../state/types.ts';
import { captureMap } from './capture.ts';
import { composeImage } from './compose.ts';
import { imageTexts } from './image_texts.ts';
import { withPngText } from './png_text.ts';
import { metresPerPixel, scaleBar } from './scale_bar.ts';

/** The narrowest image saved, in pixels (a phone's map is drawn at a higher pixel ratio to reach it). */
export const MIN_IMAGE_WIDTH = 1200;
/** The scale bar's longest length, in CSS pixels of the map. */
const SCALE_MAX_PX = 120;

export interface ImageRequest {
  map: MlMap;
  state: AppState;
  index: FeatureIndex;
  link: string;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser made no PNG'))), 'image/png');
  });
}

/** `header: false` leaves the title off the picture (the fact sheet prints it above). */
export async function renderImage(req: ImageRequest, { header = true } = {}): Promise<Blob> {
  const { canvas, scale } = await captureMap(req.map, MIN_IMAGE_WIDTH);
  const texts = imageTexts(req.state, req.index, req.link);
  const centre = req.map.getCenter();
  const composed = await composeImage({
    map: canvas,
    // What the phone's sheet covers is not part of the view the reader sees.
    cropBottom: Math.min(canvas.height * 0.8, req.state.mapInsets.bottom * scale),
    scale,
    texts: header ? texts : { ...texts, title: '', subtitle: null },
    scaleBar: scaleBar(metresPerPixel(centre.lat, req.map.getZoom()), SCALE_MAX_PX),
    theme: THEMES[req.state.theme],
  });
  const png = new Uint8Array(await (await toBlob(composed)).arrayBuffer());
  const described = withPngText(png, [
    ['Title', [texts.title, texts.subtitle].filter(Boolean).join(' — ')],
    ['Source', texts.link],
    ['Copyright', texts.attribution],
    ['Description', texts.asOf ?? ''],
  ]);
  return new Blob([described.buffer as ArrayBuffer], { type: 'image/png' });
}

/** A file name that says what the picture shows: the selection's id, or "view". */
export function imageFileName(state: Pick<AppState, 'selection'>): string {
  const what = state.selection ? `${state.selection.layer}-${state.selection.id}` : 'view';
  return `guanzhong-map-${what.replace(/[^A-Za-z0-9_-]/g, '_')}.png`;
}

export async function saveImage(req: ImageRequest): Promise<void> {
  const blob = await renderImage(req);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = imageFileName(req.state);
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own copy by then; the object URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
