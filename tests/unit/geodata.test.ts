import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import featuresJson from '../../geodata/input/features.json' with { type: 'json' };
import seatAnchorsJson from '../../geodata/input/seat_anchors.json' with { type: 'json' };
import { CLUSTER_BOUNDS } from '../../src/config.ts';
import {
  countyCollectionSchema,
  metaSchema,
  plainCollectionSchema,
  transportCollectionSchema,
} from '../../src/geo/schema.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { readGeodata, tileLayerFile } from './helpers.ts';

const fileOf = (id: string): string => tileLayerFile(LAYERS.find((l) => l.id === id)?.tileLayer ?? id);

describe('committed geodata', () => {
  it.each(LAYERS.map((l) => [l.id, l.schema] as const))('%s validates against its schema', (id, schema) => {
    const raw = readGeodata(fileOf(id));
    const s =
      schema === 'county'
        ? countyCollectionSchema
        : schema === 'transport'
          ? transportCollectionSchema
          : plainCollectionSchema;
    const result = s.safeParse(raw);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues[0])).toBe(true);
  });

  it('the panels’ county file has every county’s properties and a bounding box around its outline', () => {
    const full = countyCollectionSchema.parse(readGeodata('counties.geojson'));
    const panel = countyCollectionSchema.parse(readGeodata('panels/counties.geojson'));
    expect(panel.features.map((f) => f.properties)).toEqual(full.features.map((f) => f.properties));
    full.features.forEach((f, i) => {
      const [w, s, e, n] = turf.bbox(f);
      const [pw, ps, pe, pn] = turf.bbox(panel.features[i] as Feature);
      for (const [outer, inner] of [
        [pw, w],
        [ps, s],
      ] as const)
        expect(outer).toBeLessThanOrEqual(inner + 5e-5);
      for (const [outer, inner] of [
        [pe, e],
        [pn, n],
      ] as const)
        expect(outer).toBeGreaterThanOrEqual(inner - 5e-5);
    });
  });

  it('meta.json validates', () => {
    expect(metaSchema.safeParse(readGeodata('meta.json')).success).toBe(true);
  });

  it.each(LAYERS.filter((l) => l.interactive).map((l) => l.id))(
    '%s has unique, stable, link-safe ids',
    (id) => {
      const fc = plainCollectionSchema.parse(readGeodata(fileOf(id)));
      const ids = fc.features.map((f) => String(f.properties?.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const fid of ids) expect(fid).toMatch(/^[a-z0-9_]{1,64}$/);
    },
  );

  it('the opening frame covers the dissolved cluster outline', () => {
    const [w, s, e, n] = turf.bbox(readGeodata('cluster.geojson') as GeoJSON.FeatureCollection);
    const [cw, cs, ce, cn] = CLUSTER_BOUNDS;
    for (const [a, b] of [
      [w, cw],
      [s, cs],
      [e, ce],
      [n, cn],
    ] as const)
      expect(Math.abs(a - b)).toBeLessThan(0.02);
  });

  it('the derived Yellow River runs along the Shanxi–Shaanxi and Shanxi–Henan borders', () => {
    const river = plainCollectionSchema.parse(readGeodata('yellow_river.geojson'));
    const reaches = river.features.map((f) => f.properties?.reach).sort();
    expect(reaches).toEqual(['shanxi_henan', 'shanxi_shaanxi']);
    const ns = river.features.find((f) => f.properties?.reach === 'shanxi_shaanxi');
    const [w, s, e, n] = turf.bbox(ns as Feature);
    // The Shanxi–Shaanxi river border runs from Inner Mongolia (about 39.6° N) down to Tongguan (about 34.6° N).
    expect(n).toBeGreaterThan(39);
    expect(s).toBeLessThan(34.7);
    expect(w).toBeGreaterThan(110);
    expect(e).toBeLessThan(111.3);
  });

  it('each province has one label point, inside the province and outside the cluster', () => {
    const provinces = plainCollectionSchema.parse(readGeodata('provinces.geojson'));
    const labels = plainCollectionSchema.parse(readGeodata('province_labels.geojson'));
    const cluster = readGeodata('cluster.geojson') as GeoJSON.FeatureCollection<GeoJSON.LineString>;
    const clusterArea = turf.lineToPolygon(cluster.features[0] as Feature<GeoJSON.LineString>) as Feature<
      Polygon | MultiPolygon
    >;
    expect(labels.features.map((f) => f.properties?.id).sort()).toEqual(
      provinces.features.map((f) => f.properties?.id).sort(),
    );
    for (const label of labels.features) {
      const point = label.geometry as GeoJSON.Point;
      const province = provinces.features.find((p) => p.properties?.id === label.properties?.id);
      expect(
        turf.booleanPointInPolygon(point, province as Feature<Polygon | MultiPolygon>),
        String(label.properties?.id),
      ).toBe(true);
      expect(turf.booleanPointInPolygon(point, clusterArea), String(label.properties?.id)).toBe(false);
      expect(label.properties?.name_zh).toBe(province?.properties?.province_zh);
      expect(label.properties?.name_en).toBe(province?.properties?.province_en);
    }
  });
});

