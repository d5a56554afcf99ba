/**
 * The public link format (version 1), pure and total: decoding never throws, whatever the string.
 *
 *   #map=ZOOM/LAT/LNG[/BEARING/PITCH]&layers=ID,ID|none&sel=LAYER/ID&panel=NAME&step=N&lang=zh|en&theme=dark&base=osm&status=S,S
 *
 * `step` (the tour's step, from 1) was added compatibly and goes only with `panel=tour`: an older page drops the
 * panel it does not know with one notice and keeps `step` as an unknown key.
 * Only values that differ from the defaults are written. Keys this version does not know are kept and written
 * back, so a newer link survives an older page. A future format writes `v=2`; a link without `v` is version 1.
 */
import { isLang, type Lang } from '../i18n/lang.ts';
import { isThemeName, type ThemeName } from '../layers/theme.ts';
import { isReservedName, isSafeId } from '../state/safe_names.ts';
import {
  type AppState,
  type FeatureRef,
  type LinkState,
  MAX_TOUR_STEPS,
  PANELS,
  type PanelId,
  type View,
} from '../state/types.ts';

export const LINK_VERSION = 1;
/** A link without `theme` was written in the light theme or lets the reader's own setting decide. */
const DEFAULT_THEME: ThemeName = 'light';
/** Above this the hash is cut before parsing: a real link is far shorter, and parsing stays cheap. */
export const MAX_HASH_CHARS = 4096;
/** Budget for links the app writes (some chat apps and servers cut longer ones). */
export const MAX_LINK_CHARS = 2000;
/** How many unknown keys a link may carry through, so even the largest link stays within the budget. */
const MAX_EXTRA_PARAMS = 4;
const KEY_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
/** Values of unknown keys are kept only when plain: a later version of this map writes nothing fancier. */
const EXTRA_VALUE_PATTERN = /^[\w\-.,~:/ ]{0,100}$/;

export interface CodecContext {
  toggleable: readonly string[];
  interactive: readonly string[];
  defaultVisible: readonly string[];
  defaultPanel: PanelId;
  defaultLang: Lang;
  minZoom: number;
  maxZoom: number;
  maxPitch: number;
  /** Project statuses a link may filter by, in display order. */
  statuses: readonly string[];
}

export type { LinkState } from '../state/types.ts';

/** What a link set explicitly; absent keys are left to the defaults or the current state. */
export interface DecodedLink {
  view?: View;
  visible?: string[];
  selection?: FeatureRef;
  panel?: PanelId;
  lang?: Lang;
  theme?: ThemeName;
  basemap?: boolean;
  statusFilter?: string[];
  /** The tour's step (from 1); only with panel 'tour'. */
  tourStep?: number;
  extraParams: [string, string][];
  /** Short, plain-text descriptions of what was dropped; never contain the raw input. */
  problems: string[];
}

