/**
 * Shared style recipes for transport layers, so every layer shows status and precision the same way: width by
 * class, status by pattern (operating solid, under construction long dashes, planned short dashes, studied dots),
 * a light casing under every line so it reads over borders, context (not in the report) thinner and in a pale tint
 * of its class's hue; schematic geometry of the report's own projects sits on a soft corridor band.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { HOVER, SELECTED } from './feature_state.ts';
import { type IconName, iconImageId } from './icons.ts';
import { FONT_STACK, LIGHT, type Theme } from './theme.ts';
import { type ColorToken, type LinePattern, styleId } from './types.ts';

const CONTEXT: ExpressionSpecification = ['==', ['get', 'in_report'], false];
const PLANNED_STATUSES = ['planned', 'preliminary', 'under_study'];

/**
 * Symbol priority (metadata `gz:priority`): map_style stacks every symbol layer above the lines in this order, and
 * MapLibre places the topmost first, so transport labels win collisions over place names.
 */
export const PRIORITY = {
  county: 10,
  river: 20,
  province: 30,
  prefecture: 40,
  line: 50,
  point: 60,
  icon: 70,
} as const;

/** Dash arrays in line widths, one per status; the legend draws the same patterns. */
export const DASH: Record<LinePattern, [number, number]> = {
  solid: [1, 0],
  long: [3, 1.3],
  short: [1.3, 1.2],
  dotted: [0.45, 1.1],
};

export const STATUS_PATTERN: Record<string, LinePattern> = {
  operating: 'solid',
  under_construction: 'long',
  planned: 'short',
  preliminary: 'short',
  under_study: 'dotted',
};

export function labelField(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_zh']];
}

/** Text colour and halo of every label; a unit test checks their contrast in both themes. */
export function labelPaint(theme: Theme, color: string = theme.label) {
  return { 'text-color': color, 'text-halo-color': theme.halo, 'text-halo-width': 1.6 };
}

/** Route number where the sources give one (G30, G520), else the name: short enough to fit along a line. */
function lineLabelField(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', 'ref'], labelField(lang)];
}

function lineLabel(id: string, lang: Lang, theme: Theme, minzoom: number): LayerSpecification {
  return {
    id: styleId(id, 'label'),
    type: 'symbol',
    source: id,
    minzoom,
    metadata: { 'gz:label': true, 'gz:priority': PRIORITY.line },
    layout: {
      'text-field': lineLabelField(lang),
      'text-font': FONT_STACK,
      'text-size': 12,
      'symbol-placement': 'line',
      'symbol-spacing': 250,
      'text-max-angle': 50,
      'text-padding': 2,
      // The report's own lines are placed first; context lines (G30, the high-speed lines) yield to them.
      'symbol-sort-key': ['case', CONTEXT, 2, 1],
    },
    paint: { ...labelPaint(theme), 'text-color': ['case', CONTEXT, theme.mutedLabel, theme.label] },
  };
}

/** How one class of transport is drawn. */
export interface LineClass {
  color: ColorToken;
  /** Colour of its context features (not in the report). */
  context: ColorToken;
  /** Width in px at the opening view (about z6.5); context features get 60 % of it. */
  width: number;
  /** Context features carry cross-ticks: the railway convention (as OpenRailwayMap draws it). */
  contextTicks?: boolean;
}

/**
 * Cross-ticks as a wide line of short dashes, in line widths: about 1.5 px ticks every 15 px at the opening view,
 * where the tick line is about 4.7 px wide (MapLibre scales a per-feature dash pattern by the current width).
 */
export const TICK_DASH: [number, number] = [0.3, 3];

/** The ticks over a context line: only its context features, in their colour, ticks 6 px across at the opening view. */
function tickLayer(id: string, cls: LineClass, theme: Theme): LayerSpecification {
  return {
    id: styleId(id, 'ticks'),
    type: 'line',
    source: id,
    filter: CONTEXT,
    paint: {
      'line-color': ['case', SELECTED, theme.selected, theme[cls.context]],
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, 4.5, 7, 6, 10, 8],
      'line-dasharray': ['literal', TICK_DASH],
    },
  };
}

const dashOf = (status: string): ExpressionSpecification => [
  'literal',
  DASH[STATUS_PATTERN[status] ?? 'solid'],
];

/** Data-driven dashes by status. */
export function statusDash(): ExpressionSpecification {
  return [
    'match',
    ['get', 'status'],
    'operating',
    dashOf('operating'),
    'under_construction',
    dashOf('under_construction'),
    'under_study',
    dashOf('under_study'),
    dashOf('planned'),
  ];
}

