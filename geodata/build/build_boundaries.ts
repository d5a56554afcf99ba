/**
 * Boundary layers: county units of the eleven plan prefectures, prefecture and province outlines, the dissolved
 * cluster outline and the Yellow River derived from shared borders. One mapshaper session simplifies every polygon
 * together, so borders shared between layers stay identical after simplification.
 */
import area from '@turf/area';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';
import polylabel from 'polylabel';
import countyNamesEn from '../input/county_names_en.json' with { type: 'json' };
import { CONTEXT_PROVINCES, HENAN_RIVER_PREFECTURES } from './context_provinces.ts';
import { listPrefectureFiles, readCounties, readPrefectureOutline } from './read_sources.ts';
import { englishUnitName, isInScope, SCOPE } from './scope.ts';
import { seatOf } from './seat_anchors.ts';

/** Simplification tolerance for county units (metres); about a pixel at zoom 10 in this latitude. */
export const COUNTY_INTERVAL_M = 250;
/** Coarser tolerance for the grey context prefectures, which are seen only at low zoom. */
export const CONTEXT_INTERVAL_M = 4000;

const NAMES_EN = countyNamesEn as Record<string, string>;
const RIVER_NAME = { name_zh: '黄河', name_en: 'Yellow River' };

export interface BoundaryOutput {
  counties: FeatureCollection;
  /** Each county border once, with `in_scope` when a county on either side is in the plan. */
  countyEdges: FeatureCollection;
  prefectures: FeatureCollection;
  provinces: FeatureCollection;
  /** One label point per province, inside its largest part. */
  provinceLabels: FeatureCollection;
  cluster: FeatureCollection;
  yellowRiver: FeatureCollection;
  seats: FeatureCollection;
}

function provinceOf(key: string): { zh: string; en: string } {
  const p = CONTEXT_PROVINCES.find((c) => c.key === key);
  if (!p) throw new Error(`unknown province ${key}`);
  return p;
}

function countyFeatures(): { polygons: Feature<Polygon | MultiPolygon>[]; seats: Feature[] } {
  const polygons: Feature<Polygon | MultiPolygon>[] = [];
  const seats: Feature[] = [];
  for (const pref of SCOPE.prefectures) {
    const province = provinceOf(pref.province);
    for (const unit of readCounties(pref.file)) {
      const pinyin = NAMES_EN[unit.name];
      if (!pinyin) throw new Error(`no English name for ${unit.name}`);
      const code = SCOPE.codeOverrides[unit.name] ?? unit.code;
      const rename = SCOPE.renames[unit.name];
      const note = SCOPE.unitNotes[unit.name];
      const inScope = isInScope(pref, unit.name);
      // Today's name everywhere on the map; the 2016–2017 name of the package (and of the 2018 plan) is kept as
      // an alias that search finds.
      const englishThen = englishUnitName(unit.name, pinyin);
      const nameZh = rename?.nowZh ?? unit.name;
      const nameEn = rename?.nowEn ?? englishThen;
      const props: Record<string, string | number | boolean> = {
        id: code,
        kind: 'county',
        name_zh: nameZh,
        name_en: nameEn,
        code,
        prefecture_code: pref.code,
        prefecture_zh: pref.zh,
        prefecture_en: pref.en,
        province: pref.province,
        province_zh: province.zh,
        province_en: province.en,
        in_scope: inScope,
        plan_rule: pref.rule,
        plan_wording_zh: pref.planWordingZh,
        plan_wording_en: pref.planWordingEn,
        // Area of the unsimplified WGS84 polygon, so simplification does not move the plan-area check.
        area_km2: Math.round(area({ type: 'Feature', geometry: unit.geometry, properties: {} }) / 1e6),
        river_side: pref.code === '140800' ? 'yuncheng' : '',
      };
      const alias = SCOPE.reportAliases[unit.name];
      if (alias) {
        props.report_name_zh = alias.reportNameZh;
        props.alias_reason_zh = alias.reasonZh;
        props.alias_reason_en = alias.reasonEn;
        props.alias_cite_section = alias.cite.section;
        props.alias_cite_paragraph = alias.cite.paragraph;
      }
      if (rename) {
        props.former_zh = unit.name;
        props.former_en = englishThen;
        props.renamed_year = rename.year;
        if (rename.nowCode) props.code_now = rename.nowCode;
      }
      if (note) {
        props.note_en = note.en;
        props.note_zh = note.zh;
      }
      polygons.push({ type: 'Feature', properties: props, geometry: unit.geometry });
      const seat = seatOf(code, [unit.name, nameZh], unit.cp);
      if (seat) {
        const seatProps: Record<string, string | number | boolean> = {
          id: code,
          name_zh: nameZh,
          name_en: nameEn,
          in_scope: inScope,
          rank: 'county',
          seat_source: seat.source,
        };
        if (seat.packageOffsetKm !== undefined) seatProps.package_offset_km = seat.packageOffsetKm;
        if (rename) seatProps.former_zh = unit.name;
        seats.push({
          type: 'Feature',
          properties: seatProps,
          geometry: { type: 'Point', coordinates: seat.coordinates.map(round5) },
        });
      }
    }
    seats.push({
      type: 'Feature',
      properties: {
        id: pref.code,
        name_zh: pref.zh,
        name_en: pref.en,
        in_scope: true,
        rank: 'prefecture',
      },
      geometry: { type: 'Point', coordinates: pref.seatWgs84 },
    });
  }
  return { polygons, seats };
}

