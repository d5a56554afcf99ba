/**
 * The counties as the panels need them: every property, and the bounding box instead of the outline (the map
 * draws outlines from the vector tiles). A tenth of the full file, so the browser parses and checks it quickly.
 */
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, Polygon } from 'geojson';

export function countyPanelFile(counties: FeatureCollection): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: counties.features.map((f): Feature<Polygon> => {
      const [w, s, e, n] = bbox(f).map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number, number];
      return {
        type: 'Feature',
        properties: f.properties,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        },
      };
    }),
  };
}
