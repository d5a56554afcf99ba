/** Composition root: reads the link, builds the store, panels and map, then loads the geodata. No logic of its own. */
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles/main.css';
import type { Map as MlMap } from 'maplibre-gl';
import metaUrl from '../geodata/meta.json?url';
import { MAX_PITCH, MAX_ZOOM, MIN_ZOOM } from './config.ts';
import { FeatureIndex } from './geo/feature_index.ts';
import { loadJson } from './geo/load_geodata.ts';
import {
  countyCollectionSchema,
  metaSchema,
  plainCollectionSchema,
  transportCollectionSchema,
} from './geo/schema.ts';
import { DEFAULT_LANG, isLang, type Lang } from './i18n/lang.ts';
import { t } from './i18n/strings.ts';
import { DEFAULT_VISIBLE_IDS, INTERACTIVE_IDS, LAYERS, TOGGLEABLE_IDS } from './layers/registry.ts';
import { createMap } from './map/create_map.ts';
import { attachMap, type MapAdapter } from './map/map_adapter.ts';
import { hasWebGL } from './map/webgl.ts';
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

const store = createAppStore([...DEFAULT_VISIBLE_IDS]);
const actions = createActions(store, TOGGLEABLE_IDS);
const index = new FeatureIndex();
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
  onProblems: (problems) =>
    actions.notify('warning', `${t('linkRepaired', store.getState().lang)} ${problems.join('; ')}`),
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
byId('lang-toggle').addEventListener('click', () =>
  actions.setLang(store.getState().lang === 'zh' ? 'en' : 'zh'),
);

mountSidebar(byId('tabs'), byId('panel-body'), store, actions, index);
mountDetailsPanel(byId('details'), store, actions, index);
mountNotices(byId('notices'), store, actions);
mountShare(byId<HTMLButtonElement>('share-button'), byId<HTMLDialogElement>('share-dialog'), store);

const mapContainer = byId('map');
let map: MlMap | null = null;
let adapter: MapAdapter | null = null;

function showMapMessage(text: string): void {
  const box = byId('map-message');
  box.textContent = text;
  box.hidden = false;
  mapContainer.setAttribute('data-map-state', 'unavailable');
}

if (hasWebGL()) {
  try {
    map = createMap(mapContainer, store.getState().view, t('mapLabel', store.getState().lang));
    adapter = attachMap(map, store, actions, index);
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
    console.error(err);
    map = null;
    showMapMessage(t('noWebgl', store.getState().lang));
  }
} else {
  showMapMessage(t('noWebgl', store.getState().lang));
}
mountSheet(byId('sheet'), byId<HTMLButtonElement>('sheet-toggle'), store, actions, adapter);

function fileName(url: string): string {
  return (url.split('/').pop() ?? url).replace(/-[A-Za-z0-9_-]{8}\./, '.');
}

async function loadAll(): Promise<void> {
  const meta = await loadJson(metaUrl, metaSchema);
  if (meta.ok) index.meta = meta.value;
  else
    actions.notify(
      'error',
      `${t('dataFailed', store.getState().lang)} ${fileName(metaUrl)} (${meta.error}). ${t('dataFailedRest', store.getState().lang)}`,
    );
  actions.dataLoaded();
  await Promise.all(
    LAYERS.map(async (layer) => {
      const schema =
        layer.schema === 'county'
          ? countyCollectionSchema
          : layer.schema === 'transport'
            ? transportCollectionSchema
            : plainCollectionSchema;
      const result = await loadJson<unknown>(layer.data, schema);
      if (!result.ok) {
        const lang = store.getState().lang;
        actions.notify(
          'error',
          `${t('dataFailed', lang)} ${fileName(layer.data)} (${result.error}). ${t('dataFailedRest', lang)}`,
        );
        return;
      }
      if (layer.schema === 'county') index.addCounties(countyCollectionSchema.parse(result.value));
      if (layer.schema === 'transport')
        index.addTransport(layer.id, transportCollectionSchema.parse(result.value));
      adapter?.addData(layer.id, result.value as GeoJSON.FeatureCollection);
      actions.dataLoaded();
    }),
  );
  const sel = store.getState().selection;
  if (sel && !index.has(sel.layer, sel.id)) {
    sync.withoutHistory(() => actions.select(null));
    actions.notify(
      'warning',
      `${t('linkRepaired', store.getState().lang)} the selected feature does not exist`,
    );
  } else if (sel && store.getState().view === null) {
    // A link that names a feature but no camera opens framed on that feature.
    actions.select(sel, { focus: true });
  }
}

void loadAll().then(() => {
  mapContainer.setAttribute('data-data-ready', 'true');
  if (!map) return;
  const m = map;
  const ready = (): void => {
    mapContainer.setAttribute('data-map-ready', 'true');
    clearInterval(poll);
  };
  // 'idle' can come before this listener exists; the poll catches a map that is already settled.
  const poll = setInterval(() => {
    if (m.loaded() && m.areTilesLoaded() && !m.isMoving()) ready();
  }, 250);
  m.once('idle', ready);
  m.triggerRepaint();
});
