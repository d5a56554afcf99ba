/**
 * "My county": for every county, the report's projects in it or nearest to it, and the straight-line distance from
 * its seat to the nearest airport, Yellow River crossing and port. Computed here with turf so the browser ships no
 * geometry code; the panels read `panels/nearby.json` when a county is first chosen.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

type Polygonal = Feature<Polygon | MultiPolygon>;

export interface NearbyTarget {
  layer: string;
  id: string;
  /** Straight-line distance from the county seat, whole km. */
  km: number;
}

export interface NearbyProject extends NearbyTarget {
  /** The feature lies in the county (a point inside it, or a line crossing it). */
  inside: boolean;
}

export interface CountyNearby {
  airport: NearbyTarget | null;
  crossing: NearbyTarget | null;
  port: NearbyTarget | null;
  projects: NearbyProject[];
}

/** Projects listed when none or few lie in the county: the nearest, up to this many in all. */
const MIN_PROJECTS = 3;

/** The kinds of place measured to, with the layer (or companion tile layer) each is read from. */
const TARGETS = {
  airport: 'airports',
  crossing: 'bridges_crossings',
  port: 'ports',
} as const;

export const NEARBY_HOW = {
  en: 'Straight-line distance from the county seat (the seat of government; for a county without one in our data, a point inside its outline), measured on the sphere with turf at build time and rounded to whole km. Only what this map holds is measured to: five airports, the two Yellow River bridges the report names (the crossing is where each meets the river; one is still under study), and the Houma inland port; other bridges and ports are not in the data. To schematic lines a distance is only as good as the line.',
  zh: '自县政府驻地(数据中无驻地的县取其轮廓内一点)起算的直线距离,构建时以 turf 在球面上测得,取整到公里。只计本图所载设施:五座机场、报道所提两座黄河大桥(过河点为桥与黄河的交点,其中一座仍在研究)、侯马陆港;其他桥梁和口岸不在数据中。到示意线路的距离,精度不超过该线路本身。',
};

function distanceKm(from: Position, geometry: Point | LineString): number {
  if (geometry.type === 'Point') return turf.distance(from, geometry.coordinates, { units: 'kilometers' });
  return turf.pointToLineDistance(turf.point(from), turf.lineString(geometry.coordinates), {
    units: 'kilometers',
  });
}

function nearest(from: Position, layer: string, fc: FeatureCollection | undefined): NearbyTarget | null {
  let best: NearbyTarget | null = null;
  for (const f of fc?.features ?? []) {
    if (f.geometry.type !== 'Point' && f.geometry.type !== 'LineString') continue;
    const km = distanceKm(from, f.geometry);
    if (!best || km < best.km) best = { layer, id: String(f.properties?.id), km };
  }
  return best ? { ...best, km: Math.round(best.km) } : null;
}

interface ReportFeature {
  layer: string;
  feature: Feature<Point | LineString>;
}

function reportFeatures(layers: ReadonlyMap<string, FeatureCollection>): ReportFeature[] {
  const out: ReportFeature[] = [];
  for (const [layer, fc] of [...layers].sort(([a], [b]) => a.localeCompare(b))) {
    for (const f of fc.features) {
      if (f.properties?.in_report !== true) continue;
      if (f.geometry.type !== 'Point' && f.geometry.type !== 'LineString') continue;
      out.push({ layer, feature: f as Feature<Point | LineString> });
    }
  }
  return out;
}

function projectsFor(county: Polygonal, seat: Position, features: readonly ReportFeature[]): NearbyProject[] {
  const all = features.map(({ layer, feature }) => ({
    layer,
    id: String(feature.properties?.id),
    km: Math.round(distanceKm(seat, feature.geometry)),
    exactKm: distanceKm(seat, feature.geometry),
    inside: turf.booleanIntersects(feature, county),
  }));
  all.sort(
    (a, b) => Number(b.inside) - Number(a.inside) || a.exactKm - b.exactKm || a.id.localeCompare(b.id),
  );
  const inside = all.filter((p) => p.inside).length;
  return all.slice(0, Math.max(inside, MIN_PROJECTS)).map(({ exactKm: _, ...p }) => p);
}

/** The point distances are measured from: the county's seat, else a point inside its outline. */
function seatOf(county: Polygonal, seats: ReadonlyMap<string, Position>): Position {
  const id = String(county.properties?.id);
  return seats.get(id) ?? turf.pointOnFeature(county).geometry.coordinates;
}

export function buildNearby(
  counties: FeatureCollection,
  seats: FeatureCollection,
  layers: ReadonlyMap<string, FeatureCollection>,
  crossings: FeatureCollection,
): { how: { zh: string; en: string }; counties: Record<string, CountyNearby> } {
  const seatAt = new Map<string, Position>();
  for (const s of seats.features)
    if (s.geometry.type === 'Point') seatAt.set(String(s.properties?.id), s.geometry.coordinates);
  const sources: Record<string, FeatureCollection | undefined> = {
    ...Object.fromEntries(layers),
    bridges_crossings: crossings,
  };
  const features = reportFeatures(layers);
  const out: Record<string, CountyNearby> = {};
  for (const c of counties.features as Polygonal[]) {
    const seat = seatOf(c, seatAt);
    out[String(c.properties?.id)] = {
      airport: nearest(seat, TARGETS.airport, sources[TARGETS.airport]),
      // The crossing symbol carries its bridge's id; the card selects the bridge itself.
      crossing: withLayer(nearest(seat, TARGETS.crossing, sources[TARGETS.crossing]), 'bridges'),
      port: nearest(seat, TARGETS.port, sources[TARGETS.port]),
      projects: projectsFor(c, seat, features),
    };
  }
  return { how: NEARBY_HOW, counties: out };
}

function withLayer(target: NearbyTarget | null, layer: string): NearbyTarget | null {
  return target ? { ...target, layer } : null;
}
