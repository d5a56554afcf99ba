/** Transport and project layers from the report; their ids are part of the public link format. */

import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import airportsUrl from '../../geodata/generated/layers/airports.geojson?url';
import bridgesUrl from '../../geodata/generated/layers/bridges.geojson?url';
import highwaysUrl from '../../geodata/generated/layers/highways.geojson?url';
import portsUrl from '../../geodata/generated/layers/ports.geojson?url';
import railUrl from '../../geodata/generated/layers/rail.geojson?url';
import touristRoadsUrl from '../../geodata/generated/layers/tourist_roads.geojson?url';
import waterUrl from '../../geodata/generated/layers/water.geojson?url';
import type { Lang } from '../i18n/lang.ts';
import type { IconName } from './icons.ts';
import { type LineClass, lineLayers, pointLayers } from './style_helpers.ts';
import { LIGHT, type Theme } from './theme.ts';
import { type LayerDef, type LegendItem, type LegendSwatch, styleId } from './types.ts';

type Drawn =
  | { kind: 'point'; icon: IconName }
  | { kind: 'line'; line: LineClass }
  | { kind: 'mixed'; icon: IconName; line: LineClass }
  /** A crossing: the symbol where the line crosses the river (companion tile layer), the line as its approach. */
  | { kind: 'crossing'; icon: IconName; line: LineClass };

interface TransportSpec {
  id: string;
  label: Record<Lang, string>;
  data: string;
  drawn: Drawn;
  /** The legend's wording when it says more than the layer's name. */
  legendLabel?: Record<Lang, string>;
  /** A legend row of its own for its context features, when they are drawn in a pattern of their own. */
  contextLegend?: LegendItem;
}

function transport(spec: TransportSpec): LayerDef {
  const { id, drawn } = spec;
  return {
    id,
    label: spec.label,
    tileLayer: id,
    panelData: spec.data,
    schema: 'transport',
    toggleable: true,
    defaultVisible: true,
    interactive: true,
    hasStatus: true,
    styleLayers: (lang, theme = LIGHT) => styleLayers(id, drawn, lang, theme),
    legend: legendOf(spec),
  };
}

function styleLayers(id: string, drawn: Drawn, lang: Lang, theme: Theme): LayerSpecification[] {
  if (drawn.kind === 'point') return pointLayers(id, drawn.icon, lang, theme);
  if (drawn.kind === 'line') return lineLayers(id, drawn.line, lang, theme);
  if (drawn.kind === 'crossing')
    return [
      ...lineLayers(id, drawn.line, lang, theme).filter((l) => !l.id.endsWith(':label')),
      ...crossingLayers(id, drawn.icon, lang, theme),
    ];
  return [
    ...lineLayers(id, drawn.line, lang, theme).map((l) => withFilter(l, lineOnly(l))),
    // The points' own label gets a role of its own: the lines already have `<id>:label`.
    ...pointLayers(id, drawn.icon, lang, theme).map((l) =>
      withFilter(l.id.endsWith(':label') ? { ...l, id: styleId(id, 'point:label') } : l, pointOnly()),
    ),
  ];
}

/** One row per layer: its symbol and its line side by side; context features share the legend's context key. */
function legendOf(spec: TransportSpec): LegendItem[] {
  const { drawn } = spec;
  const swatches: LegendSwatch[] = [];
  if (drawn.kind !== 'line') swatches.push({ kind: 'icon', icon: drawn.icon, color: 'label' });
  if (drawn.kind !== 'point')
    swatches.push({ kind: 'line', color: drawn.line.color, width: drawn.line.width, casing: true });
  const own: LegendItem = { swatch: swatches, label: spec.legendLabel ?? spec.label };
  return spec.contextLegend ? [own, spec.contextLegend] : [own];
}

function withFilter(layer: LayerSpecification, filter: FilterSpecification): LayerSpecification {
  return layer.type === 'background' ? layer : ({ ...layer, filter } as LayerSpecification);
}

function lineOnly(layer: LayerSpecification): FilterSpecification {
  const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
  const own = 'filter' in layer ? layer.filter : undefined;
  return own ? (['all', isLine, own as ExpressionSpecification] as FilterSpecification) : isLine;
}

function pointOnly(): FilterSpecification {
  return ['==', ['geometry-type'], 'Point'];
}

export const TRANSPORT_LAYERS: LayerDef[] = [
  transport({
    id: 'water',
    label: { zh: '水利工程', en: 'Water works' },
    data: waterUrl,
    drawn: { kind: 'mixed', icon: 'dam', line: { color: 'water', context: 'water', width: 2.4 } },
  }),
  transport({
    id: 'tourist_roads',
    label: { zh: '旅游公路', en: 'Tourist roads' },
    data: touristRoadsUrl,
    drawn: { kind: 'line', line: { color: 'touristRoad', context: 'touristRoad', width: 2.2 } },
  }),
  transport({
    id: 'highways',
    label: { zh: '高速公路', en: 'Expressways' },
    data: highwaysUrl,
    drawn: { kind: 'line', line: { color: 'highway', context: 'contextHighway', width: 3 } },
  }),
  transport({
    id: 'rail',
    label: { zh: '铁路', en: 'Railways' },
    legendLabel: { zh: '高速铁路', en: 'High-speed rail' },
    data: railUrl,
    drawn: { kind: 'line', line: { color: 'rail', context: 'contextRail', width: 2.6, contextTicks: true } },
    contextLegend: {
      swatch: { kind: 'line', color: 'contextRail', width: 1.7, ticks: true },
      label: {
        zh: '运营中高铁(报道未提及,示意)',
        en: 'High-speed rail in service (not in the report; schematic)',
      },
    },
  }),
  transport({
    id: 'bridges',
    label: { zh: '黄河大桥', en: 'Yellow River bridges' },
    data: bridgesUrl,
    // The approach road is a thin line; the bridge itself is the symbol at its crossing (bridge_crossings).
    drawn: { kind: 'crossing', icon: 'bridge', line: { color: 'bridge', context: 'bridge', width: 1.6 } },
    legendLabel: { zh: '黄河大桥及引线', en: 'Yellow River bridges, approach roads' },
  }),
  transport({
    id: 'ports',
    label: { zh: '陆港口岸', en: 'Inland ports' },
    data: portsUrl,
    drawn: { kind: 'point', icon: 'port' },
  }),
  transport({
    id: 'airports',
    label: { zh: '机场', en: 'Airports' },
    data: airportsUrl,
    drawn: { kind: 'point', icon: 'airport' },
  }),
];

/**
 * The symbol at each crossing and its name, read from the companion tile layer `<id>_crossings`. No selection ring:
 * the selection state is set on the feature itself, whose approach line then turns the selection colour.
 */
function crossingLayers(id: string, icon: IconName, lang: Lang, theme: Theme): LayerSpecification[] {
  return pointLayers(id, icon, lang, theme)
    .filter((l) => l.type === 'symbol')
    .map((l) => ({
      ...(l as SymbolLayerSpecification),
      id: l.id.endsWith(':icon') ? styleId(id, 'crossing') : l.id,
      'source-layer': `${id}_crossings`,
    }));
}
