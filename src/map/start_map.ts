/**
 * Builds the map and wires it to the store. main.ts loads this module (and MapLibre with it) on its own, so the
 * panels work even when MapLibre cannot load, start its worker or get WebGL; each failure is named on the map.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { maplibreLocale } from '../i18n/maplibre_locale.ts';
import { t } from '../i18n/strings.ts';
import { mapStyle, type TileSource } from '../layers/map_style.ts';
import { THEMES } from '../layers/theme.ts';
import type { LayerDef } from '../layers/types.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import { createMap, MAPLIBRE_WORKER_URL, setMapTexts } from './create_map.ts';
import { HomeControl } from './home_control.ts';
import { installIcons } from './icons.ts';
import { attachMap, type MapAdapter } from './map_adapter.ts';
import { exposeForTests } from './test_hook.ts';
import { syncTheme } from './theme_sync.ts';
import { workerServedWell } from './worker_check.ts';

export interface StartedMap {
  map: MlMap;
  adapter: MapAdapter;
}

export interface MapHost {
  container: HTMLElement;
  store: AppStore;
  actions: Actions;
  index: FeatureIndex;
  layers: readonly LayerDef[];
  /** Opens the take-away dialog from a map button, where the Share button cannot (a phone's system share sheet). */
  takeAway?: (() => void) | undefined;
  /** The build's tile set; `path` is relative to the app's base URL. */
  tiles: Omit<TileSource, 'url'> & { path: string };
}

/**
 * Opens the map, or says why it cannot: no WebGL (MapLibre throws; no separate probe, since a throwaway context
 * costs as much as the map's own) or a worker script that is missing or served wrongly.
 */
export function openMap(host: MapHost): StartedMap | null {
  performance.mark('map-module');
  void workerServedWell(MAPLIBRE_WORKER_URL).then((ok) => {
    if (!ok) host.actions.mapUnavailable('mapEngineFailed');
  });
  try {
    return startMap(host);
  } catch (err) {
    console.warn('map unavailable:', err instanceof Error ? err.message : err);
    // MapLibre may have left a half-built canvas container behind.
    for (const child of [...host.container.children]) child.remove();
    host.actions.mapUnavailable('noWebgl');
    return null;
  }
}

function startMap(host: MapHost): StartedMap {
  const { store, actions } = host;
  const state = store.getState();
  // The worker needs an absolute URL; the braces of the template must stay unencoded.
  const tileDir = new URL(`${import.meta.env.BASE_URL}${host.tiles.path}`, window.location.href).href;
  const style = mapStyle(host.layers, {
    lang: state.lang,
    visible: state.visible,
    selectedLayer: state.selection?.layer ?? null,
    markedLayers: state.highlight.map((ref) => ref.layer),
    tiles: { ...host.tiles, url: `${tileDir}{z}/{x}/{y}.pbf` },
    theme: THEMES[state.theme],
  });
  const home = new HomeControl(t('home', state.lang), () => actions.goHome());
  const takeAway = host.takeAway
    ? new HomeControl(t('takeAwayOpen', state.lang), host.takeAway, {
        className: 'gz-take-away',
        symbol: '⤓',
      })
    : null;
  const map = createMap(
    host.container,
    style,
    state.view,
    {
      ariaLabel: t('mapLabel', state.lang),
      attribution: t('dataAttribution', state.lang),
      insets: state.mapInsets,
      locale: maplibreLocale(state.lang),
    },
    takeAway ? [home, takeAway] : [home],
  );
  const icons = installIcons(map, THEMES[state.theme]);
  syncTheme(map, host.layers, store, icons.preload);
  performance.mark('map-created');
  const adapter = attachMap(map, store, actions, host.index, host.layers);
  store.subscribe((next, prev) => {
    if (next.lang === prev.lang) return;
    home.setLabel(t('home', next.lang));
    takeAway?.setLabel(t('takeAwayOpen', next.lang));
    setMapTexts(map, { attribution: t('dataAttribution', next.lang), locale: maplibreLocale(next.lang) });
  });
  const canvas = map.getCanvas();
  canvas.addEventListener('webglcontextlost', () => actions.notify('warning', { key: 'contextLost' }));
  canvas.addEventListener('webglcontextrestored', () => actions.withdraw({ key: 'contextLost' }));
  exposeForTests(map);
  whenReady(map, adapter, () => {
    performance.mark('map-ready');
    actions.mapReady();
  });
  return { map, adapter };
}

/** Ready: settled, with the tiles of the view loaded and drawn, not merely an idle empty style. */
function whenReady(map: MlMap, adapter: MapAdapter, onReady: () => void): void {
  const settled = (): boolean =>
    map.loaded() && map.areTilesLoaded() && !map.isMoving() && adapter.allSourcesLoaded();
  const ready = (): void => {
    if (!settled()) return;
    map.off('idle', ready);
    clearInterval(poll);
    onReady();
  };
  // An idle event can come while the camera is still settling; the poll catches the moment it is done. After a
  // while only idle events are waited for (tiles that never come must not keep a timer running).
  const poll = setInterval(ready, 100);
  setTimeout(() => clearInterval(poll), 30_000);
  map.on('idle', ready);
}
