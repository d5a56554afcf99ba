/** The application state that the URL, the map and the panels share. */
import type { Lang } from '../i18n/lang.ts';

export interface View {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

export interface FeatureRef {
  layer: string;
  id: string;
}

export const PANELS = ['overview', 'stats', 'progress', 'layers'] as const;
export type PanelId = (typeof PANELS)[number];
export const DEFAULT_PANEL: PanelId = 'overview';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

/** Where a camera value came from: only values from a link or history move the map. */
export type ViewSource = 'default' | 'url' | 'map';

export interface AppState {
  /** null: the default framing of the whole cluster, whatever the window size. */
  view: View | null;
  viewSource: ViewSource;
  /** Visible toggleable layer ids, in registry order. */
  visible: string[];
  selection: FeatureRef | null;
  panel: PanelId;
  lang: Lang;
  basemap: boolean;
  /** Raw key/value pairs of the link this version does not know; written back unchanged. */
  extraParams: [string, string][];
  notices: Notice[];
  /** Bumped to ask the map to fly to the selection (a list choice, not a map click). */
  focusNonce: number;
  sheetExpanded: boolean;
  /** Bumped whenever a geodata file finishes loading, so views that read the index redraw. */
  dataVersion: number;
}

export function sameRef(a: FeatureRef | null, b: FeatureRef | null): boolean {
  return a === b || (a !== null && b !== null && a.layer === b.layer && a.id === b.id);
}

/** The part of the state a link carries. */
export type LinkState = Pick<
  AppState,
  'view' | 'visible' | 'selection' | 'panel' | 'lang' | 'basemap' | 'extraParams'
>;
