import { pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { routeRef } from '../../geodata/build/route_refs.ts';
import { readGeodata } from './helpers.ts';

const rivers = readGeodata('rivers.geojson') as FeatureCollection<LineString>;
const derived = (readGeodata('yellow_river.geojson') as FeatureCollection<LineString>).features;

describe('rivers', () => {
  it('include the Wei, Jing, Fen, Qin, Dan and Han, named in both languages', () => {
    const names = new Set(rivers.features.map((f) => `${f.properties?.name_zh}|${f.properties?.name_en}`));
    for (const n of [
      '渭河|Wei River',
      '泾河|Jing River',
      '汾河|Fen River',
      '沁河|Qin River',
      '丹江|Dan River',
      '汉江|Han River',
    ])
      expect(names, n).toContain(n);
  });

  it('have unique ids and say how precise they are', () => {
    const ids = rivers.features.map((f) => f.properties?.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of rivers.features) expect(['boundary', 'ne10m']).toContain(f.properties?.precision);
  });

  it('draw one Yellow River: the border-derived reaches, and Natural Earth only beyond them', () => {
    const yellow = rivers.features.filter((f) => f.properties?.name_zh === '黄河');
    const fromBorders = yellow.filter((f) => f.properties?.precision === 'boundary');
    expect(fromBorders.map((f) => f.geometry.coordinates)).toEqual(
      derived.map((f) => f.geometry.coordinates),
    );
    const beyond = yellow.filter((f) => f.properties?.precision === 'ne10m');
    expect(beyond.length).toBeGreaterThan(0);
    for (const f of beyond) {
      // Every Natural Earth vertex but the joining ones lies clear of the derived river (its offset there is < 3.4 km).
      const inner = f.geometry.coordinates.slice(1, -1);
      for (const c of inner) {
        const km = Math.min(
          ...derived.map((d) => pointToLineDistance(c, d as Feature<LineString>, { units: 'kilometers' })),
        );
        expect(km).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('put each bridge symbol on the river', () => {
    const crossings = readGeodata('bridges_crossings.geojson') as FeatureCollection<Point>;
    expect(crossings.features.length).toBeGreaterThan(0);
    for (const c of crossings.features) {
      const km = Math.min(
        ...derived.map((d) =>
          pointToLineDistance(c.geometry.coordinates, d as Feature<LineString>, { units: 'kilometers' }),
        ),
      );
      expect(km, String(c.properties?.id)).toBeLessThan(0.5);
    }
  });
});

describe('route numbers', () => {
  it('are read from the names the sources give, never guessed', () => {
    expect(routeRef('连霍高速(G30)关中段')).toBe('G30');
    expect(routeRef('京昆高速(G5)晋陕段')).toBe('G5');
    expect(routeRef('国道520线大宁至马头关黄河大桥')).toBe('G520');
    expect(routeRef('运城至潼关高速公路(风陵渡出口)')).toBeNull();
  });
});