/** Width by zoom, thinner for context features and wider when selected (and, for a casing, when hovered). */
function widthExpr(base: number, extra = 0, hoverExtra = 0): ExpressionSpecification {
  const at = (scale: number): ExpressionSpecification => [
    'case',
    SELECTED,
    (base + 2) * scale + extra,
    HOVER,
    base * scale + extra + hoverExtra,
    CONTEXT,
    base * 0.65 * scale + extra,
    base * scale + extra,
  ];
  return ['interpolate', ['linear'], ['zoom'], 5, at(0.85), 7, at(1.1), 10, at(1.7)];
}

export function lineLayers(
  id: string,
  cls: LineClass,
  lang: Lang,
  theme: Theme = LIGHT,
): LayerSpecification[] {
  const color = theme[cls.color];
  const schematic: ExpressionSpecification = [
    'all',
    ['==', ['get', 'precision'], 'schematic'],
    ['get', 'in_report'],
  ];
  const lineColor: ExpressionSpecification = [
    'case',
    SELECTED,
    theme.selected,
    CONTEXT,
    theme[cls.context],
    color,
  ];
  return [
    {
      // The report's schematic lines run on a soft band: a corridor, not a surveyed alignment.
      id: styleId(id, 'band'),
      type: 'line',
      source: id,
      filter: schematic,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-opacity': 0.16,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 7, 10, 16],
      },
    },
    {
      id: styleId(id, 'casing'),
      type: 'line',
      source: id,
      layout: { 'line-join': 'round' },
      // Under the pointer the casing widens into a halo in the selection's fill: what a click would select.
      paint: {
        'line-color': ['case', HOVER, theme.hoverHalo, theme.casing],
        'line-width': widthExpr(cls.width, 2, 5),
        'line-opacity': 0.9,
      },
    },
    {
      id: styleId(id, 'line'),
      type: 'line',
      source: id,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': lineColor, 'line-width': widthExpr(cls.width), 'line-dasharray': statusDash() },
    },
    ...(cls.contextTicks ? [tickLayer(id, cls, theme)] : []),
    lineLabel(id, lang, theme, 6),
  ];
}

/**
 * Point features as icons with their name beside them. The icons sit above every label and are always drawn, and
 * they are placed first, so no name (theirs or a place's) covers them; the name tries four sides of its icon and is
 * dropped when none is free.
 */
export function pointLayers(
  id: string,
  icon: IconName,
  lang: Lang,
  theme: Theme = LIGHT,
): LayerSpecification[] {
  const planned: ExpressionSpecification = ['in', ['get', 'status'], ['literal', PLANNED_STATUSES]];
  const image = (variant: 'solid' | 'hollow' | 'context') => iconImageId(icon, variant, theme.name);
  return [
    {
      // A ring under the selected (or hovered) feature's symbol; drawn only while a feature of this layer is.
      id: styleId(id, 'selection'),
      type: 'circle',
      source: id,
      metadata: { 'gz:selection': true },
      paint: {
        'circle-radius': 15,
        'circle-color': ['case', SELECTED, theme.selectedFill, theme.hoverHalo],
        'circle-opacity': ['case', SELECTED, 0.9, HOVER, 0.6, 0],
        'circle-stroke-color': theme.selected,
        'circle-stroke-width': ['case', SELECTED, 2.5, 1.5],
        'circle-stroke-opacity': ['case', SELECTED, 1, HOVER, 0.7, 0],
      },
    },
    {
      id: styleId(id, 'icon'),
      type: 'symbol',
      source: id,
      metadata: { 'gz:priority': PRIORITY.icon },
      layout: {
        'icon-image': ['case', CONTEXT, image('context'), planned, image('hollow'), image('solid')],
        // Smaller at the low zooms of a phone's opening view, where the cluster's symbols sit close together.
        'icon-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['case', CONTEXT, 0.55, 0.7],
          7,
          ['case', CONTEXT, 0.8, 1],
        ],
        'icon-allow-overlap': true,
        'icon-padding': 1,
        'symbol-sort-key': ['case', CONTEXT, 2, 1],
      },
    },
    {
      id: styleId(id, 'label'),
      type: 'symbol',
      source: id,
      metadata: { 'gz:label': true, 'gz:priority': PRIORITY.point },
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': ['case', CONTEXT, 11, 12],
        'text-max-width': 8,
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 1.05,
        'text-justify': 'auto',
        'text-padding': 1,
        'symbol-sort-key': ['case', CONTEXT, 2, 1],
      },
      paint: {
        ...labelPaint(theme),
        'text-color': ['case', SELECTED, theme.selected, CONTEXT, theme.mutedLabel, theme.label],
      },
    },
  ];
}
