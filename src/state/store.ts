/** The single vanilla zustand store; only the functions in actions.ts change it. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_LANG } from '../i18n/lang.ts';
import { type AppState, DEFAULT_LEDGER_VIEW, DEFAULT_PANEL } from './types.ts';

export type AppStore = StoreApi<AppState>;

export function initialState(defaultVisible: string[]): AppState {
  return {
    view: null,
    viewSource: 'default',
    visible: [...defaultVisible],
    selection: null,
    panel: DEFAULT_PANEL,
    lang: DEFAULT_LANG,
    theme: 'light',
    basemap: false,
    statusFilter: [],
    extraParams: [],
    notices: [],
    focusNonce: 0,
    sheet: 'half',
    mapInsets: { bottom: 0, legend: { width: 0, height: 0, at: 'bottom' } },
    dataVersion: 0,
    failedLayers: [],
    mapProblem: null,
    mapReady: false,
    choice: null,
    search: { query: '', active: -1 },
    frameRequest: null,
    hover: null,
    listFilter: '',
    openGroups: [],
    tourStep: 1,
    highlight: [],
    tourReturn: null,
    ledger: DEFAULT_LEDGER_VIEW,
  };
}

export function createAppStore(defaultVisible: string[]): AppStore {
  return createStore<AppState>()(() => initialState(defaultVisible));
}
