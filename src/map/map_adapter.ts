/**
 * Store → map, and map gestures → actions. After layers/map_style.ts has built the opening style, the only module
 * that changes the style or moves the camera.
 * The camera follows the store only when the view came from a link or history, so map moves never loop back.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { CLUSTER_BOUNDS, FOCUS_POINT_ZOOM, FRAME_PADDING, OSM_ATTRIBUTION } from '../config.ts';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { t } from '../i18n/strings.ts';
import { GEODATA_SOURCE, isStyleLayerVisible } from '../layers/map_style.ts';
import { LAYERS } from '../layers/registry.ts';
import { labelField } from '../layers/style_helpers.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState, FeatureRef, View } from '../state/types.ts';
import { roundView } from '../url/hash_codec.ts';
import { geometryBounds } from './geometry_bounds.ts';
import { pick } from './pick.ts';

const OSM_SOURCE = 'osm';

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export interface MapAdapter {
  /** Takes a layer whose panel file failed to load or validate off the map, so map and panels agree. */
  dropLayer: (layerId: string) => void;
  /** Whether the geodata tiles of the view have finished loading. */
  allSourcesLoaded: () => boolean;
  /** Padding that keeps framed features clear of the panel on a phone. */
  setOverlayPadding: (padding: { bottom: number; left: number }) => void;
  dispose: () => void;
}

