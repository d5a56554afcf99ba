/**
 * Composition root: reads the link, builds the store, panels and map, then loads the geodata. It decides what
 * talks to what; the rules live in the modules it wires. MapLibre is loaded as a separate module, so the panels
 * work even when the map cannot start.
 */
import './styles/main.css';
import tileManifest from 'virtual:geodata-tiles';
import type { Map as MlMap } from 'maplibre-gl';
import metaUrl from '../geodata/generated/meta.json?url';
import { MAX_PITCH, MAX_ZOOM, MIN_ZOOM } from './config.ts';
import { FeatureIndex } from './geo/feature_index.ts';
import { startLoading } from './geo/load_layers.ts';
import { STATUSES } from './geo/schema.ts';
import { DEFAULT_LANG, type Lang, preferredLang } from './i18n/lang.ts';
import { t } from './i18n/strings.ts';
import { DEFAULT_VISIBLE_IDS, INTERACTIVE_IDS, LAYERS, TOGGLEABLE_IDS } from './layers/registry.ts';
import { isThemeName, THEMES, type ThemeName } from './layers/theme.ts';
import { firstViewDone, offlineNotices } from './offline/notices.ts';
import { registerOffline } from './offline/register.ts';
import { createActions } from './state/actions.ts';
import { createAppStore } from './state/store.ts';
import { DEFAULT_PANEL } from './state/types.ts';
import { createTourHost, type TourHost } from './tour/host.ts';
import { mountDeepZoomHint } from './ui/deep_zoom_hint.ts';
import { mountDetailsPanel } from './ui/details_panel.ts';
import { el, replaceChildren } from './ui/dom.ts';
import { mountLocatorInset } from './ui/locator_inset.ts';
import { mountMapLegend } from './ui/map_legend.ts';
import { mountMapStatus } from './ui/map_status.ts';
import { mountNotices } from './ui/notices.ts';
import { mountChooser, mountHoverTip } from './ui/pointer_ui.ts';
import { mountPrint } from './ui/print.ts';
import { mountSearch } from './ui/search_box.ts';
import { mountShare, usesSystemShare } from './ui/share_dialog.ts';
import { mountSheet } from './ui/sheet.ts';
import { mountSidebar } from './ui/sidebar.ts';
import { takeAwaySlot } from './ui/take_away_slot.ts';
import { type CodecContext, encodeHash } from './url/hash_codec.ts';
import { startHashSync } from './url/hash_sync.ts';
import { urlWithHash } from './url/history_writer.ts';

const LANG_KEY = 'gz-map-lang';
const THEME_KEY = 'gz-map-theme';
/** A panel file still missing after this long is named in a notice. */
const SLOW_FILE_MS = 8_000;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page is missing #${id}`);
  return node as T;
}

