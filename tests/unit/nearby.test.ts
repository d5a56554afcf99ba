import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { nearbySchema } from '../../src/geo/nearby_schema.ts';
import { readGeodata } from './helpers.ts';

const nearby = nearbySchema.parse(readGeodata('panels/nearby.json'));
const counties = readGeodata('counties.geojson') as FeatureCollection<Polygon | MultiPolygon>;
const seats = readGeodata('seats.geojson') as FeatureCollection<Point>;
const layer = (id: string) => readGeodata(`layers/${id}.geojson`) as FeatureCollection<Point | LineString>;
const seatOf = (id: string) => seats.features.find((s) => s.properties?.id === id)?.geometry.coordinates;
const km = (a: number[], f: Feature<Point | LineString>): number =>
  f.geometry.type === 'Point'
    ? turf.distance(a, f.geometry.coordinates)
    : turf.pointToLineDistance(turf.point(a), f as Feature<LineString>);

describe('My county (panels/nearby.json)', () => {
  it('has an entry for every county, naming only features the layers hold', () => {
    expect(Object.keys(nearby.counties).sort()).toEqual(
      counties.features.map((f) => String(f.properties?.id)).sort(),
    );
    for (const n of Object.values(nearby.counties)) {
      for (const ref of [n.airport, n.crossing, n.port, ...n.projects]) {
        if (!ref) continue;
        expect(
          layer(ref.layer).features.some((f) => f.properties?.id === ref.id),
          `${ref.layer}/${ref.id}`,
        ).toBe(true);
      }
    }
  });

  it('names, for every county with a seat, an airport no farther from the seat than any other', () => {
    const airports = layer('airports').features;
    let checked = 0;
    for (const [id, n] of Object.entries(nearby.counties)) {
      const seat = seatOf(id);
      if (!seat || !n.airport) continue;
      const best = Math.min(...airports.map((a) => km(seat, a)));
      const named = airports.find((a) => a.properties?.id === n.airport?.id);
      expect(named && km(seat, named)).toBeCloseTo(best, 6);
      expect(Math.abs(n.airport.km - best)).toBeLessThanOrEqual(0.5);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('lists projects inside the county first, then the nearest, at least three, by distance', () => {
    for (const n of Object.values(nearby.counties)) {
      expect(n.projects.length).toBeGreaterThanOrEqual(3);
      const inside = n.projects.filter((p) => p.inside);
      expect(n.projects.slice(0, inside.length)).toEqual(inside);
      const outside = n.projects.slice(inside.length).map((p) => p.km);
      expect(outside).toEqual([...outside].sort((a, b) => a - b));
    }
  });

  it('puts the Houma port in Houma and the Yuncheng airport in Yanhu, the district it lies in', () => {
    expect(nearby.counties['141081']?.projects).toContainEqual(
      expect.objectContaining({ id: 'fanglue_bonded_port', inside: true }),
    );
    const yanhu = nearby.counties['140802'];
    expect(yanhu?.airport?.id).toBe('yuncheng_zhangxiao');
    expect(yanhu?.projects).toContainEqual(
      expect.objectContaining({ id: 'yuncheng_zhangxiao', inside: true }),
    );
  });

  it('measures to the crossing where the bridge meets the river, not to the bridge road', () => {
    const crossings = readGeodata('bridges_crossings.geojson') as FeatureCollection<Point>;
    for (const [id, n] of Object.entries(nearby.counties)) {
      const seat = seatOf(id);
      if (!seat || !n.crossing) continue;
      const best = Math.min(...crossings.features.map((c) => turf.distance(seat, c.geometry.coordinates)));
      expect(Math.abs(n.crossing.km - best)).toBeLessThanOrEqual(0.5);
      expect(n.crossing.layer).toBe('bridges');
    }
  });
});
