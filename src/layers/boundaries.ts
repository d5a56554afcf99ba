/** The boundary layers: grey context provinces, plan counties, prefecture lines, the cluster outline, the river, seats. */
import type { ExpressionSpecification } from 'maplibre-gl';
import countiesUrl from '../../geodata/panels/counties.geojson?url';
import { labelField } from './style_helpers.ts';
import { FONT_STACK, THEME } from './theme.ts';
import { type LayerDef, styleId } from './types.ts';

const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Layers that are only drawn: no panel file to read, nothing to click. */
const DRAWN_ONLY = { panelData: null, schema: 'plain', interactive: false } as const;
const SOLID_DASH: ExpressionSpecification = ['case', ['has', 'id'], ['literal', [1, 0]], ['literal', [1, 0]]];

export const PROVINCES: LayerDef = {
  id: 'provinces',
  label: { zh: '周边省份', en: 'Surrounding provinces' },
  tileLayer: 'provinces',
  ...DRAWN_ONLY,
  toggleable: false,
  defaultVisible: true,
  styleLayers: () => [
    {
      id: styleId('provinces', 'fill'),
      type: 'fill',
      source: 'provinces',
      paint: {
        'fill-color': ['case', ['get', 'in_plan'], THEME.contextPlanFill, THEME.contextFill],
        // Data-driven like the county fill's opacity, so both fills share one shader program (each distinct mix
        // of constant and data-driven properties is another program to compile before the first frame).
        'fill-opacity': ['case', ['get', 'in_plan'], 0.95, 0.85],
        'fill-antialias': false,
      },
    },
    {
      id: styleId('provinces', 'line'),
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': THEME.contextLine, 'line-width': 1.2 },
    },
  ],
  legend: [
    {
      swatch: { kind: 'fill', color: THEME.contextFill, outline: THEME.contextLine },
      label: { zh: '周边省份(背景)', en: 'Surrounding provinces (context)' },
    },
  ],
};

export const COUNTIES: LayerDef = {
  id: 'counties',
  label: { zh: '县区(规划范围)', en: 'Counties (plan scope)' },
  tileLayer: 'counties',
  panelData: countiesUrl,
  schema: 'county',
  toggleable: true,
  defaultVisible: true,
  interactive: true,
  styleLayers: () => [
    {
      id: styleId('counties', 'fill'),
      type: 'fill',
      source: 'counties',
      paint: {
        'fill-color': [
          'case',
          ['!', ['get', 'in_scope']],
          THEME.outOfScopeFill,
          [
            'match',
            ['get', 'province'],
            'shanxi',
            THEME.province.shanxi,
            'shaanxi',
            THEME.province.shaanxi,
            THEME.province.gansu,
          ],
        ],
        'fill-opacity': ['case', SELECTED, 0.75, ['get', 'in_scope'], 0.42, 0.65],
        // The county line layer draws every edge; fill antialiasing would only add a shader and a pass.
        'fill-antialias': false,
      },
    },
    {
      id: styleId('counties', 'line'),
      type: 'line',
      source: 'counties',
      // The borders, each once: the polygons would draw every shared border twice, doubling the tile worker's and
      // every frame's line work. The selected county is outlined by the selection layer.
      'source-layer': 'county_edges',
      paint: {
        'line-color': ['case', ['get', 'in_scope'], THEME.countyLine, THEME.outOfScopeLine],
        // Zoom- and data-driven, and always solid but with data-driven dashes, like the transport lines: each
        // distinct mix of constant and data-driven properties is another shader to compile before the first frame.
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['case', ['get', 'in_scope'], 0.4, 0.4],
          9,
          ['case', ['get', 'in_scope'], 1.2, 1.2],
        ],
        'line-dasharray': SOLID_DASH,
      },
    },
    {
      // Only the selected county, above every border, so no neighbour's white edge runs over its outline. Same
      // paint variant as the borders: no extra shader. Drawn only while a county is selected (see map_style), from
      // the polygons, so it follows the county's own ring.
      id: styleId('counties', 'selection'),
      type: 'line',
      source: 'counties',
      metadata: { 'gz:selection': true },
      paint: {
        'line-color': ['case', SELECTED, THEME.selected, THEME.selected],
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['case', SELECTED, 3, 0],
          9,
          ['case', SELECTED, 3, 0],
        ],
        'line-dasharray': SOLID_DASH,
      },
    },
  ],
  legend: [
    {
      swatch: { kind: 'fill', color: THEME.province.shanxi, outline: '#ffffff' },
      label: { zh: '规划范围内的县区:山西', en: 'County in the plan: Shanxi' },
    },
    {
      swatch: { kind: 'fill', color: THEME.province.shaanxi, outline: '#ffffff' },
      label: { zh: '规划范围内的县区:陕西', en: 'County in the plan: Shaanxi' },
    },
    {
      swatch: { kind: 'fill', color: THEME.province.gansu, outline: '#ffffff' },
      label: { zh: '规划范围内的县区:甘肃', en: 'County in the plan: Gansu' },
    },
    {
      swatch: { kind: 'fill', color: THEME.outOfScopeFill, outline: THEME.outOfScopeLine },
      label: {
        zh: '所属地级市部分纳入、本县区不在规划内',
        en: 'Not in the plan, though its prefecture partly is',
      },
    },
  ],
};