function rememberedLang(): Lang {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LANG_KEY);
  } catch {
    // Storage can be disabled; the browser language is a fine fallback.
  }
  return preferredLang(stored, typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** The reader's explicit choice of theme, if any (the toggle remembers it). */
function chosenTheme(): ThemeName | null {
  try {
    const stored = window.localStorage.getItem(THEME_KEY);
    if (isThemeName(stored)) return stored;
  } catch {
    // Storage can be disabled; the system setting decides then.
  }
  return null;
}

const darkScheme = window.matchMedia?.('(prefers-color-scheme: dark)');
const systemTheme = (): ThemeName => (darkScheme?.matches ? 'dark' : 'light');

performance.mark('app-start');
// The page says, without script, what to do if the app never starts; it has started.
document.getElementById('boot-message')?.remove();
// MapLibre starts loading at once (the page preloads it, see vite.config.ts), beside the panel files; the panels
// never wait for it.
const mapModule = import('./map/start_map.ts');
const index = new FeatureIndex();
const loading = startLoading(metaUrl, LAYERS, index);
const store = createAppStore([...DEFAULT_VISIBLE_IDS]);
const actions = createActions(store, TOGGLEABLE_IDS, STATUSES, DEFAULT_VISIBLE_IDS);
const codec: CodecContext = {
  toggleable: TOGGLEABLE_IDS,
  interactive: INTERACTIVE_IDS,
  defaultVisible: DEFAULT_VISIBLE_IDS,
  defaultPanel: DEFAULT_PANEL,
  defaultLang: DEFAULT_LANG,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxPitch: MAX_PITCH,
  statuses: STATUSES,
};

// The tour is created after the link is read (it corrects history through hash sync); it then catches up.
let tour: TourHost | null = null;
const sync = startHashSync(store, actions, codec, {
  onLinkApplied: () => tour?.linkApplied(),
  fallbackLang: rememberedLang(),
  fallbackTheme: chosenTheme() ?? systemTheme(),
  onProblems: (problems) => actions.notify('warning', { key: 'linkRepaired', problems }),
  // Known only once the layer's file has loaded; until then main decides below.
  selectionExists: (ref) => (index.isLoaded(ref.layer) ? index.has(ref.layer, ref.id) : undefined),
  onHistoryFailure: (err) => console.warn('the address bar could not be updated:', err),
});

tour = createTourHost({
  store,
  actions,
  index,
  withoutHistory: sync.withoutHistory,
  defaultVisible: DEFAULT_VISIBLE_IDS,
  toggleable: TOGGLEABLE_IDS,
  interactive: INTERACTIVE_IDS,
});
tour.linkApplied();

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
  byId('sheet').setAttribute('aria-label', t('tabOverview', lang));
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembering is acceptable; the link still carries the language.
  }
}

applyDocumentLang(store.getState().lang);
store.subscribe((s, p) => {
  if (s.lang !== p.lang) applyDocumentLang(s.lang);
});
// The skip link moves focus itself: followed as a link it would change the fragment, which is the map's link.
byId('skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  byId('panel-body').focus();
});
byId('lang-toggle').addEventListener('click', () =>
  actions.setLang(store.getState().lang === 'zh' ? 'en' : 'zh'),
);
mountSidebar(byId('tabs'), byId('panel-body'), store, actions, index, tour, (s) =>
  urlWithHash(window.location.href, encodeHash(s, codec, true)),
);
mountDetailsPanel(byId('details'), store, actions, index);
mountNotices(byId('notices'), store, actions);
let liveMap: MlMap | null = null;
const openShareDialog = mountShare(
  byId<HTMLButtonElement>('share-button'),
  byId<HTMLDialogElement>('share-dialog'),
  store,
  codec,
  (link, lang, close) => takeAwaySlot({ store, index, mapOf: () => liveMap, link }, lang, close),
);
mountSheet(byId('sheet'), byId<HTMLButtonElement>('sheet-toggle'), store, actions);
mountHoverTip(byId('hover-tip'), byId('map'), store, index);
mountSearch(byId('search'), store, actions, index);
mountChooser(byId('chooser'), byId('map'), store, actions, index);
mountMapLegend(byId('map-legend-host'), store, actions, index, (s) => THEMES[s.theme]);
mountLocatorInset(byId('locator-host'), store, (s) => s.theme);