describe('county seats', () => {
  const seats = plainCollectionSchema
    .parse(readGeodata('seats.geojson'))
    .features.filter((f) => f.properties?.rank === 'county');
  const anchors = new Map(seatAnchorsJson.anchors.map((a) => [a.adcode, a.wgs84]));

  it('are the research notes’ seat anchors, with the package point’s offset stated', () => {
    expect(seats.length).toBeGreaterThan(100);
    const fromAnchor = seats.filter((f) => f.properties?.seat_source === 'anchor');
    // Every unit has an anchor (彬州市 and 华亭市 matched by today's name, their codes having changed).
    expect(fromAnchor.length).toBe(seats.length);
    for (const f of fromAnchor) {
      const id = String(f.properties?.id);
      const anchor = anchors.get(id);
      if (anchor && f.geometry.type === 'Point') expect(f.geometry.coordinates).toEqual(anchor);
    }
    const byName = new Map(seats.map((f) => [f.properties?.name_zh, f.properties]));
    expect(byName.get('尧都区')?.package_offset_km).toBeCloseTo(5.1, 1);
    expect(byName.get('长安区')?.package_offset_km).toBeCloseTo(3.2, 1);
    expect(byName.get('霍州市')?.package_offset_km).toBeCloseTo(2.9, 1);
  });
});

describe('the rest of the page', () => {
  it('shows city-level items at seats the map draws, never at a made-up facility spot', () => {
    const seats = plainCollectionSchema.parse(readGeodata('seats.geojson')).features;
    // The panels do not read the points, so the schema does not keep them: read the file itself.
    const raw = readGeodata('meta.json') as {
      page: { place?: { points?: { en: string; at: [number, number] }[] } }[];
      page_points_source: { en: string };
    };
    const points = raw.page.flatMap((i) => i.place?.points ?? []);
    expect(points.length).toBeGreaterThan(3);
    for (const p of points) {
      const nearest = Math.min(
        ...seats.map((f) =>
          f.geometry.type === 'Point'
            ? turf.distance(p.at, f.geometry.coordinates, { units: 'kilometers' })
            : 1e9,
        ),
      );
      expect(nearest, p.en).toBeLessThan(0.05);
    }
    expect(raw.page_points_source.en).toMatch(/not verified/);
  });
});

