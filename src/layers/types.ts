/** What the registry knows about each layer: everything the map, legend, toggles, list, panels and URL need. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { IconName } from './icons.ts';
import type { Theme } from './theme.ts';

export type Schema = 'county' | 'transport' | 'plain';

/** A colour token of the theme, so a swatch follows the theme the map is drawn in. */
export type ColorToken = Exclude<keyof Theme, 'name'>;

/** Line patterns, shared by the map's dash arrays and the legend's swatches. */
export type LinePattern = 'solid' | 'long' | 'short' | 'dotted';

export type LegendSwatch =
  | { kind: 'fill'; color: ColorToken; outline: ColorToken }
  | {
      kind: 'line';
      color: ColorToken;
      pattern?: LinePattern | 'dashdot';
      width?: number;
      band?: boolean;
      casing?: boolean;
      /** Cross-ticks over the line, as the map draws context railways. */
      ticks?: boolean;
    }
  | { kind: 'icon'; icon: IconName; color: ColorToken };

export interface LegendItem {
  /** One swatch, or several side by side (a bridge's symbol and its approach road). */
  swatch: LegendSwatch | readonly LegendSwatch[];
  label: Record<Lang, string>;
}

export interface LayerDef {
  /** Public id: part of the link format, so never renamed. */
  id: string;
  label: Record<Lang, string>;
  /** Name of its layer in the vector tiles: the base name of its GeoJSON file under geodata/generated/. */
  tileLayer: string;
  /** URL of the GeoJSON file the panels read and validate (a hashed asset); null when it has no panels. */
  panelData: string | null;
  schema: Schema;
  /** Shown as a checkbox and written to links; others are always on. */
  toggleable: boolean;
  defaultVisible: boolean;
  /** Clicking selects its features, and they appear in the feature list. */
  interactive: boolean;
  /** Style layers drawing it; ids are `${id}:${role}`. map_style points them at the tile layer. The theme defaults
   * to the light one; the ids, roles and layout never depend on it, only paint colours do. */
  styleLayers: (lang: Lang, theme?: Theme) => LayerSpecification[];
  /** Its entries in the on-map legend and the Layers tab; transport lines share the status key (legend.ts). */
  legend: LegendItem[];
  /** Drawn with the shared status key (operating, under construction, planned, studied) in the legend. */
  hasStatus?: boolean;
}

/** Style-layer id of a layer's role, e.g. `bridges:casing`. */
export function styleId(layerId: string, role: string): string {
  return `${layerId}:${role}`;
}

/** The registry layer a style-layer id belongs to. */
export function layerOfStyleId(styleLayerId: string): string {
  return styleLayerId.split(':')[0] ?? styleLayerId;
}