function applyDocumentTheme(theme: ThemeName, lang: Lang): void {
  document.documentElement.dataset.theme = theme;
  const toggle = byId<HTMLButtonElement>('theme-toggle');
  const label = t(theme === 'dark' ? 'themeLight' : 'themeDark', lang);
  // A symbol and a word; on a phone only the symbol shows, and the label still names the button.
  replaceChildren(toggle, [
    el('span', { class: 'theme-icon', 'aria-hidden': 'true', text: '◐' }),
    el('span', { class: 'theme-label', text: label }),
  ]);
  toggle.setAttribute('aria-label', label);
  toggle.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
}
applyDocumentTheme(store.getState().theme, store.getState().lang);
store.subscribe((s, p) => {
  if (s.theme !== p.theme || s.lang !== p.lang) applyDocumentTheme(s.theme, s.lang);
});
byId('theme-toggle').addEventListener('click', () => {
  const next = store.getState().theme === 'dark' ? 'light' : 'dark';
  try {
    window.localStorage.setItem(THEME_KEY, next);
  } catch {
    // Not remembering is acceptable; the link still carries the dark theme.
  }
  actions.setTheme(next);
});
// Until the reader chooses, the map follows the system setting, also when it changes while the page is open.
darkScheme?.addEventListener?.('change', () => {
  if (chosenTheme() === null) sync.withoutHistory(() => actions.setTheme(systemTheme()));
});
performance.mark('panels-mounted');

const mapContainer = byId('map');
mountMapStatus(mapContainer, byId('map-message'), byId('map-loading'), store);
const map = mapModule.then(
  (m) =>
    m.openMap({
      container: mapContainer,
      store,
      actions,
      index,
      layers: LAYERS,
      tiles: tileManifest,
      takeAway: usesSystemShare() ? openShareDialog : undefined,
    }),
  (err: unknown) => {
    // MapLibre's own file could not load (missing, or served wrongly): the panels go on without the map.
    console.warn('MapLibre could not load:', err);
    actions.mapUnavailable('mapEngineFailed');
    return null;
  },
);
void map.then((started) => {
  liveMap = started?.map ?? null;
  if (liveMap) mountDeepZoomHint(byId('map-legend-host'), liveMap, store, actions);
});
mountPrint(byId('print-host'), () => liveMap, store, index);

function fileName(url: string): string {
  return (url.split('/').pop() ?? url).replace(/-[A-Za-z0-9_-]{8}\./, '.');
}

async function loadAll(): Promise<void> {
  const meta = loading.meta.then((result) => {
    if (!result.ok)
      actions.notify('error', { key: 'dataFailed', file: fileName(metaUrl), error: result.error });
    actions.dataLoaded();
  });
  const layers = loading.layers.map(({ url, loaded: arriving }) => {
    const slowNotice = { key: 'dataSlow', file: fileName(url) } as const;
    const slow = setTimeout(() => actions.notify('info', slowNotice), SLOW_FILE_MS);
    return arriving.then((loaded) => {
      clearTimeout(slow);
      actions.withdraw(slowNotice);
      // The map draws from the tiles; a layer whose panel file failed is taken off the map below, so the map
      // never shows what the panels cannot explain.
      if (!loaded.result.ok) {
        actions.notify('error', {
          key: 'dataFailed',
          file: fileName(loaded.url),
          error: loaded.result.error,
        });
        actions.layerFailed(loaded.layer.id);
      }
      actions.dataLoaded();
      return loaded;
    });
  });
  const all = await Promise.all(layers);
  await meta;
  const started = await map;
  for (const { layer, result } of all) if (!result.ok) started?.adapter.dropLayer(layer.id);
  const sel = store.getState().selection;
  if (sel && index.isLoaded(sel.layer) && !index.has(sel.layer, sel.id)) {
    sync.withoutHistory(() => actions.select(null));
    actions.notify('warning', { key: 'linkRepaired', problems: ['the selected feature does not exist'] });
  } else if (sel && index.has(sel.layer, sel.id) && store.getState().view === null) {
    // A link that names a feature but no camera opens framed on that feature.
    actions.select(sel, { focus: true });
  }
}

const loaded = loadAll();
// The offline copy (about 2.4 MB) is fetched only once the first view is drawn, never competing with it.
void Promise.all([firstViewDone(store), loaded]).then(() => registerOffline(offlineNotices(actions)));

void loaded.then(() => {
  // Marks let a profile or the benchmark see where start-up time goes.
  performance.mark('data-done');
  mapContainer.setAttribute('data-data-ready', 'true');
});
