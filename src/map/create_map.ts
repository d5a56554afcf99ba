/** Builds the MapLibre map from a self-contained style: no tile, glyph or sprite server is needed. */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {
  CLUSTER_BOUNDS,
  DATA_ATTRIBUTION,
  FRAME_PADDING,
  MAX_BOUNDS,
  MAX_PITCH,
  MAX_ZOOM,
  MIN_ZOOM,
} from '../config.ts';
import type { View } from '../state/types.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Extra room kept clear when framing, e.g. under a phone's bottom sheet. */
export interface FramePadding {
  bottom: number;
}

export function createMap(
  container: HTMLElement,
  style: maplibregl.StyleSpecification,
  initialView: View | null,
  ariaLabel: string,
  overlay: FramePadding = { bottom: 0 },
): maplibregl.Map {
  const options: maplibregl.MapOptions = {
    container,
    style,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxPitch: MAX_PITCH,
    maxBounds: MAX_BOUNDS,
    attributionControl: { compact: true, customAttribution: DATA_ATTRIBUTION },
    cooperativeGestures: false,
    // Labels appear at once instead of fading in over 300 ms: the map settles sooner and nothing flickers.
    fadeDuration: 0,
    // The style is built from the registry and checked by the style-spec validator in a unit test; checking it
    // again on every page load only delays the first frame.
    validateStyle: false,
  };
  if (initialView) {
    options.center = [initialView.lng, initialView.lat];
    options.zoom = initialView.zoom;
    options.bearing = initialView.bearing;
    options.pitch = initialView.pitch;
  } else {
    options.bounds = CLUSTER_BOUNDS;
    // The same room as every later framing (map_adapter), so the home button returns to exactly this view.
    options.fitBoundsOptions = {
      padding: { ...FRAME_PADDING, bottom: FRAME_PADDING.bottom + overlay.bottom },
    };
  }
  const map = new maplibregl.Map(options);
  map.getCanvas().setAttribute('aria-label', ariaLabel);
  map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new maplibregl.FullscreenControl(), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
  return map;
}
