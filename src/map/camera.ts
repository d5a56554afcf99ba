/**
 * The map's camera, driven by the store: a view from a link or history is applied, Home and the opening view frame
 * the whole cluster, and a chosen feature is framed clear of the details card and the phone's sheet.
 *
 * Framing never leaves padding behind: MapLibre keeps the `padding` given to easeTo/flyTo on the map for every
 * later move, so points are centred with a pixel `offset` instead, and fitBounds (which does not keep its padding)
 * frames everything else.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { CLUSTER_BOUNDS, FOCUS_POINT_ZOOM, FRAME_PADDING } from '../config.ts';
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState, MapInsets, View } from '../state/types.ts';
import { roundView } from '../url/hash_codec.ts';
import { geometryBounds } from './geometry_bounds.ts';

/** Width the details card takes from the map's left edge on wide screens (it is part of the sheet on phones). */
const DETAILS_CARD_PX = 384;
const PHONE = '(max-width: 700px)';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Room to keep clear when framing: the controls, the phone's sheet and, with a selection, the details card. Never
 * more than leaves a quarter of the map in each direction, so framing cannot fail on a small or resized window.
 */
export function framePadding(
  state: AppState,
  phone: boolean,
  size?: { width: number; height: number },
): Padding {
  const bottom = FRAME_PADDING.bottom + state.mapInsets.bottom;
  const left = FRAME_PADDING.left + (state.selection && !phone ? DETAILS_CARD_PX : 0);
  if (!size) return { ...FRAME_PADDING, bottom, left };
  const maxY = Math.max(0, size.height * 0.75 - FRAME_PADDING.top);
  const maxX = Math.max(0, size.width * 0.75 - FRAME_PADDING.right);
  return { ...FRAME_PADDING, bottom: Math.min(bottom, maxY), left: Math.min(left, maxX) };
}

/** The pixel offset that puts a point at the centre of the padded area, without keeping the padding. */
export function paddingOffset(p: Padding): [number, number] {
  return [(p.left - p.right) / 2, (p.top - p.bottom) / 2];
}

export function readView(map: MlMap): View {
  const center = map.getCenter();
  return roundView({
    zoom: map.getZoom(),
    lat: center.lat,
    lng: center.lng,
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  });
}

export function sameView(a: View, b: View): boolean {
  return JSON.stringify(roundView(a)) === JSON.stringify(roundView(b));
}

/**
 * Padding that also keeps an area clear of the legend in a left corner of the map: whichever of its two edges (above
 * or below it, or right of it) costs the framing less zoom. Unchanged when no legend is shown or neither fits.
 */
export function clearOfLegend(
  map: Pick<MlMap, 'cameraForBounds'>,
  bounds: [number, number, number, number],
  padding: Padding,
  legend: MapInsets['legend'],
): Padding {
  if (legend.width <= 0 || legend.height <= 0) return padding;
  const gap = 8;
  const edge = legend.at === 'top' ? 'top' : 'bottom';
  const options = [
    { ...padding, [edge]: Math.max(padding[edge], legend.height + gap) },
    { ...padding, left: Math.max(padding.left, legend.width + gap) },
  ];
  let best = padding;
  let bestZoom = -Infinity;
  for (const p of options) {
    const zoom = map.cameraForBounds(bounds, { padding: p, maxZoom: 10 })?.zoom;
    if (zoom !== undefined && zoom > bestZoom) {
      best = p;
      bestZoom = zoom;
    }
  }
  return best;
}

export interface Camera {
  /** Moves the map to the store's view when it came from a link, history or Home. */
  apply: (state: AppState) => void;
  /** Frames the selected feature. */
  focus: (state: AppState) => void;
  /** True while the camera is being set from the store, so that move is not written back as the reader's. */
  isRestoring: () => boolean;
  /** Frames an area asked for by bounds (a prefecture from search, a tour step). */
  frameArea: (state: AppState) => void;
  /** Eases the map so a clicked point is not left under the details card (wide screens). */
  reveal: (point: { x: number; y: number }) => void;
}

export function createCamera(map: MlMap, store: AppStore, actions: Actions, index: FeatureIndex): Camera {
  let restoring = false;
  const phone = (): boolean => window.matchMedia?.(PHONE).matches ?? false;
  const mapSize = (): { width: number; height: number } => {
    const canvas = map.getContainer();
    return { width: canvas.clientWidth, height: canvas.clientHeight };
  };

  // The map clamps what it cannot show (pan limits, minimum zoom for the window); the link then says what it shows.
  const reconcile = (wanted: View): void => {
    const shown = readView(map);
    if (!sameView(shown, wanted)) actions.setView(shown, 'map');
  };

  const apply = (state: AppState): void => {
    if (state.viewSource !== 'url' && state.viewSource !== 'home') return;
    const v = state.view;
    restoring = true;
    try {
      if (!v) {
        const animate = state.viewSource === 'home' && !prefersReducedMotion();
        map.fitBounds(CLUSTER_BOUNDS, {
          padding: framePadding(state, phone(), mapSize()),
          animate,
          duration: 600,
        });
      } else if (!sameView(readView(map), v)) {
        map.jumpTo({ center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch });
      }
    } finally {
      restoring = false;
    }
    if (v) reconcile(v);
  };

  const focus = (state: AppState): void => {
    const ref = state.selection;
    const found = ref ? index.get(ref.layer, ref.id) : undefined;
    const bounds = found ? geometryBounds(found.value.geometry) : null;
    if (!bounds) return;
    const animate = !prefersReducedMotion();
    const padding = framePadding(store.getState(), phone(), mapSize());
    const [w, s, e, n] = bounds;
    if (w === e && s === n) {
      const options = {
        center: [w, s] as [number, number],
        zoom: Math.max(map.getZoom(), FOCUS_POINT_ZOOM),
        offset: paddingOffset(padding),
      };
      if (animate) map.flyTo({ ...options, duration: 800 });
      else map.easeTo({ ...options, duration: 0 });
      return;
    }
    map.fitBounds(bounds, { padding, maxZoom: 10, animate, duration: 800 });
  };

  const reveal = (point: { x: number; y: number }): void => {
    if (phone() || !store.getState().selection) return;
    const clearOf = FRAME_PADDING.left + DETAILS_CARD_PX;
    if (point.x >= clearOf) return;
    map.panBy([point.x - clearOf - FRAME_PADDING.left, 0], { duration: prefersReducedMotion() ? 0 : 400 });
  };

  const frameArea = (state: AppState): void => {
    if (!state.frameRequest) return;
    const { bounds } = state.frameRequest;
    // The room overlays take now: the legend may have changed with the same step that asked for this frame.
    const now = store.getState();
    map.fitBounds(bounds, {
      padding: clearOfLegend(map, bounds, framePadding(now, phone(), mapSize()), now.mapInsets.legend),
      maxZoom: 10,
      animate: !state.frameRequest.jump && !prefersReducedMotion(),
      duration: 800,
    });
  };

  return { apply, focus, isRestoring: () => restoring, reveal, frameArea };
}