export function attachMap(map: MlMap, store: AppStore, actions: Actions, index: FeatureIndex): MapAdapter {
  let selected: FeatureRef | null = null;
  let overlay = { bottom: 0, left: 0 };
  const styleReady = new Promise<void>((resolve) => {
    if (map.isStyleLoaded()) resolve();
    else map.once('load', () => resolve());
  });

  const currentView = (): View =>
    roundView({
      zoom: map.getZoom(),
      lat: map.getCenter().lat,
      lng: map.getCenter().lng,
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    });

  const applyVisibility = (state: AppState): void => {
    const input = { visible: state.visible, selectedLayer: state.selection?.layer ?? null };
    for (const layer of LAYERS) {
      for (const spec of layer.styleLayers(state.lang)) {
        // MapLibre ignores a value equal to the current one, so unchanged layers cost nothing here.
        if (map.getLayer(spec.id))
          map.setLayoutProperty(
            spec.id,
            'visibility',
            isStyleLayerVisible(layer, spec, input) ? 'visible' : 'none',
          );
      }
    }
  };

  const applyLang = (state: AppState): void => {
    for (const layer of LAYERS) {
      for (const spec of layer.styleLayers(state.lang)) {
        const meta = spec.metadata as Record<string, unknown> | undefined;
        if (meta?.['gz:label'] && map.getLayer(spec.id))
          map.setLayoutProperty(spec.id, 'text-field', labelField(state.lang));
      }
    }
  };

  const setSelectedState = (ref: FeatureRef | null, on: boolean): void => {
    const layer = ref && LAYERS.find((l) => l.id === ref.layer);
    if (ref && layer && map.getSource(GEODATA_SOURCE))
      map.setFeatureState(
        { source: GEODATA_SOURCE, sourceLayer: layer.tileLayer, id: ref.id },
        { selected: on },
      );
  };

  const applySelection = (state: AppState): void => {
    setSelectedState(selected, false);
    selected = state.selection;
    setSelectedState(selected, true);
  };

  /** True while the camera is being set from a link: that move must not be written back as a new view. */
  let restoring = false;
  const applyCamera = (state: AppState): void => {
    if (state.viewSource !== 'url') return;
    const v = state.view;
    restoring = true;
    try {
      if (!v) map.fitBounds(CLUSTER_BOUNDS, { padding: framePadding(), animate: false });
      else if (JSON.stringify(currentView()) !== JSON.stringify(roundView(v))) {
        map.jumpTo({ center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch });
      }
    } finally {
      restoring = false;
    }
  };

  // On wide screens the details card floats over the map's left edge; framed features stay clear of it.
  const detailsWidth = (): number => (window.matchMedia?.('(max-width: 700px)').matches ? 0 : 384);
  const framePadding = () => ({
    ...FRAME_PADDING,
    bottom: FRAME_PADDING.bottom + overlay.bottom,
    left: FRAME_PADDING.left + overlay.left + (store.getState().selection ? detailsWidth() : 0),
  });

  const focus = (state: AppState): void => {
    const ref = state.selection;
    if (!ref) return;
    const found = index.get(ref.layer, ref.id);
    if (!found) return;
    const bounds = geometryBounds(found.value.geometry);
    if (!bounds) return;
    const animate = !prefersReducedMotion();
    const [w, s, e, n] = bounds;
    if (w === e && s === n) {
      const options = {
        center: [w, s] as [number, number],
        zoom: Math.max(map.getZoom(), FOCUS_POINT_ZOOM),
        padding: framePadding(),
      };
      if (animate) map.flyTo({ ...options, duration: 800 });
      else map.jumpTo(options);
      return;
    }
    map.fitBounds(bounds, { padding: framePadding(), maxZoom: 10, animate, duration: 800 });
  };

  const applyBasemap = (state: AppState): void => {
    const has = map.getSource(OSM_SOURCE) !== undefined;
    if (state.basemap && !has) {
      map.addSource(OSM_SOURCE, {
        type: 'raster',
        tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
        tileSize: 256,
        maxzoom: 19,
        attribution: OSM_ATTRIBUTION,
      });
      map.addLayer(
        { id: 'osm:raster', type: 'raster', source: OSM_SOURCE, paint: { 'raster-opacity': 0.55 } },
        firstDataLayer(),
      );
    } else if (!state.basemap && has) {
      map.removeLayer('osm:raster');
      map.removeSource(OSM_SOURCE);
    }
  };

  // The basemap goes under every data layer (the style has no background layer to keep below it).
  const firstDataLayer = (): string | undefined => map.getStyle().layers[0]?.id;

  const warned = new Set<string>();
  const onError = (e: object): void => {
    // Tile errors carry the source id. Each source is reported once: a failing server fails every tile.
    const source = (e as { sourceId?: unknown }).sourceId;
    if ((source !== OSM_SOURCE && source !== GEODATA_SOURCE) || warned.has(source)) return;
    warned.add(source);
    const lang = store.getState().lang;
    if (source === OSM_SOURCE) actions.notify('warning', t('basemapFailed', lang));
    else actions.notify('error', t('tilesFailed', lang));
  };

  const onMoveEnd = (): void => {
    if (restoring) return;
    const next = currentView();
    const prev = store.getState().view;
    if (prev && JSON.stringify(roundView(prev)) === JSON.stringify(next)) return;
    actions.setView(next, 'map');
  };

  const onClick = (e: { point: { x: number; y: number } }): void => {
    actions.select(pick(map, e.point));
  };

  // Mouse moves come far faster than frames; the hover query runs at most once per frame, for the latest point.
  let hoverPoint: { x: number; y: number } | null = null;
  const onMouseMove = (e: { point: { x: number; y: number } }): void => {
    const pending = hoverPoint !== null;
    hoverPoint = e.point;
    if (pending) return;
    requestAnimationFrame(() => {
      if (hoverPoint) map.getCanvas().style.cursor = pick(map, hoverPoint) ? 'pointer' : '';
      hoverPoint = null;
    });
  };

  map.on('moveend', onMoveEnd);
  map.on('click', onClick);
  map.on('mousemove', onMouseMove);
  map.on('error', onError);

  let previous = store.getState();
  const unsubscribe = store.subscribe((state) => {
    void styleReady.then(() => {
      if (state.visible !== previous.visible || state.selection?.layer !== previous.selection?.layer)
        applyVisibility(state);
      if (state.lang !== previous.lang) applyLang(state);
      if (state.selection !== previous.selection) applySelection(state);
      if (state.basemap !== previous.basemap) applyBasemap(state);
      if (state.view !== previous.view || state.viewSource !== previous.viewSource) applyCamera(state);
      if (state.focusNonce !== previous.focusNonce) focus(state);
      previous = state;
    });
  });
  void styleReady.then(() => {
    const state = store.getState();
    applyBasemap(state);
    applySelection(state);
    previous = state;
  });

  return {
    dropLayer(layerId) {
      void styleReady.then(() => {
        const def = LAYERS.find((l) => l.id === layerId);
        if (!def) return;
        for (const spec of def.styleLayers(store.getState().lang))
          if (map.getLayer(spec.id)) map.removeLayer(spec.id);
      });
    },
    allSourcesLoaded() {
      return map.isSourceLoaded(GEODATA_SOURCE);
    },
    setOverlayPadding(padding) {
      overlay = padding;
    },
    dispose() {
      unsubscribe();
      map.off('moveend', onMoveEnd);
      map.off('click', onClick);
      map.off('mousemove', onMouseMove);
      map.off('error', onError);
    },
  };
}