const KNOWN = ['map', 'layers', 'sel', 'panel', 'step', 'lang', 'theme', 'base', 'status', 'v'] as const;
type KnownKey = (typeof KNOWN)[number];

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function parseNumber(text: string | undefined): number | null {
  if (text === undefined || !/^-?\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Normalises a bearing to (-180, 180]. */
export function wrapBearing(b: number): number {
  // In-range values pass through untouched: the modulo below would add floating-point noise.
  if (b > -180 && b <= 180) return b === 0 ? 0 : b;
  const wrapped = ((((b + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped === 0 ? 0 : wrapped;
}

function decodeView(value: string, ctx: CodecContext, problems: string[]): View | undefined {
  const parts = value.split('/');
  const [zoom, lat, lng, bearing, pitch] = parts.map(parseNumber);
  if (parts.length < 3 || parts.length > 5 || zoom == null || lat == null || lng == null) {
    problems.push('map position is not a valid zoom/latitude/longitude');
    return undefined;
  }
  if (zoom < 0 || zoom > 24 || lat < -85.0511 || lat > 85.0511 || lng < -180 || lng > 180) {
    problems.push('map position is out of range');
    return undefined;
  }
  if ((parts.length >= 4 && bearing == null) || (parts.length === 5 && pitch == null)) {
    problems.push('map bearing or pitch is not a number');
  }
  let p = pitch ?? 0;
  if (p < 0 || p > ctx.maxPitch) {
    problems.push('map pitch is out of range');
    p = 0;
  }
  return {
    zoom: Math.min(ctx.maxZoom, Math.max(ctx.minZoom, zoom)),
    lat,
    lng,
    bearing: wrapBearing(bearing ?? 0),
    pitch: p,
  };
}

function decodeLayers(value: string, ctx: CodecContext, problems: string[]): string[] | undefined {
  if (value === 'none') return [];
  const ids = value.split(',').filter((s) => s !== '');
  if (ids.length === 0) {
    problems.push('layer list is empty');
    return undefined;
  }
  const known = ids.filter((id) => ctx.toggleable.includes(id));
  if (known.length < ids.length) problems.push('unknown layers were ignored');
  if (known.length === 0) return undefined;
  return ctx.toggleable.filter((id) => known.includes(id));
}

function decodeSelection(value: string, ctx: CodecContext, problems: string[]): FeatureRef | undefined {
  const slash = value.indexOf('/');
  const layer = value.slice(0, slash);
  const id = value.slice(slash + 1);
  if (slash < 1 || !ctx.interactive.includes(layer) || !isSafeId(id)) {
    problems.push('the selected feature is not valid');
    return undefined;
  }
  return { layer, id };
}

/** Decodes a location hash (with or without the leading #). Total: returns problems instead of throwing. */
export function decodeHash(hash: string, ctx: CodecContext): DecodedLink {
  const out = decodeParts(hash, ctx);
  // A feature of a hidden layer cannot be selected: its symbol is not drawn, so its panel would point at nothing.
  const visible = out.visible ?? ctx.defaultVisible;
  if (
    out.selection &&
    ctx.toggleable.includes(out.selection.layer) &&
    !visible.includes(out.selection.layer)
  ) {
    out.problems.push("the selected feature's layer is hidden");
    delete out.selection;
  }
  if (out.tourStep !== undefined && out.panel !== 'tour') {
    out.problems.push('step without the tour');
    delete out.tourStep;
  }
  return out;
}

function decodeParts(hash: string, ctx: CodecContext): DecodedLink {
  const out: DecodedLink = { extraParams: [], problems: [] };
  let text = typeof hash === 'string' ? hash : '';
  if (text.startsWith('#')) text = text.slice(1);
  if (text.length > MAX_HASH_CHARS) {
    out.problems.push('the link is too long; only its beginning was read');
    text = text.slice(0, MAX_HASH_CHARS);
  }
  if (text === '') return out;
  const seen = new Set<string>();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const key = safeDecode(rawKey);
    const value = eq === -1 ? '' : safeDecode(pair.slice(eq + 1));
    if (key === null || value === null) {
      out.problems.push('a part of the link is not valid percent-encoding');
      continue;
    }
    if (isReservedName(key) || !KEY_PATTERN.test(key)) {
      out.problems.push('a part of the link has an invalid name');
      continue;
    }
    if (seen.has(key)) {
      out.problems.push(
        `“${(KNOWN as readonly string[]).includes(key) ? key : 'a key'}” appears more than once; the first was used`,
      );
      continue;
    }
    seen.add(key);
    if (!(KNOWN as readonly string[]).includes(key)) {
      if (out.extraParams.length < MAX_EXTRA_PARAMS && EXTRA_VALUE_PATTERN.test(value))
        out.extraParams.push([key, value]);
      else out.problems.push('an unknown part of the link was dropped');
      continue;
    }
    if (value === '') {
      out.problems.push(`“${key}” has no value`);
      continue;
    }
    applyKnown(key as KnownKey, value, ctx, out);
  }
  return out;
}

function applyKnown(key: KnownKey, value: string, ctx: CodecContext, out: DecodedLink): void {
  switch (key) {
    case 'map': {
      const view = decodeView(value, ctx, out.problems);
      if (view) out.view = view;
      return;
    }
    case 'layers': {
      const visible = decodeLayers(value, ctx, out.problems);
      if (visible) out.visible = visible;
      return;
    }
    case 'sel': {
      const selection = decodeSelection(value, ctx, out.problems);
      if (selection) out.selection = selection;
      return;
    }
    case 'panel':
      if ((PANELS as readonly string[]).includes(value)) out.panel = value as PanelId;
      else out.problems.push('unknown panel');
      return;
    case 'step':
      if (/^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_TOUR_STEPS)
        out.tourStep = Number(value);
      else out.problems.push('no such tour step');
      return;
    case 'lang':
      if (isLang(value)) out.lang = value;
      else out.problems.push('unknown language');
      return;
    case 'theme':
      if (isThemeName(value)) out.theme = value;
      else out.problems.push('unknown theme');
      return;
    case 'base':
      if (value === 'osm') out.basemap = true;
      else out.problems.push('unknown basemap');
      return;
    case 'status': {
      const statuses = value.split(',').filter((x) => x !== '');
      const known = ctx.statuses.filter((x) => statuses.includes(x));
      if (known.length < statuses.length) out.problems.push('unknown statuses were ignored');
      if (known.length > 0) out.statusFilter = known;
      return;
    }
    case 'v':
      if (value !== String(LINK_VERSION)) out.problems.push('the link is from another version of this map');
      return;
  }
}

/**
 * The whole state a decoded link stands for: keys it does not set take their defaults. The language may fall back
 * to the reader's own choice instead (a first visit), since a link without `lang` was written in the default.
 */
export function linkStateOf(
  d: DecodedLink,
  ctx: CodecContext,
  fallbackLang: Lang = ctx.defaultLang,
  fallbackTheme: ThemeName = DEFAULT_THEME,
): LinkState {
  return {
    view: d.view ?? null,
    visible: d.visible ?? [...ctx.defaultVisible],
    selection: d.selection ?? null,
    panel: d.panel ?? ctx.defaultPanel,
    lang: d.lang ?? fallbackLang,
    theme: d.theme ?? fallbackTheme,
    basemap: d.basemap ?? false,
    statusFilter: d.statusFilter ?? [],
    extraParams: d.extraParams,
    // A link that opens the tour without a step opens its first.
    tourStep: d.panel === 'tour' ? (d.tourStep ?? 1) : 1,
  };
}

/** The part of the app's state a link carries. */
export function linkStateOfApp(s: AppState): LinkState {
  return {
    view: s.view,
    visible: s.visible,
    selection: s.selection,
    panel: s.panel,
    lang: s.lang,
    theme: s.theme,
    basemap: s.basemap,
    statusFilter: s.statusFilter,
    extraParams: s.extraParams,
    tourStep: s.tourStep,
  };
}

/** Decimal places that keep a coordinate within about half a pixel at this zoom (as MapLibre's own hash does). */
export function coordPrecision(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

function fixed(n: number, digits: number): string {
  // Strip trailing zeros so equal values always encode to the same text.
  const s = n.toFixed(digits);
  const trimmed = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  return trimmed === '-0' ? '0' : trimmed;
}

export function encodeView(view: View): string {
  const digits = coordPrecision(view.zoom);
  const parts = [fixed(view.zoom, 2), fixed(view.lat, digits), fixed(view.lng, digits)];
  const bearing = wrapBearing(view.bearing);
  if (Math.abs(bearing) >= 0.05 || view.pitch >= 0.5) parts.push(fixed(bearing, 1), fixed(view.pitch, 0));
  return parts.join('/');
}

/** Rounds a view to exactly what its encoding keeps, so encode(decode(x)) is stable. */
export function roundView(view: View): View {
  const digits = coordPrecision(view.zoom);
  const r = (n: number, d: number): number => Number(fixed(n, d));
  const bearing = r(wrapBearing(view.bearing), 1);
  const pitch = r(view.pitch, 0);
  const keepAngles = Math.abs(bearing) >= 0.05 || pitch >= 0.5;
  return {
    zoom: r(view.zoom, 2),
    lat: r(view.lat, digits),
    lng: r(view.lng, digits),
    bearing: keepAngles ? bearing : 0,
    pitch: keepAngles ? pitch : 0,
  };
}

function encodeComponent(value: string): string {
  // Keep the separators of our own grammar readable; everything else is percent-encoded.
  return encodeURIComponent(value).replace(/%2F/g, '/').replace(/%2C/g, ',');
}

/**
 * Encodes the state, writing only what differs from the defaults. Returns the hash without '#'. A link made to be
 * sent (`forSharing`) always names its language: a link without one opens in the reader's own language, so a view
 * shared in Chinese would otherwise open in English for a reader whose browser is set to English.
 */
export function encodeHash(state: LinkState, ctx: CodecContext, forSharing = false): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${encodeView(state.view)}`);
  const visible = ctx.toggleable.filter((id) => state.visible.includes(id));
  const defaults = ctx.toggleable.filter((id) => ctx.defaultVisible.includes(id));
  if (visible.join(',') !== defaults.join(','))
    parts.push(`layers=${visible.length ? visible.join(',') : 'none'}`);
  if (state.selection) parts.push(`sel=${encodeComponent(`${state.selection.layer}/${state.selection.id}`)}`);
  if (state.panel !== ctx.defaultPanel) parts.push(`panel=${state.panel}`);
  // Every step of the tour is a link of its own, the first included.
  if (state.panel === 'tour') parts.push(`step=${state.tourStep}`);
  if (forSharing || state.lang !== ctx.defaultLang) parts.push(`lang=${state.lang}`);
  if (state.theme !== DEFAULT_THEME) parts.push(`theme=${state.theme}`);
  if (state.basemap) parts.push('base=osm');
  const statuses = ctx.statuses.filter((x) => state.statusFilter.includes(x));
  // Every status chosen is the same as none: no filter.
  if (statuses.length > 0 && statuses.length < ctx.statuses.length)
    parts.push(`status=${statuses.join(',')}`);
  for (const [k, v] of state.extraParams) parts.push(`${encodeComponent(k)}=${encodeComponent(v)}`);
  return parts.join('&');
}