function contextFeatures(): Feature<Polygon | MultiPolygon>[] {
  const inScopeFiles = new Set(SCOPE.prefectures.map((p) => p.file));
  const out: Feature<Polygon | MultiPolygon>[] = [];
  for (const province of CONTEXT_PROVINCES) {
    for (const file of listPrefectureFiles(province.prefix)) {
      if (inScopeFiles.has(file)) continue;
      out.push({
        type: 'Feature',
        properties: {
          kind: 'context',
          province: province.key,
          province_zh: province.zh,
          province_en: province.en,
          river_side: HENAN_RIVER_PREFECTURES.includes(file) ? 'henan' : '',
        },
        geometry: readPrefectureOutline(file),
      });
    }
  }
  return out;
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

const COMMANDS = [
  '-i all.json name=all',
  `-simplify variable interval="kind == 'county' ? ${COUNTY_INTERVAL_M} : ${CONTEXT_INTERVAL_M}" keep-shapes`,
  `-filter "kind == 'county'" + name=counties`,
  // Every county border once (the polygons hold each shared border twice), for the map's county lines. A border
  // counts as in scope when a county on either side is.
  `-lines target=counties + name=county_edges each="in_scope = A.in_scope === true || (B != null && B.in_scope === true)"`,
  '-filter-fields in_scope target=county_edges',
  '-lines prefecture_code target=counties + name=prefectures',
  `-filter "TYPE !== 'inner'" target=prefectures`,
  '-dissolve province copy-fields=province_zh,province_en target=all + name=provinces',
  '-filter "in_scope === true" target=counties + name=scope_units',
  '-dissolve target=scope_units + name=cluster_area',
  // What the map shows grey of each province: its part outside the cluster, where its label goes.
  '-erase cluster_area target=provinces + name=province_rest',
  '-lines target=cluster_area + name=cluster',
  `-filter "province == 'shanxi' || province == 'shaanxi'" target=provinces + name=sx_sn`,
  '-innerlines target=sx_sn + name=river_sx_sn',
  `-filter "river_side !== ''" target=all + name=yc_hn`,
  '-dissolve river_side target=yc_hn',
  '-innerlines target=yc_hn + name=river_sx_hn',
  '-o format=geojson geojson-type=FeatureCollection precision=0.0001 target=counties,county_edges,prefectures,cluster,river_sx_sn,river_sx_hn',
  // Context outlines are drawn at low zoom only; ~100 m coordinates are below a pixel there.
  '-o format=geojson geojson-type=FeatureCollection precision=0.001 target=provinces,province_rest',
].join(' ');

/**
 * The label point of a province: the pole of inaccessibility (the inside point farthest from the outline) of its
 * largest part, found on a plane scaled by cos(latitude) so east–west and north–south distances compare. MapLibre
 * would otherwise search every tile-clipped piece of every province polygon for a label spot on every tile load.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts.reduce((best, part) =>
    area({ type: 'Polygon', coordinates: part }) > area({ type: 'Polygon', coordinates: best }) ? part : best,
  );
  const lats = (largest[0] ?? []).map((p) => p[1] ?? 0);
  const k = Math.cos(((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180));
  const scaled = largest.map((ring) => ring.map(([x = 0, y = 0]) => [x * k, y] as [number, number]));
  const [x, y] = polylabel(scaled, 0.01);
  return [round5(x / k), round5(y)];
}

/** Each province's label, in its part outside the cluster (the counties there carry their own names). */
function provinceLabels(provinces: FeatureCollection, rest: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: provinces.features.map((f) => {
      const p = f.properties ?? {};
      const outside =
        rest.features.find((r) => r.properties?.province === p.province)?.geometry ?? f.geometry;
      return {
        type: 'Feature',
        properties: { id: p.id, name_zh: p.province_zh, name_en: p.province_en, in_plan: p.in_plan },
        geometry: { type: 'Point', coordinates: labelPoint(outside as Polygon | MultiPolygon) },
      };
    }),
  };
}