describe('transport features', () => {
  const provinces = plainCollectionSchema.parse(readGeodata('provinces.geojson'));
  const provincePolygon = (key: string) =>
    provinces.features.find((f) => f.properties?.id === key) as Feature<Polygon | MultiPolygon> | undefined;
  const layers = LAYERS.filter((l) => l.schema === 'transport').map((l) => ({
    id: l.id,
    fc: transportCollectionSchema.parse(readGeodata(fileOf(l.id))),
  }));
  const features = layers.flatMap((l) => l.fc.features.map((f) => ({ layer: l.id, f })));
  const riverLines = plainCollectionSchema
    .parse(readGeodata('yellow_river.geojson'))
    .features.filter((f): f is Feature<LineString> => f.geometry.type === 'LineString');
  const HUKOU = featuresJson.anchors.hukou.coordinates as [number, number];

  it('every feature sits in the layer file it names', () => {
    for (const { layer, f } of features) expect(f.properties.layer).toBe(layer);
  });

  it('every figure has a unit, an as-of month and a citation', () => {
    const figures = features.flatMap(({ f }) => f.properties.figures);
    expect(figures.length).toBeGreaterThan(10);
    for (const fig of figures) {
      expect(fig.unit).toBeTruthy();
      expect(fig.asOf).toMatch(/^\d{4}-\d{2}$/);
      expect(fig.cite.paragraph).toBeGreaterThan(0);
    }
  });

  it('features in the report cite it; context features say they are not in it', () => {
    for (const { f } of features) {
      if (f.properties.in_report) expect(f.properties.cites.length).toBeGreaterThan(0);
      else expect(f.properties.note_en).toMatch(/not in the report/i);
    }
  });

  it('every point lies in the province it claims (within 2 km for points placed on the border river)', () => {
    const points = features.filter(({ f }) => f.geometry.type === 'Point');
    const onRiver = (p: Feature<Point>) =>
      riverLines.some((l) => turf.pointToLineDistance(p, l, { units: 'kilometers' }) < 0.05);
    expect(points.length).toBeGreaterThan(5);
    for (const { f } of points) {
      const claim = f.properties.province;
      expect(claim, `${f.properties.id} claims no province`).toBeDefined();
      const polygon = provincePolygon(claim ?? '');
      expect(polygon).toBeDefined();
      if (!polygon || f.geometry.type !== 'Point') continue;
      const pt = turf.point(f.geometry.coordinates);
      const inside = turf.booleanPointInPolygon(pt, polygon);
      const distance = inside ? 0 : turf.pointToPolygonDistance(pt, polygon, { units: 'kilometers' });
      expect(distance, f.properties.id).toBeLessThan(onRiver(pt) ? 2 : 0.001);
    }
  });

  it('puts the Guxian hub on the river upstream (north) of Hukou Falls, about 10 km along it', () => {
    const hub = features.find(({ f }) => f.properties.id === 'guxian_hub')?.f;
    if (hub?.geometry.type !== 'Point') throw new Error('guxian_hub is not a point');
    const [lon, lat] = hub.geometry.coordinates as [number, number];
    expect(lat).toBeGreaterThan(HUKOU[1]);
    const pt = turf.point([lon, lat]);
    const toRiver = Math.min(
      ...riverLines.map((l) => turf.pointToLineDistance(pt, l, { units: 'kilometers' })),
    );
    expect(toRiver).toBeLessThan(1);
    // Measured along the Shanxi–Shaanxi reach: 10 km between the falls and the hub.
    const reach = riverLines.find((l) => l.properties?.reach === 'shanxi_shaanxi');
    if (!reach) throw new Error('no Shanxi–Shaanxi reach');
    const between = turf.lineSlice(turf.point(HUKOU), pt, reach);
    expect(turf.length(between, { units: 'kilometers' })).toBeCloseTo(10, 0);
    expect(hub.properties.precision).toBe('approximate');
    expect(hub.properties.coord_source_en).toMatch(/upstream of Hukou/);
  });

  it('draws no in-plan share for a line that is itself a border', () => {
    const works = features.find(({ f }) => f.properties.id === 'sanmenxia_tongguan_bank_works')?.f;
    expect(works?.properties.precision).toBe('boundary');
    expect(works?.properties.in_scope_share).toBeUndefined();
    // It starts at the river bend nearest Tongguan, not at the tri-province point ~12 km east of it.
    const first = works?.geometry.type === 'LineString' ? works.geometry.coordinates[0] : undefined;
    expect(first && turf.distance(first, [110.2411, 34.5456], { units: 'kilometers' })).toBeLessThan(10);
  });

  it('every feature the report names says what its status rests on, with a date', () => {
    for (const { f } of features) {
      if (!f.properties.in_report) continue;
      expect(f.properties.status_source, f.properties.id).toBeDefined();
      expect(f.properties.status_source?.cites.length).toBeGreaterThan(0);
    }
  });

  it('computed scope flags agree with the plan: the Guxian site and the Daning bridge lie outside', () => {
    const byId = new Map(features.map(({ f }) => [f.properties.id, f.properties]));
    expect(byId.get('guxian_hub')?.in_scope).toBe('outside');
    expect(byId.get('daning_matouguan_bridge')?.in_scope).toBe('outside');
    expect(byId.get('yuncheng_zhangxiao')?.county_zh).toBe('盐湖区');
    expect(byId.get('linfen_yaodu')?.county_zh).toBe('尧都区');
    expect(byId.get('yellow_river_no1_road')?.in_scope).toBe('partly');
  });

  it('derived distances match turf on the stored geometry', () => {
    const zhangxiao = features.find(({ f }) => f.properties.id === 'yuncheng_zhangxiao')?.f;
    expect(zhangxiao?.geometry.type).toBe('Point');
    if (zhangxiao?.geometry.type !== 'Point') return;
    const km = turf.distance(zhangxiao.geometry.coordinates, [108.9434, 34.2647], { units: 'kilometers' });
    expect(zhangxiao.properties.dist_xian_km).toBeCloseTo(km, 1);
  });
});
