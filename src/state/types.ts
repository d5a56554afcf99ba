/** The application state that the URL, the map and the panels share. */
import type { Lang } from '../i18n/lang.ts';
import type { ThemeName } from '../layers/theme.ts';

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

export const PANELS = ['overview', 'stats', 'progress', 'layers', 'tour', 'figures'] as const;
export type PanelId = (typeof PANELS)[number];
export const DEFAULT_PANEL: PanelId = 'overview';

/**
 * The tour's steps are numbered from 1 in links (`panel=tour&step=N`). A link may name any step up to the most the
 * tour can have; the tour's data, loaded on demand, holds between these many (src/tour/schema.ts).
 */
export const MIN_TOUR_STEPS = 6;
export const MAX_TOUR_STEPS = 10;

/** What the tour left when it started, so leaving it brings the reader back (not part of a link). */
export interface TourReturn {
  panel: PanelId;
  visible: string[];
}

/** Notices whose text is one interface string, chosen by key. */
export type PlainNoticeKey =
  | 'basemapFailed'
  | 'tilesFailed'
  | 'tilesEmpty'
  | 'tilesSlow'
  | 'contextLost'
  | 'offlineReady'
  | 'updateWaiting';

/**
 * What a notice says, as data: the words are chosen when it is shown, so a notice follows a language switch.
 * Link problems are the codec's plain English phrases (never raw link text).
 */
export type NoticeMessage =
  | { key: PlainNoticeKey }
  | { key: 'linkRepaired'; problems: string[] }
  | { key: 'dataFailed'; file: string; error: string }
  | { key: 'dataSlow'; file: string };

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  message: NoticeMessage;
}

/** Where a camera value came from: only values from a link or history move the map. */
export type ViewSource = 'default' | 'url' | 'map' | 'home';

export const SHEET_SNAPS = ['peek', 'half', 'full'] as const;
export type SheetSnap = (typeof SHEET_SNAPS)[number];

/** A position in the map's own pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface PointedFeatures extends ScreenPoint {
  refs: FeatureRef[];
}

/** How the figures ledger is sorted: report order, or by one of its columns. */
export const LEDGER_SORTS = ['report', 'label', 'value', 'asOf', 'kind', 'feature'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];

/** The ledger's sort and filter: interface state, not carried in links. */
export interface LedgerView {
  sort: LedgerSort;
  descending: boolean;
  /** Text typed into the filter; matched against label, value, feature and section. */
  query: string;
  kind: 'all' | 'stated' | 'derived';
  /** A report section id, or '' for every section. */
  section: string;
  /** Only the figures of the selected feature (no effect while nothing is selected). */
  selectedOnly: boolean;
}

export const DEFAULT_LEDGER_VIEW: LedgerView = {
  sort: 'report',
  descending: false,
  query: '',
  kind: 'all',
  section: '',
  selectedOnly: false,
};

export type MapProblem = 'noWebgl' | 'mapEngineFailed';

/** Room that overlays take from the map's edges, in CSS pixels. */
export interface MapInsets {
  /** The phone's bottom sheet. */
  bottom: number;
  /**
   * The legend in a left corner of the map (bottom-left; top-left on a phone, folded): how far it reaches from the
   * map's left edge and from that corner's top or bottom edge.
   */
  legend: { width: number; height: number; at: 'top' | 'bottom' };
}

export interface AppState {
  /** null: the default framing of the whole cluster, whatever the window size. */
  view: View | null;
  viewSource: ViewSource;
  /** Visible toggleable layer ids, in registry order. */
  visible: string[];
  selection: FeatureRef | null;
  panel: PanelId;
  lang: Lang;
  /** Light or dark map and panels; follows the reader's system setting unless chosen or linked. */
  theme: ThemeName;
  basemap: boolean;
  /** Project statuses shown on the map and in the feature list; empty: all. */
  statusFilter: string[];
  /** Raw key/value pairs of the link this version does not know; written back unchanged. */
  extraParams: [string, string][];
  notices: Notice[];
  /** Bumped to ask the map to fly to the selection (a list choice, not a map click). */
  focusNonce: number;
  /** How far the phone's bottom sheet is pulled up: just its handle, half the screen, or all of it. */
  sheet: SheetSnap;
  mapInsets: MapInsets;
  /** Bumped whenever a geodata file finishes loading, so views that read the index redraw. */
  dataVersion: number;
  /** Layers whose panel file failed to load or validate (taken off the map). */
  failedLayers: string[];
  /** Why the map cannot be drawn, if it cannot; the panels work regardless. */
  mapProblem: MapProblem | null;
  /** The map has drawn the tiles of its first view. */
  mapReady: boolean;
  /** Features offered to choose from after a click on several at once, at that point of the map. */
  choice: PointedFeatures | null;
  /** The search box: what was typed, and which result the arrow keys point at (-1: none). */
  search: { query: string; active: number };
  /**
   * Bumped with an area to frame that is not a feature (a prefecture chosen in search, a tour step); `jump` moves
   * without flying (a tour step opened from a link).
   */
  frameRequest: { bounds: [number, number, number, number]; nonce: number; jump: boolean } | null;
  /** What a click at the pointer would select (pointer devices only), for the hover tip. */
  hover: (ScreenPoint & { ref: FeatureRef }) | null;
  /** The Layers tab's feature-list filter, as typed. */
  listFilter: string;
  /** Prefecture groups of the county list the reader has opened (codes), kept across redraws. */
  openGroups: string[];
  /** The tour's step shown while `panel` is 'tour' (from 1); 1 otherwise. */
  tourStep: number;
  /** Features the tour's step marks on the map, besides the selection. */
  highlight: FeatureRef[];
  tourReturn: TourReturn | null;
  /** Sort and filter of the figures ledger. */
  ledger: LedgerView;
}

export function sameRef(a: FeatureRef | null, b: FeatureRef | null): boolean {
  return a === b || (a !== null && b !== null && a.layer === b.layer && a.id === b.id);
}

/** The part of the state a link carries. */
export type LinkState = Pick<
  AppState,
  | 'view'
  | 'visible'
  | 'selection'
  | 'panel'
  | 'lang'
  | 'theme'
  | 'basemap'
  | 'statusFilter'
  | 'extraParams'
  | 'tourStep'
>;
