/**
 * The ground under the transport: grey context provinces, the plan's counties in one pale tint with a clear
 * outline, prefecture and province lines, rivers (named), and the place names.
 */
import countiesUrl from '../../geodata/generated/panels/counties.geojson?url';
import { HOVER, SELECTED } from './feature_state.ts';
import { labelField, labelPaint, PRIORITY } from './style_helpers.ts';
import { FONT_STACK, LIGHT } from './theme.ts';
import { type LayerDef, styleId } from './types.ts';

/** Layers that are only drawn: no panel file to read, nothing to click. */
const DRAWN_ONLY = { panelData: null, schema: 'plain', interactive: false } as const;

export const PROVINCES: LayerDef = {
  id: 'provinces',
  label: { zh: '周边省份', en: 'Surrounding provinces' },
  tileLayer: 'provinces',
  ...DRAWN_ONLY,
  toggleable: false,
  defaultVisible: true,
  styleLayers: (_lang, theme = LIGHT) => [
    {
      id: styleId('provinces', 'fill'),
      type: 'fill',
      source: 'provinces',
      paint: {
        'fill-color': theme.contextFill,
        'fill-antialias': false,
      },
    },
  ],
  legend: [
    {
      swatch: { kind: 'fill', color: 'contextFill', outline: 'contextLine' },
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
  styleLayers: (_lang, theme = LIGHT) => [
    {
      id: styleId('counties', 'fill'),
      type: 'fill',
      source: 'counties',
      paint: {
        // Ground, not figure: the plan's counties in one pale tint whatever their province.
        'fill-color': [
          'case',
          SELECTED,
          theme.selectedFill,
          HOVER,
          theme.hoverFill,
          ['get', 'in_scope'],
          theme.planFill,
          theme.outOfScopeFill,
        ],
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
        'line-color': theme.countyLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.4, 9, 1],
      },
    },
    {
      // Only the selected county, above every border, so no neighbour's edge runs over its outline. Drawn only
      // while a county is selected (see map_style), from the polygons, so it follows the county's own ring.
      id: styleId('counties', 'selection'),
      type: 'line',
      source: 'counties',
      metadata: { 'gz:selection': true },
      paint: {
        'line-color': theme.selected,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['case', SELECTED, 2.5, HOVER, 1.5, 0],
          9,
          ['case', SELECTED, 3, HOVER, 2, 0],
        ],
      },
    },
  ],
  legend: [
    {
      swatch: { kind: 'fill', color: 'planFill', outline: 'countyLine' },
      label: { zh: '规划范围内的县区', en: 'County in the plan' },
    },
    {
      swatch: { kind: 'fill', color: 'outOfScopeFill', outline: 'countyLine' },
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
  styleLayers: (_lang, theme = LIGHT) => [
    {
      id: styleId('prefectures', 'line'),
      type: 'line',
      source: 'prefectures',
      paint: { 'line-color': theme.prefectureLine, 'line-width': 0.8 },
    },
    {
      // Province borders above the counties: the provinces are told apart by line and name, not by fill.
      id: styleId('prefectures', 'province'),
      type: 'line',
      source: 'prefectures',
      'source-layer': 'provinces',
      paint: {
        'line-color': theme.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 9, 1.8],
        'line-dasharray': [3, 1.5, 1, 1.5],
      },
    },
  ],
  legend: [
    {
      swatch: { kind: 'line', color: 'provinceLine', width: 1.2, pattern: 'dashdot' },
      label: { zh: '省界', en: 'Province border' },
    },
    {
      swatch: { kind: 'line', color: 'prefectureLine', width: 1 },
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
  styleLayers: (_lang, theme = LIGHT) => [
    {
      id: styleId('cluster', 'line'),
      type: 'line',
      source: 'cluster',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.clusterLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.6, 9, 2.4],
      },
    },
  ],
  legend: [
    {
      swatch: { kind: 'line', color: 'clusterLine', width: 2 },
      label: { zh: '城市群范围(2018年规划)', en: 'Cluster boundary (2018 plan)' },
    },
  ],
};

/**
 * Rivers: the border-derived Yellow River and Natural Earth's rivers (geodata/build/rivers.ts), under the transport.
 * The public id stays `yellow_river` (links name it); the layer now draws every river.
 */
export const RIVERS: LayerDef = {
  id: 'yellow_river',
  label: { zh: '河流', en: 'Rivers' },
  tileLayer: 'rivers',
  ...DRAWN_ONLY,
  toggleable: true,
  defaultVisible: true,
  styleLayers: (lang, theme = LIGHT) => [
    {
      id: styleId('yellow_river', 'line'),
      type: 'line',
      source: 'yellow_river',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.river,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['match', ['get', 'rank'], 'main', 2, 0.9],
          9,
          ['match', ['get', 'rank'], 'main', 4, 2],
        ],
      },
    },
    {
      id: styleId('yellow_river', 'label'),
      type: 'symbol',
      source: 'yellow_river',
      metadata: { 'gz:label': true, 'gz:priority': PRIORITY.river },
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': ['match', ['get', 'rank'], 'main', 13, 11.5],
        'symbol-placement': 'line',
        'symbol-spacing': 250,
        'text-max-angle': 60,
        'text-letter-spacing': 0.15,
      },
      paint: { ...labelPaint(theme, theme.riverLabel), 'text-halo-width': 1.4 },
    },
  ],
  legend: [
    {
      swatch: { kind: 'line', color: 'river', width: 3.5 },
      label: {
        zh: '黄河(沿晋陕、晋豫省界推算;外段取自 Natural Earth)',
        en: 'Yellow River (from the provincial borders it forms; beyond them Natural Earth)',
      },
    },
    {
      swatch: { kind: 'line', color: 'river', width: 1.5 },
      label: {
        zh: '其他河流(Natural Earth 1:10m,约±2–3公里)',
        en: 'Other rivers (Natural Earth 1:10m, about ±2–3 km)',
      },
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
  styleLayers: (lang, theme = LIGHT) => [
    {
      // Province names: one point per province, placed at build time (geodata/build/build_boundaries.ts). With the
      // other place names, so the one toggle hides every name on the map but the rivers'.
      id: styleId('labels', 'province'),
      type: 'symbol',
      source: 'labels',
      'source-layer': 'province_labels',
      maxzoom: 7,
      metadata: { 'gz:label': true, 'gz:priority': PRIORITY.province },
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': 13,
        'text-letter-spacing': 0.25,
      },
      paint: labelPaint(theme, theme.mutedLabel),
    },
    {
      id: styleId('labels', 'county'),
      type: 'symbol',
      source: 'labels',
      minzoom: 7.5,
      filter: ['==', ['get', 'rank'], 'county'],
      metadata: { 'gz:label': true, 'gz:priority': PRIORITY.county },
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7.5, 11, 11, 13],
        'text-optional': true,
        // Off the transport symbols: the name tries each side of its seat before giving up.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
      },
      paint: {
        ...labelPaint(theme),
        'text-color': ['case', ['get', 'in_scope'], theme.label, theme.mutedLabel],
      },
    },
    {
      id: styleId('labels', 'prefecture'),
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'rank'], 'prefecture'],
      metadata: { 'gz:label': true, 'gz:priority': PRIORITY.prefecture },
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 9, 16],
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.7,
      },
      paint: { ...labelPaint(theme), 'text-halo-width': 2 },
    },
  ],
  legend: [],
};
