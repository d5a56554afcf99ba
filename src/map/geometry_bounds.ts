/** Bounding box of any GeoJSON geometry, for framing a chosen feature. */
import type { Geometry, Position } from 'geojson';

export type BBox = [number, number, number, number];

export function geometryBounds(geometry: Geometry): BBox | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (p: Position): void => {
    const [x = NaN, y = NaN] = p;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  };
  const walk = (g: Geometry): void => {
    switch (g.type) {
      case 'Point':
        visit(g.coordinates);
        break;
      case 'MultiPoint':
      case 'LineString':
        g.coordinates.forEach(visit);
        break;
      case 'MultiLineString':
      case 'Polygon':
        for (const line of g.coordinates) line.forEach(visit);
        break;
      case 'MultiPolygon':
        for (const poly of g.coordinates) for (const ring of poly) ring.forEach(visit);
        break;
      case 'GeometryCollection':
        g.geometries.forEach(walk);
        break;
    }
  };
  walk(geometry);
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
