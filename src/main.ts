/** Composition root: reads the link, builds the store, panels and map, then loads the geodata. No logic of its own. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles/main.css';
import tileManifest from 'virtual:geodata-tiles';
import type { Map as MlMap } from 'maplibre-gl';
import metaUrl from '../geodata/meta.json?url';
import { MAX_PITCH, MAX_ZOOM, MIN_ZOOM } from './config.ts';
import { FeatureIndex } from './geo/feature_index.ts';
import { startLoading } from './geo/load_layers.ts';
import { DEFAULT_LANG, isLang, type Lang } from './i18n/lang.ts';
import { linkProblem } from './i18n/link_problems.ts';
import { t } from './i18n/strings.ts';
import { mapStyle } from './layers/map_style.ts';
import { DEFAULT_VISIBLE_IDS, INTERACTIVE_IDS, LAYERS, TOGGLEABLE_IDS } from './layers/registry.ts';
import { createMap, setAttribution } from './map/create_map.ts';
import { HomeControl } from './map/home_control.ts';
import { attachMap, type MapAdapter } from './map/map_adapter.ts';
import { createActions } from './state/actions.ts';
import { createAppStore } from './state/store.ts';
import { DEFAULT_PANEL } from './state/types.ts';
import { mountDetailsPanel } from './ui/details_panel.ts';
import { mountNotices } from './ui/notices.ts';
import { mountShare } from './ui/share_dialog.ts';
import { mountSheet } from './ui/sheet.ts';
import { mountSidebar } from './ui/sidebar.ts';
import type { CodecContext } from './url/hash_codec.ts';
import { startHashSync } from './url/hash_sync.ts';

const LANG_KEY = 'gz-map-lang';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page is missing #${id}`);
  return node as T;
}

function rememberedLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage can be disabled; the browser language is a fine fallback.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : navigator.language ? 'en' : DEFAULT_LANG;
}

performance.mark('app-start');
const index = new FeatureIndex();
// Fetching starts before anything else is built, so the network overlaps with building the map.
const loading = startLoading(metaUrl, LAYERS, index);
const store = createAppStore([...DEFAULT_VISIBLE_IDS]);
const actions = createActions(store, TOGGLEABLE_IDS);
const codec: CodecContext = {
  toggleable: TOGGLEABLE_IDS,
  interactive: INTERACTIVE_IDS,
  defaultVisible: DEFAULT_VISIBLE_IDS,
  defaultPanel: DEFAULT_PANEL,
  defaultLang: DEFAULT_LANG,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxPitch: MAX_PITCH,
};

const sync = startHashSync(store, actions, codec, {
  fallbackLang: rememberedLang(),
  onProblems: (problems) => {
    const lang = store.getState().lang;
    const list = problems.map((p) => linkProblem(p, lang)).join(lang === 'zh' ? ';' : '; ');
    actions.notify('warning', `${t('linkRepaired', lang)} ${list}`);
  },
});

function applyDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('appTitle', lang);
  byId('app-title').textContent = t('appTitle', lang);
  const toggle = byId<HTMLButtonElement>('lang-toggle');
  toggle.textContent = t('language', lang);
  toggle.lang = lang === 'zh' ? 'en' : 'zh-CN';
  toggle.setAttribute('aria-label', t('languageLabel', lang));
  byId('share-button').textContent = t('share', lang);
  byId('skip-link').textContent = t('skipToPanel', lang);
  byId('map-loading').textContent = t('loading', lang);
  byId('sheet').setAttribute('aria-label', t('tabOverview', lang));
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembering is acceptable; the link still carries the language.
  }
}

const mapContainer = byId('map');
let map: MlMap | null = null;
let adapter: MapAdapter | null = null;

function showMapMessage(text: string): void {
  const box = byId('map-message');
  box.textContent = text;
  box.hidden = false;
  mapContainer.setAttribute('data-map-state', 'unavailable');
}

// No separate WebGL probe: creating a throwaway context costs as much as the map's own. MapLibre throws when it
// cannot get a context, and that is the check.
try {
  // On a phone the bottom sheet covers the lower part of the map; the opening frame keeps the cluster above it.
  const phone = window.matchMedia?.('(max-width: 700px)').matches ?? false;
  const sheetHeight = phone ? byId('sheet').getBoundingClientRect().height : 0;
  const state = store.getState();
  // The worker needs an absolute URL; the braces of the template must stay unencoded.
  const tileDir = new URL(`${import.meta.env.BASE_URL}${tileManifest.path}`, window.location.href).href;
  const style = mapStyle(LAYERS, {
    lang: state.lang,
    visible: state.visible,
    selectedLayer: state.selection?.layer ?? null,
    tiles: { ...tileManifest, url: `${tileDir}{z}/{x}/{y}.pbf` },
  });
  map = createMap(
    mapContainer,
    style,
    state.view,
    t('mapLabel', state.lang),
    t('dataAttribution', state.lang),
    {
      bottom: sheetHeight,
    },
  );
  performance.mark('map-created');
  adapter = attachMap(map, store, actions, index);
  const home = new HomeControl(t('home', store.getState().lang));
  map.addControl(home, 'top-right');
  store.subscribe((next, prev) => {
    if (next.lang === prev.lang || !map) return;
    home.setLabel(t('home', next.lang));
    setAttribution(map, t('dataAttribution', next.lang));
  });
  const canvas = map.getCanvas();
  canvas.addEventListener('webglcontextlost', () =>
    actions.notify('warning', t('contextLost', store.getState().lang)),
  );
  canvas.addEventListener('webglcontextrestored', () => {
    const lost = store.getState().notices.find((n) => n.text === t('contextLost', store.getState().lang));
    if (lost) actions.dismissNotice(lost.id);
  });
  (window as unknown as { __gzMap?: MlMap }).__gzMap = map;
} catch (err) {
  console.warn('map unavailable:', err instanceof Error ? err.message : err);
  map = null;
  adapter = null;
  // MapLibre may have left a half-built canvas container behind.
  for (const child of [...mapContainer.children]) child.remove();
  showMapMessage(t('noWebgl', store.getState().lang));
}
// The page's own text and the panels come after the map is under way: its worker is already fetching meanwhile.
applyDocumentLang(store.getState().lang);
store.subscribe((s, p) => {
  if (s.lang !== p.lang) applyDocumentLang(s.lang);
});
byId('lang-toggle').addEventListener('click', () =>
  actions.setLang(store.getState().lang === 'zh' ? 'en' : 'zh'),
);
mountSidebar(byId('tabs'), byId('panel-body'), store, actions, index);
mountDetailsPanel(byId('details'), store, actions, index);
mountNotices(byId('notices'), store, actions);
mountShare(byId<HTMLButtonElement>('share-button'), byId<HTMLDialogElement>('share-dialog'), store);
mountSheet(byId('sheet'), byId<HTMLButtonElement>('sheet-toggle'), store, actions, adapter);
performance.mark('panels-mounted');

function fileName(url: string): string {
  return (url.split('/').pop() ?? url).replace(/-[A-Za-z0-9_-]{8}\./, '.');
}

function reportLoadError(url: string, error: string): void {
  const lang = store.getState().lang;
  actions.notify(
    'error',
    `${t('dataFailed', lang)} ${fileName(url)} (${error}). ${t('dataFailedRest', lang)}`,
  );
}

async function loadAll(): Promise<void> {
  const meta = loading.meta.then((result) => {
    if (!result.ok) reportLoadError(metaUrl, result.error);
    actions.dataLoaded();
  });
  const layers = loading.layers.map((p) =>
    p.then((loaded) => {
      // The map draws from the tiles; a layer whose panel file failed is taken off the map below, so the map
      // never shows what the panels cannot explain.
      if (!loaded.result.ok) reportLoadError(loaded.url, loaded.result.error);
      actions.dataLoaded();
      return loaded;
    }),
  );
  const all = await Promise.all(layers);
  await meta;
  for (const { layer, result } of all) if (!result.ok) adapter?.dropLayer(layer.id);
  const sel = store.getState().selection;
  if (sel && !index.has(sel.layer, sel.id)) {
    sync.withoutHistory(() => actions.select(null));
    const lang = store.getState().lang;
    actions.notify(
      'warning',
      `${t('linkRepaired', lang)} ${linkProblem('the selected feature does not exist', lang)}`,
    );
  } else if (sel && store.getState().view === null) {
    // A link that names a feature but no camera opens framed on that feature.
    actions.select(sel, { focus: true });
  }
}

void loadAll().then(() => {
  // Marks let a profile or the benchmark see where start-up time goes.
  performance.mark('data-done');
  mapContainer.setAttribute('data-data-ready', 'true');
  if (!map) byId('map-loading').hidden = true;
});

if (map && adapter) {
  const m = map;
  const a = adapter;
  // Ready means: settled, with the tiles of the view loaded and drawn — not merely an idle empty style. It does
  // not wait for the panels' files: the map draws from its own tiles.
  const settled = (): boolean => m.loaded() && m.areTilesLoaded() && !m.isMoving() && a.allSourcesLoaded();
  const ready = (): void => {
    if (!settled()) return;
    performance.mark('map-ready');
    mapContainer.setAttribute('data-map-ready', 'true');
    byId('map-loading').hidden = true;
    m.off('idle', ready);
    clearInterval(poll);
  };
  // An idle event can come while the camera is still settling; the poll catches the moment it is done.
  const poll = setInterval(ready, 100);
  m.on('idle', ready);
}
