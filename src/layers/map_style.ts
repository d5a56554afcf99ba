/**
 * Registry → the map's opening style. One vector source holds every layer (one tile layer per registry layer), so
 * the map loads only the few small tiles of the view, all layers of a tile at once. The panels read and validate
 * their own GeoJSON files separately; a layer whose file fails is taken off the map (map_adapter's dropLayer).
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { inSharedForm } from './program_shape.ts';
import { LIGHT, type Theme } from './theme.ts';
import type { LayerDef } from './types.ts';

/** The one map source; each registry layer is a `source-layer` of it. */
export const GEODATA_SOURCE = 'geodata';

export interface TileSource {
  /** Absolute URL template, `…/{z}/{x}/{y}.pbf`. */
  url: string;
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
}

/** What decides which style layers are drawn. */
export interface VisibilityInput {
  /** Visible toggleable layer ids; layers that cannot be toggled are always drawn. */
  visible: readonly string[];
  /** The registry layer of the selected feature, if any. */
  selectedLayer: string | null;
  /** The registry layer of the feature under the pointer, if any: its highlight uses the selection layers too. */
  hoveredLayer?: string | null;
  /** Registry layers with features the tour marks (drawn like a selection). */
  markedLayers?: readonly string[];
}

export interface StyleInput extends VisibilityInput {
  lang: Lang;
  tiles: TileSource;
  /** Defaults to the light theme. */
  theme?: Theme;
}

export function isLayerVisible(layer: LayerDef, visible: readonly string[]): boolean {
  return !layer.toggleable || visible.includes(layer.id);
}

/** A style layer that only outlines the selected feature (metadata `gz:selection`). */
export function isSelectionOnly(spec: LayerSpecification): boolean {
  return (spec.metadata as Record<string, unknown> | undefined)?.['gz:selection'] === true;
}

/**
 * Whether one style layer of a registry layer is drawn. A selection-only layer is hidden while nothing of its layer
 * is selected: a hidden layer costs the tile worker and every frame nothing, and most visits open with no selection.
 */
export function isStyleLayerVisible(
  layer: LayerDef,
  spec: LayerSpecification,
  input: VisibilityInput,
): boolean {
  if (!isLayerVisible(layer, input.visible)) return false;
  return (
    !isSelectionOnly(spec) ||
    input.selectedLayer === layer.id ||
    input.hoveredLayer === layer.id ||
    (input.markedLayers?.includes(layer.id) ?? false)
  );
}

/**
 * The companion tile layer a style layer reads instead of its registry layer's own (county borders, province label
 * points), if any. Its features name no feature of the registry layer, so they are never clicked.
 */
export function companionTileLayer(spec: LayerSpecification): string | undefined {
  return ('source-layer' in spec && spec['source-layer']) || undefined;
}

/** A registry layer's style layers as drawn: paint in the forms that let layers of a kind share one GL program. */
export function drawnStyleLayers(layer: LayerDef, lang: Lang, theme: Theme = LIGHT): LayerSpecification[] {
  return layer.styleLayers(lang, theme).map(inSharedForm);
}

/** The style layers of one registry layer, reading its tile layer, with the visibility the state asks for. */
export function styleLayersOf(
  layer: LayerDef,
  lang: Lang,
  input: VisibilityInput,
  theme: Theme = LIGHT,
): LayerSpecification[] {
  return drawnStyleLayers(layer, lang, theme).map(
    (spec) =>
      ({
        ...spec,
        source: GEODATA_SOURCE,
        'source-layer': companionTileLayer(spec) ?? layer.tileLayer,
        layout: { ...spec.layout, visibility: isStyleLayerVisible(layer, spec, input) ? 'visible' : 'none' },
      }) as LayerSpecification,
  );
}

/** A symbol layer's place in the label stack (metadata `gz:priority`); other layers have none. */
export function symbolPriority(spec: LayerSpecification): number | null {
  if (spec.type !== 'symbol') return null;
  const p = (spec.metadata as Record<string, unknown> | undefined)?.['gz:priority'];
  return typeof p === 'number' ? p : 0;
}

/**
 * Registry order for everything drawn, then every symbol layer above all of them by priority: labels are never
 * crossed by a line, and MapLibre places the topmost symbols first, so transport symbols and labels win collisions
 * over place names, and place names over river names.
 */
export function stackLayers(specs: LayerSpecification[]): LayerSpecification[] {
  const drawn = specs.filter((s) => symbolPriority(s) === null);
  const symbols = specs
    .map((s, i) => ({ s, i, p: symbolPriority(s) ?? 0 }))
    .filter(({ s }) => symbolPriority(s) !== null)
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map(({ s }) => s);
  return [...drawn, ...symbols];
}

export function mapStyle(layers: readonly LayerDef[], input: StyleInput): StyleSpecification {
  const { url, minzoom, maxzoom, bounds } = input.tiles;
  return {
    version: 8,
    name: 'guanzhong-offline',
    sources: {
      [GEODATA_SOURCE]: { type: 'vector', tiles: [url], minzoom, maxzoom, bounds, promoteId: 'id' },
    },
    // No background layer: the map container's CSS background shows through the transparent canvas. A background
    // layer would only add a full-screen pass to every frame and a shader to compile before the first one.
    layers: stackLayers(layers.flatMap((l) => styleLayersOf(l, input.lang, input, input.theme))),
  };
}
