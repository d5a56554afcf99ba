/**
 * Route numbers for the map's line labels, read from the names the sources give: "(G30)" in an expressway's name,
 * "国道520线" (national road 520) in a bridge's. A feature whose name carries no number gets none: the map never
 * guesses a route number.
 */
import type { FeatureCollection } from 'geojson';

export function routeRef(nameZh: string): string | null {
  const expressway = nameZh.match(/[((](G\d{1,4})[))]/);
  if (expressway?.[1]) return expressway[1];
  const national = nameZh.match(/国道(\d{3})线/);
  return national?.[1] ? `G${national[1]}` : null;
}

/** Adds `ref` to every feature whose Chinese name carries a route number. */
export function withRouteRefs(fc: FeatureCollection): FeatureCollection {
  return {
    ...fc,
    features: fc.features.map((f) => {
      const ref = routeRef(String(f.properties?.name_zh ?? ''));
      return ref ? { ...f, properties: { ...f.properties, ref } } : f;
    }),
  };
}