function lineFeatures(fc: FeatureCollection, props: Record<string, string>): Feature[] {
  return fc.features.map((f) => ({ ...f, properties: { ...props } }));
}

/** Runs the whole boundary pipeline and returns every layer as WGS84 GeoJSON. */
export async function buildBoundaries(): Promise<BoundaryOutput> {
  const { polygons, seats } = countyFeatures();
  const all: FeatureCollection = { type: 'FeatureCollection', features: [...polygons, ...contextFeatures()] };
  const out = (await mapshaper.applyCommands(COMMANDS, { 'all.json': all })) as Record<string, string>;
  const layer = (name: string): FeatureCollection => {
    const text = out[`${name}.json`];
    if (!text) throw new Error(`mapshaper produced no ${name}`);
    return JSON.parse(text) as FeatureCollection;
  };
  const counties = layer('counties');
  for (const f of counties.features) {
    if (f.properties) {
      delete f.properties.kind;
      delete f.properties.river_side;
    }
  }
  const cluster = layer('cluster');
  for (const f of cluster.features)
    f.properties = { id: 'cluster', name_zh: '关中平原城市群', name_en: 'Guanzhong Plain' };
  const prefectures = layer('prefectures');
  for (const f of prefectures.features) {
    const p = f.properties ?? {};
    f.properties = { id: String(p.prefecture_code), ...p };
  }
  const provinces = layer('provinces');
  for (const f of provinces.features) {
    const p = f.properties ?? {};
    f.properties = {
      id: String(p.province),
      ...p,
      in_plan: ['shanxi', 'shaanxi', 'gansu'].includes(String(p.province)),
    };
  }
  const river: Feature[] = [
    ...lineFeatures(layer('river_sx_sn'), {
      id: 'yellow_river_sx_sn',
      reach: 'shanxi_shaanxi',
      ...RIVER_NAME,
    }),
    ...lineFeatures(layer('river_sx_hn'), { id: 'yellow_river_sx_hn', reach: 'shanxi_henan', ...RIVER_NAME }),
  ];
  return {
    counties,
    countyEdges: layer('county_edges'),
    prefectures,
    provinces,
    provinceLabels: provinceLabels(provinces, layer('province_rest')),
    cluster,
    yellowRiver: { type: 'FeatureCollection', features: river },
    seats: { type: 'FeatureCollection', features: seats },
  };
}
