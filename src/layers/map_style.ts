/**
 * Registry → the map's opening style. One vector source holds every layer (one tile layer per registry layer), so
 * the map loads only the few small tiles of the view, all layers of a tile at once. The panels read and validate
 * their own GeoJSON files separately; a layer whose file fails is taken off the map (map_adapter's dropLayer).
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { THEME } from './theme.ts';
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

export interface StyleInput {
  lang: Lang;
  /** Visible toggleable layer ids; layers that cannot be toggled are always drawn. */
  visible: readonly string[];
  tiles: TileSource;
}

export function isLayerVisible(layer: LayerDef, visible: readonly string[]): boolean {
  return !layer.toggleable || visible.includes(layer.id);
}

/** The style layers of one registry layer, reading its tile layer, with the visibility the state asks for. */
export function styleLayersOf(layer: LayerDef, lang: Lang, visible: readonly string[]): LayerSpecification[] {
  const visibility = isLayerVisible(layer, visible) ? 'visible' : 'none';
  return layer.styleLayers(lang).map(
    (spec) =>
      ({
        ...spec,
        source: GEODATA_SOURCE,
        'source-layer': layer.tileLayer,
        layout: { ...spec.layout, visibility },
      }) as LayerSpecification,
  );
}

export function mapStyle(layers: readonly LayerDef[], input: StyleInput): StyleSpecification {
  const { url, minzoom, maxzoom, bounds } = input.tiles;
  return {
    version: 8,
    name: 'guanzhong-offline',
    sources: {
      [GEODATA_SOURCE]: { type: 'vector', tiles: [url], minzoom, maxzoom, bounds, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': THEME.background } },
      ...layers.flatMap((l) => styleLayersOf(l, input.lang, input.visible)),
    ],
  };
}
