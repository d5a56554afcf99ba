/** Builds the MapLibre map from a self-contained style: no tile, glyph or sprite server is needed. */
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { CLUSTER_BOUNDS, FRAME_PADDING, MAX_BOUNDS, MAX_PITCH, MAX_ZOOM, MIN_ZOOM } from '../config.ts';
import type { MapInsets, View } from '../state/types.ts';
import { keepSkySkippedWhileFlat } from './sky_pass.ts';

maplibregl.setWorkerUrl(workerUrl);
export const MAPLIBRE_WORKER_URL: string = workerUrl;

export interface MapTexts {
  ariaLabel: string;
  attribution: string;
  /** MapLibre's own strings (control tooltips, scale units) in the interface language, over its English ones. */
  locale: Record<string, string>;
  /** Room overlays take from the map (the phone's bottom sheet); the opening frame keeps clear of it. */
  insets: MapInsets;
}

export function createMap(
  container: HTMLElement,
  style: maplibregl.StyleSpecification,
  initialView: View | null,
  { ariaLabel, attribution, insets, locale }: MapTexts,
  /** The app's own controls, placed after zoom, compass and fullscreen at the top right (the home button). */
  ownControls: maplibregl.IControl[] = [],
): maplibregl.Map {
  const options: maplibregl.MapOptions = {
    container,
    style,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxPitch: MAX_PITCH,
    maxBounds: MAX_BOUNDS,
    // Added below with the scale bar, so both can be replaced when the language changes.
    attributionControl: false,
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
    // The same room as every later framing of the cluster (camera.ts), so Home returns to this view.
    options.fitBoundsOptions = {
      padding: { ...FRAME_PADDING, bottom: FRAME_PADDING.bottom + insets.bottom },
    };
  }
  const map = new maplibregl.Map(options);
  // MapLibre's English defaults, kept so a switch back to English restores them (see setMapTexts).
  defaultLocales.set(map, { ...map._locale });
  map._locale = { ...map._locale, ...locale };
  keepSkySkippedWhileFlat(map);
  map.getCanvas().setAttribute('aria-label', ariaLabel);
  addControls(map, attribution, ownControls);
  return map;
}

const defaultLocales = new WeakMap<maplibregl.Map, Record<string, string>>();
const mapControls = new WeakMap<
  maplibregl.Map,
  { own: maplibregl.IControl[]; added: maplibregl.IControl[] }
>();

/**
 * Zoom, compass, fullscreen and the app's own controls at the top right; the data attribution with the scale bar
 * above it at the bottom right (a bottom corner stacks each new control on top).
 */
function addControls(map: maplibregl.Map, attribution: string, own: maplibregl.IControl[]): void {
  const top: maplibregl.IControl[] = [new maplibregl.NavigationControl({ visualizePitch: true })];
  // Inside a frame without `allowfullscreen` the browser refuses fullscreen; the button would only throw.
  if (document.fullscreenEnabled) top.push(new maplibregl.FullscreenControl());
  const bottom = [
    new maplibregl.AttributionControl({ compact: true, customAttribution: attribution }),
    new maplibregl.ScaleControl({ unit: 'metric' }),
  ];
  for (const control of [...top, ...own]) map.addControl(control, 'top-right');
  for (const control of bottom) map.addControl(control, 'bottom-right');
  mapControls.set(map, { own, added: [...top, ...own, ...bottom] });
  // On a phone the attribution starts folded to its ⓘ button (MapLibre opens a compact one at first).
  if (window.matchMedia?.('(max-width: 700px)').matches)
    map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
}

/**
 * MapLibre reads its UI strings once, when a control is added, and has no public way to change the `locale` given
 * to the constructor; its attribution control cannot change its text either. So a language change writes the
 * map's (typed) locale table and adds every control afresh, in the same order.
 */
export function setMapTexts(
  map: maplibregl.Map,
  { attribution, locale }: Pick<MapTexts, 'attribution' | 'locale'>,
): void {
  const controls = mapControls.get(map);
  for (const control of controls?.added ?? []) map.removeControl(control);
  map._locale = { ...(defaultLocales.get(map) ?? map._locale), ...locale };
  addControls(map, attribution, controls?.own ?? []);
}
