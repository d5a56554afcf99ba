/** What the registry knows about each layer: everything the map, legend, toggles, list, panels and URL need. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';

export type Schema = 'county' | 'transport' | 'plain';

export type LegendSwatch =
  | { kind: 'fill'; color: string; outline: string; dashed?: boolean }
  | { kind: 'line'; color: string; dashed?: boolean | 'long'; width?: number; band?: boolean }
  | { kind: 'circle'; color: string; hollow?: boolean };

export interface LegendItem {
  swatch: LegendSwatch;
  label: Record<Lang, string>;
}

export interface LayerDef {
  /** Public id: part of the link format, so never renamed. */
  id: string;
  label: Record<Lang, string>;
  /** Name of its layer in the vector tiles: the base name of its GeoJSON file under geodata/. */
  tileLayer: string;
  /** URL of the GeoJSON file the panels read and validate (a hashed asset); null when it has no panels. */
  panelData: string | null;
  schema: Schema;
  /** Shown as a checkbox and written to links; others are always on. */
  toggleable: boolean;
  defaultVisible: boolean;
  /** Clicking selects its features, and they appear in the feature list. */
  interactive: boolean;
  /** Style layers drawing it; ids are `${id}:${role}`. map_style points them at the tile layer. */
  styleLayers: (lang: Lang) => LayerSpecification[];
  legend: LegendItem[];
}

/** Style-layer id of a layer's role, e.g. `bridges:casing`. */
export function styleId(layerId: string, role: string): string {
  return `${layerId}:${role}`;
}

/** The registry layer a style-layer id belongs to. */
export function layerOfStyleId(styleLayerId: string): string {
  return styleLayerId.split(':')[0] ?? styleLayerId;
}
