/**
 * Shared style recipes for transport layers, so every layer shows status and precision the same way:
 * operating solid, under construction with a casing, planned or studied dashed; schematic geometry sits on a
 * soft corridor band so it does not read as a surveyed alignment.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { FONT_STACK, THEME } from './theme.ts';
import { type LegendItem, styleId } from './types.ts';

const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const PLANNED_STATUSES = ['planned', 'preliminary', 'under_study'];

export function labelField(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_zh']];
}

function label(id: string, lang: Lang, placement: 'point' | 'line', minzoom: number): LayerSpecification {
  return {
    id: styleId(id, 'label'),
    type: 'symbol',
    source: id,
    minzoom,
    metadata: { 'gz:label': true },
    layout: {
      'text-field': labelField(lang),
      'text-font': FONT_STACK,
      'text-size': 12,
      'symbol-placement': placement,
      'text-offset': placement === 'point' ? [0, 1.1] : [0, 0],
      'text-anchor': placement === 'point' ? 'top' : 'center',
      'text-max-width': 9,
      'text-optional': true,
    },
    paint: { 'text-color': THEME.label, 'text-halo-color': THEME.halo, 'text-halo-width': 1.5 },
  };
}

export function pointLayers(id: string, color: string, lang: Lang): LayerSpecification[] {
  const planned: ExpressionSpecification = ['in', ['get', 'status'], ['literal', PLANNED_STATUSES]];
  return [
    {
      id: styleId(id, 'circle'),
      type: 'circle',
      source: id,
      paint: {
        'circle-radius': ['case', SELECTED, 10, ['==', ['get', 'in_report'], false], 5, 7],
        'circle-color': ['case', planned, '#ffffff', ['==', ['get', 'in_report'], false], '#ffffff', color],
        'circle-stroke-color': ['case', SELECTED, THEME.selected, color],
        'circle-stroke-width': ['case', SELECTED, 3, planned, 2.5, 2],
      },
    },
    label(id, lang, 'point', 5),
  ];
}

export function lineLayers(id: string, color: string, lang: Lang): LayerSpecification[] {
  const schematic: ExpressionSpecification = [
    'all',
    ['==', ['get', 'precision'], 'schematic'],
    ['get', 'in_report'],
  ];
  // Context corridors (not in the report) are drawn quieter, so the report's own projects stand out.
  const lineColor: ExpressionSpecification = [
    'case',
    SELECTED,
    THEME.selected,
    ['get', 'in_report'],
    color,
    '#9a948a',
  ];
  // Zoom- and data-driven, like the county borders' width: the two then share one line program.
  const widthAt = (scale: number): ExpressionSpecification => [
    'case',
    SELECTED,
    5 * scale,
    ['==', ['get', 'in_report'], false],
    1.5 * scale,
    3 * scale,
  ];
  const width: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['zoom'],
    6,
    widthAt(1),
    10,
    widthAt(1.4),
  ];
  // One line layer for every status: the dash pattern is data-driven, which keeps the layer count (and the
  // per-frame cost) low. Operating is solid, under construction long dashes, planned or studied short dashes.
  const dash: ExpressionSpecification = [
    'match',
    ['get', 'status'],
    'operating',
    ['literal', [1, 0]],
    'under_construction',
    ['literal', [3, 1]],
    ['literal', [1.5, 1.5]],
  ];
  return [
    {
      id: styleId(id, 'band'),
      type: 'line',
      source: id,
      filter: schematic,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-opacity': 0.15, 'line-width': 12 },
    },
    {
      id: styleId(id, 'casing'),
      type: 'line',
      source: id,
      filter: ['==', ['get', 'status'], 'under_construction'],
      paint: { 'line-color': '#ffffff', 'line-width': 7 },
    },
    {
      id: styleId(id, 'line'),
      type: 'line',
      source: id,
      paint: { 'line-color': lineColor, 'line-width': width, 'line-dasharray': dash },
    },
    label(id, lang, 'line', 7),
  ];
}

/** The legend rows shared by every line layer: its colour in each status, and the schematic band. */
export function lineLegend(color: string): LegendItem[] {
  return [
    { swatch: { kind: 'line', color }, label: { zh: '运营中', en: 'operating' } },
    {
      swatch: { kind: 'line', color, dashed: 'long' },
      label: { zh: '在建(长虚线,白边)', en: 'under construction (long dashes, white casing)' },
    },
    {
      swatch: { kind: 'line', color, dashed: true },
      label: { zh: '规划/前期/研究中', en: 'planned, preliminary or under study' },
    },
    {
      swatch: { kind: 'line', color, band: true },
      label: { zh: '浅色宽带 = 示意走向', en: 'soft band = schematic course' },
    },
  ];
}

export function pointLegend(color: string): LegendItem[] {
  return [
    { swatch: { kind: 'circle', color }, label: { zh: '报道提及', en: 'named in the report' } },
    {
      swatch: { kind: 'circle', color, hollow: true },
      label: { zh: '空心 = 规划中或仅作背景', en: 'hollow = planned, or context only' },
    },
  ];
}