export const PREFECTURES: LayerDef = {
  id: 'prefectures',
  label: { zh: '地级市界', en: 'Prefecture borders' },
  tileLayer: 'prefectures',
  ...DRAWN_ONLY,
  toggleable: false,
  defaultVisible: true,
  styleLayers: () => [
    {
      id: styleId('prefectures', 'line'),
      type: 'line',
      source: 'prefectures',
      paint: { 'line-color': THEME.prefectureLine, 'line-width': 1.1, 'line-opacity': 0.8 },
    },
  ],
  legend: [
    {
      swatch: { kind: 'line', color: THEME.prefectureLine, width: 1 },
      label: { zh: '地级市界', en: 'Prefecture border' },
    },
  ],
};

export const CLUSTER: LayerDef = {
  id: 'cluster',
  label: { zh: '城市群范围', en: 'Cluster boundary' },
  tileLayer: 'cluster',
  ...DRAWN_ONLY,
  toggleable: false,
  defaultVisible: true,
  styleLayers: () => [
    {
      id: styleId('cluster', 'line'),
      type: 'line',
      source: 'cluster',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': THEME.clusterLine, 'line-width': 2.5 },
    },
  ],
  legend: [
    {
      swatch: { kind: 'line', color: THEME.clusterLine, width: 3 },
      label: { zh: '城市群范围(2018年规划)', en: 'Cluster boundary (2018 plan)' },
    },
  ],
};

export const YELLOW_RIVER: LayerDef = {
  id: 'yellow_river',
  label: { zh: '黄河', en: 'Yellow River' },
  tileLayer: 'yellow_river',
  ...DRAWN_ONLY,
  toggleable: true,
  defaultVisible: true,
  styleLayers: (lang) => [
    {
      id: styleId('yellow_river', 'line'),
      type: 'line',
      source: 'yellow_river',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': THEME.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2, 10, 5],
        'line-opacity': 0.85,
      },
    },
    {
      id: styleId('yellow_river', 'label'),
      type: 'symbol',
      source: 'yellow_river',
      metadata: { 'gz:label': true },
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': 13,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-letter-spacing': 0.2,
      },
      paint: { 'text-color': THEME.river, 'text-halo-color': THEME.halo, 'text-halo-width': 1.5 },
    },
  ],
  legend: [
    {
      swatch: { kind: 'line', color: THEME.river, width: 4 },
      label: { zh: '黄河(由晋陕、晋豫省界推算)', en: 'Yellow River (derived from the provincial borders)' },
    },
  ],
};

export const SEATS: LayerDef = {
  id: 'labels',
  label: { zh: '地名', en: 'Place names' },
  tileLayer: 'seats',
  ...DRAWN_ONLY,
  toggleable: true,
  defaultVisible: true,
  styleLayers: (lang) => [
    {
      // Province names: one point per province, placed at build time (geodata/build/build_boundaries.ts). With the
      // other place names, so the one toggle hides every name on the map but the river's.
      id: styleId('labels', 'province'),
      type: 'symbol',
      source: 'labels',
      'source-layer': 'province_labels',
      maxzoom: 7,
      metadata: { 'gz:label': true },
      layout: { 'text-field': labelField(lang), 'text-font': FONT_STACK, 'text-size': 13 },
      paint: { 'text-color': '#8a8478', 'text-halo-color': THEME.halo, 'text-halo-width': 1 },
    },
    {
      id: styleId('labels', 'county'),
      type: 'symbol',
      source: 'labels',
      minzoom: 7.5,
      filter: ['==', ['get', 'rank'], 'county'],
      metadata: { 'gz:label': true },
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': 11,
        'text-optional': true,
      },
      paint: {
        'text-color': ['case', ['get', 'in_scope'], THEME.label, '#77736a'],
        'text-halo-color': THEME.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: styleId('labels', 'prefecture'),
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'rank'], 'prefecture'],
      metadata: { 'gz:label': true },
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 9, 16],
        'text-allow-overlap': false,
      },
      paint: { 'text-color': '#1d1c19', 'text-halo-color': THEME.halo, 'text-halo-width': 2 },
    },
  ],
  legend: [],
};
