/** The naive approach: the unsimplified GCJ-02 source polygons of the same counties, loaded straight into MapLibre. */
import scope from '../../../geodata/input/scope.json' with { type: 'json' };
import { benchMap, markIdle } from './bench_map.ts';

const map = benchMap();
map.on('load', async () => {
  const parts = await Promise.all(
    scope.prefectures.map(
      async (p) => (await fetch(`./raw/${p.file}.geojson`)).json() as Promise<GeoJSON.FeatureCollection>,
    ),
  );
  const data: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: parts.flatMap((p) => p.features),
  };
  map.addSource('raw', { type: 'geojson', data });
  map.addLayer({
    id: 'raw-fill',
    type: 'fill',
    source: 'raw',
    paint: { 'fill-color': '#c8553d', 'fill-opacity': 0.4 },
  });
  map.addLayer({ id: 'raw-line', type: 'line', source: 'raw', paint: { 'line-color': '#ffffff' } });
  markIdle(map);
});
