/** The tabbed side panel (a bottom sheet on phones): overview, route statistics, project progress, layers, tour,
 * figures. */
import type { FeatureIndex } from '../geo/feature_index.ts';
import { type StringKey, t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import { type AppState, type LinkState, PANELS, type PanelId } from '../state/types.ts';
import type { TourHost } from '../tour/host.ts';
import { el, replaceChildren } from './dom.ts';
import { renderLayers } from './layers_panel.ts';
import { renderOverview } from './overview_panel.ts';
import { renderProgress } from './progress_panel.ts';
import { focusKey } from './select_button.ts';
import { renderStats } from './stats_panel.ts';

/** The tour is loaded on demand; the sidebar asks its host for its panel. */
type TourPanel = Pick<TourHost, 'enter' | 'render'>;

/** What a tab that keeps its own state in the store, or links, needs besides the index and the actions. */
interface TabEnv {
  store: AppStore;
  /** The tour, loaded on demand: the sidebar asks its host for its panel. */
  tour: TourPanel;
  /** The full URL that opens the given link state. */
  linkOf: (state: LinkState) => string;
  /** Draws the current tab again (a tab loaded on demand, once its code has arrived). */
  redraw: () => void;
}

type LedgerModule = typeof import('./ledger_panel.ts');
let ledgerModule: LedgerModule | null = null;
let ledgerLoad: 'idle' | 'loading' | 'failed' = 'idle';

/** The figures tab is loaded on demand: its first visit fetches the code, later ones render at once. */
function renderFigures(index: FeatureIndex, actions: Actions, state: AppState, env: TabEnv): HTMLElement[] {
  if (ledgerModule)
    return ledgerModule.renderLedger({ index, store: env.store, actions, linkOf: env.linkOf });
  if (ledgerLoad === 'idle') {
    ledgerLoad = 'loading';
    import('./ledger_panel.ts').then(
      (m) => {
        ledgerModule = m;
        env.redraw();
      },
      (err: unknown) => {
        // Offline before the chunk was cached, or a new version replaced it: say so; a reload fetches it again.
        console.warn('the figures tab could not load:', err);
        ledgerLoad = 'failed';
        env.redraw();
      },
    );
  }
  const key = ledgerLoad === 'failed' ? 'ledgerLoadFailed' : 'ledgerLoading';
  return [el('p', { class: 'empty', text: t(key, state.lang) })];
}

/** Each tab's label (an interface string) and how it renders from the state; adding a tab adds one entry. */
const TABS: Record<
  PanelId,
  {
    label: StringKey;
    render: (index: FeatureIndex, actions: Actions, state: AppState, env: TabEnv) => HTMLElement[];
  }
> = {
  overview: {
    label: 'tabOverview',
    render: (index, actions, state) => renderOverview(index, actions, state.lang),
  },
  stats: { label: 'tabStats', render: (index, actions, state) => renderStats(index, actions, state.lang) },
  progress: {
    label: 'tabProgress',
    render: (index, actions, state) => renderProgress(index, actions, state.lang),
  },
  layers: { label: 'tabLayers', render: renderLayers },
  tour: { label: 'tabTour', render: (_index, _actions, state, env) => env.tour.render(state) },
  figures: { label: 'tabFigures', render: renderFigures },
};

export function mountSidebar(
  tablist: HTMLElement,
  body: HTMLElement,
  store: AppStore,
  actions: Actions,
  index: FeatureIndex,
  tour: TourPanel,
  linkOf: (state: LinkState) => string,
) {
  const env: TabEnv = {
    store,
    tour,
    linkOf,
    redraw: () => {
      if (store.getState().panel === 'figures') render(store.getState());
    },
  };
  const tabs = new Map<PanelId, HTMLButtonElement>();
  // The tour is loaded on demand; it shows its step itself (layers, marks, camera) when chosen.
  const choose = (id: PanelId): void => (id === 'tour' ? tour.enter() : actions.setPanel(id));
  for (const id of PANELS) {
    const tab = el('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${id}`,
      'aria-controls': 'panel-body',
      'data-panel': id,
    });
    tab.addEventListener('click', () => choose(id));
    tab.addEventListener('keydown', (e) => {
      const i = PANELS.indexOf(id);
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = PANELS[(i + step + PANELS.length) % PANELS.length] ?? id;
      choose(next);
      tabs.get(next)?.focus();
      e.preventDefault();
    });
    tabs.set(id, tab);
    tablist.appendChild(tab);
  }

  const render = (state: AppState): void => {
    for (const [id, tab] of tabs) {
      const active = id === state.panel;
      // Unchanged tabs are left alone: redraws for arriving files should not touch them.
      const label = t(TABS[id].label, state.lang);
      if (tab.textContent !== label) tab.textContent = label;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
    }
    body.setAttribute('aria-labelledby', `tab-${state.panel}`);
    body.setAttribute('data-panel', state.panel);
    const key = body.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    replaceChildren(body, TABS[state.panel].render(index, actions, state, env));
    if (key) body.querySelector<HTMLElement>(key)?.focus();
  };

  let previous = store.getState();
  render(previous);
  // Files arrive one by one at start-up; their redraws are merged into one per frame. Anything a person does
  // redraws at once, so focus lands where they expect it.
  let pendingFrame = 0;
  store.subscribe((state) => {
    const changedByUser =
      state.panel !== previous.panel ||
      state.lang !== previous.lang ||
      state.visible !== previous.visible ||
      state.basemap !== previous.basemap ||
      state.statusFilter !== previous.statusFilter ||
      state.tourStep !== previous.tourStep ||
      (state.panel === 'layers' && state.selection !== previous.selection);
    const dataArrived = state.dataVersion !== previous.dataVersion;
    previous = state;
    if (changedByUser) {
      cancelAnimationFrame(pendingFrame);
      pendingFrame = 0;
      render(state);
    } else if (dataArrived && !pendingFrame) {
      pendingFrame = requestAnimationFrame(() => {
        pendingFrame = 0;
        render(store.getState());
      });
    }
  });
}
