/**
 * Store → map for the theme: repaints every style layer in the new theme's colours (paint properties and the
 * icons' image names; ids, filters and layout never depend on the theme), loads that theme's icons, and dims the
 * online basemap in the dark theme.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { drawnStyleLayers } from '../layers/map_style.ts';
import { THEMES, type Theme } from '../layers/theme.ts';
import type { LayerDef } from '../layers/types.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

const OSM_LAYER = 'osm:raster';

type PaintKey = Parameters<MlMap['setPaintProperty']>[1];
type PaintValue = Parameters<MlMap['setPaintProperty']>[2];

function repaint(map: MlMap, layers: readonly LayerDef[], state: AppState, theme: Theme): void {
  for (const layer of layers) {
    for (const spec of drawnStyleLayers(layer, state.lang, theme)) {
      if (!map.getLayer(spec.id)) continue;
      // MapLibre types each layer kind's paint keys apart; the spec came from the same layer, so its keys fit.
      const paint = (spec.paint ?? {}) as Record<PaintKey, PaintValue>;
      for (const key of Object.keys(paint) as PaintKey[]) map.setPaintProperty(spec.id, key, paint[key]);
      const icon = spec.type === 'symbol' ? spec.layout?.['icon-image'] : undefined;
      if (icon !== undefined) map.setLayoutProperty(spec.id, 'icon-image', icon);
    }
  }
}

/** The basemap under a dark map: darker and greyer, so the data stays the figure. */
function dimBasemap(map: MlMap, theme: Theme): void {
  if (!map.getLayer(OSM_LAYER)) return;
  const dark = theme.name === 'dark';
  map.setPaintProperty(OSM_LAYER, 'raster-brightness-max', dark ? 0.35 : 1);
  map.setPaintProperty(OSM_LAYER, 'raster-saturation', dark ? -0.7 : 0);
}

export function syncTheme(
  map: MlMap,
  layers: readonly LayerDef[],
  store: AppStore,
  preload: (theme: Theme) => void,
): () => void {
  const ready = new Promise<void>((resolve) => {
    if (map.isStyleLoaded()) resolve();
    else map.once('load', () => resolve());
  });
  void ready.then(() => dimBasemap(map, THEMES[store.getState().theme]));
  return store.subscribe((state, prev) => {
    if (state.theme === prev.theme && state.basemap === prev.basemap) return;
    void ready.then(() => {
      const theme = THEMES[state.theme];
      if (state.theme !== prev.theme) {
        preload(theme);
        repaint(map, layers, state, theme);
      }
      dimBasemap(map, theme);
    });
  });
}
