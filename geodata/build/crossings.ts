/**
 * Where each bridge crosses the Yellow River: the map draws the bridge as a symbol there, and its approach road as a
 * thin line, instead of one long stroke. A companion tile layer of the bridges layer (`bridges_crossings`), carrying
 * the bridge's id, names and status so the symbol reads like the feature it stands for.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';

const KEPT = ['id', 'name_zh', 'name_en', 'status', 'in_report', 'precision'] as const;

export function buildCrossings(
  bridges: FeatureCollection,
  river: FeatureCollection,
): FeatureCollection<Point> {
  const reaches = river.features.filter((f): f is Feature<LineString> => f.geometry.type === 'LineString');
  const features: Feature<Point>[] = [];
  for (const bridge of bridges.features) {
    if (bridge.geometry.type !== 'LineString') continue;
    const road = bridge as Feature<LineString>;
    // The recipe puts a vertex on the river; the nearest vertex to the river is the crossing.
    let best: { at: number[]; km: number } | null = null;
    for (const c of road.geometry.coordinates) {
      for (const r of reaches) {
        const km = turf.pointToLineDistance(turf.point(c), r, { units: 'kilometers' });
        if (!best || km < best.km) best = { at: c, km };
      }
    }
    if (!best || best.km > 1)
      throw new Error(`bridge ${String(bridge.properties?.id)} does not touch the river`);
    const props = Object.fromEntries(KEPT.map((k) => [k, bridge.properties?.[k] ?? null]));
    features.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: best.at } });
  }
  return { type: 'FeatureCollection', features };
}
