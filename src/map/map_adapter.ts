/**
 * Store → map. Composes the map's rooms: the camera (camera.ts), the style (style_sync.ts), the basemap
 * (basemap.ts), gestures (interaction.ts) and tile health (tile_health.ts). After layers/map_style.ts has built the
 * opening style, only these modules change the style or move the camera. The camera follows the store only for
 * views that came from a link, history or Home, so the map's own moves never loop back.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { GEODATA_SOURCE } from '../layers/map_style.ts';
import type { LayerDef } from '../layers/types.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { applyBasemap } from './basemap.ts';
import { createCamera, readView, sameView } from './camera.ts';
import { attachInteraction } from './interaction.ts';
import { createPicker } from './pick.ts';
import { createStyleSync } from './style_sync.ts';
import { watchTiles } from './tile_health.ts';

export interface MapAdapter {
  /** Takes a layer whose panel file failed to load or validate off the map, so map and panels agree. */
  dropLayer: (layerId: string) => void;
  /** Whether the geodata tiles of the view have finished loading. */
  allSourcesLoaded: () => boolean;
  dispose: () => void;
}

export function attachMap(
  map: MlMap,
  store: AppStore,
  actions: Actions,
  index: FeatureIndex,
  layers: readonly LayerDef[],
): MapAdapter {
  // The style's layers exist at 'style.load'; 'load' waits for the first tiles too, which may take long or never
  // come (a hanging tile server), and the panels' changes must reach the map before that. The map is attached
  // right after it is created, before its style can have loaded.
  const styleReady = new Promise<void>((resolve) => {
    map.once('style.load', () => resolve());
    map.once('load', () => resolve());
  });
  const camera = createCamera(map, store, actions, index);
  const style = createStyleSync(map, layers, index);
  const detachInteraction = attachInteraction({
    map,
    store,
    actions,
    index,
    isRestoring: camera.isRestoring,
    hitsAt: createPicker(layers),
    reveal: camera.reveal,
  });
  const detachTiles = watchTiles(map, layers, actions);

  const sync = (state: AppState, previous: AppState): void => {
    if (
      state.visible !== previous.visible ||
      state.selection?.layer !== previous.selection?.layer ||
      state.hover?.ref.layer !== previous.hover?.ref.layer ||
      state.highlight !== previous.highlight
    )
      style.applyVisibility(state);
    if (state.lang !== previous.lang) style.applyLang(state);
    if (
      state.selection !== previous.selection ||
      state.highlight !== previous.highlight ||
      state.dataVersion !== previous.dataVersion
    )
      style.applySelection(state);
    if (state.hover !== previous.hover || state.dataVersion !== previous.dataVersion) style.applyHover(state);
    if (state.basemap !== previous.basemap) applyBasemap(map, state.basemap);
    if (state.statusFilter !== previous.statusFilter) style.applyStatusFilter(state);
    if (state.view !== previous.view || state.viewSource !== previous.viewSource) camera.apply(state);
    if (state.focusNonce !== previous.focusNonce) camera.focus(state);
    if (state.frameRequest !== previous.frameRequest) camera.frameArea(state);
  };

  // What the map shows now: the style was built from the state at this moment. Changes queued until the style is
  // ready are diffed against it in order, so none is lost (e.g. a focus asked for while the style loads).
  let previous = store.getState();
  const unsubscribe = store.subscribe((state) => {
    void styleReady.then(() => {
      sync(state, previous);
      previous = state;
    });
  });
  void styleReady.then(() => {
    const built = previous;
    applyBasemap(map, built.basemap);
    style.applySelection(built);
    if (built.statusFilter.length > 0) style.applyStatusFilter(built);
    // An area asked for before the map existed (a tour step opened from a link, while MapLibre was loading).
    if (built.frameRequest && built.view === null) camera.frameArea(built);
    // The opening camera was clamped by the map (pan limits, the window's minimum zoom): the link says what it shows.
    // Compared with the state the map was built from; later changes are queued behind this and applied in order.
    const shown = readView(map);
    if (built.view && !sameView(built.view, shown) && store.getState().view === built.view)
      actions.setView(shown, 'map');
  });

  return {
    dropLayer(layerId) {
      void styleReady.then(() => style.dropLayer(layerId, store.getState()));
    },
    allSourcesLoaded() {
      return map.isSourceLoaded(GEODATA_SOURCE);
    },
    dispose() {
      unsubscribe();
      detachInteraction();
      detachTiles();
    },
  };
}
