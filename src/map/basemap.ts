/** The optional OpenStreetMap raster basemap: off by default, added under every data layer when switched on. */
import type { Map as MlMap } from 'maplibre-gl';
import { OSM_ATTRIBUTION } from '../config.ts';

export const OSM_SOURCE = 'osm';
const OSM_LAYER = 'osm:raster';

export function applyBasemap(map: MlMap, on: boolean): void {
  const has = map.getSource(OSM_SOURCE) !== undefined;
  if (on && !has) {
    map.addSource(OSM_SOURCE, {
      type: 'raster',
      tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
      attribution: OSM_ATTRIBUTION,
    });
    // The style has no background layer, so "under every data layer" is under the first layer.
    map.addLayer(
      { id: OSM_LAYER, type: 'raster', source: OSM_SOURCE, paint: { 'raster-opacity': 0.55 } },
      map.getStyle().layers[0]?.id,
    );
  } else if (!on && has) {
    map.removeLayer(OSM_LAYER);
    map.removeSource(OSM_SOURCE);
  }
}
