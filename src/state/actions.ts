/** Every change to the store goes through these small functions, which keep the state's invariants. */
import type { Lang } from '../i18n/lang.ts';
import type { ThemeName } from '../layers/theme.ts';
import type { AppStore } from './store.ts';
import {
  type AppState,
  type FeatureRef,
  type LedgerView,
  type LinkState,
  type MapInsets,
  type MapProblem,
  type Notice,
  type NoticeMessage,
  type PanelId,
  type PointedFeatures,
  type SheetSnap,
  sameRef,
  type View,
  type ViewSource,
} from './types.ts';

let noticeId = 0;

/** Changes a link carries: camera, layers, selection, panel, language, basemap, status filter. */
function linkActions(
  store: AppStore,
  layerOrder: readonly string[],
  statusOrder: readonly string[],
  defaultVisible: readonly string[],
) {
  const ordered = (ids: Iterable<string>): string[] => {
    const set = new Set(ids);
    return layerOrder.filter((id) => set.has(id));
  };
  return {
    setView(view: View | null, source: ViewSource): void {
      store.setState({ view, viewSource: source });
    },
    toggleLayer(id: string, on?: boolean): void {
      const { visible, selection } = store.getState();
      const next = new Set(visible);
      const show = on ?? !next.has(id);
      if (show) next.add(id);
      else next.delete(id);
      // A hidden layer cannot stay selected: its symbol is gone, so its panel would point at nothing.
      const keepSelection = show || selection?.layer !== id;
      store.setState({ visible: ordered(next), selection: keepSelection ? selection : null });
    },
    select(ref: FeatureRef | null, options: { focus?: boolean } = {}): void {
      const state = store.getState();
      if (sameRef(state.selection, ref) && !options.focus) {
        if (state.choice) store.setState({ choice: null });
        return;
      }
      // A feature chosen in a list, search or the chooser whose layer is hidden: show the layer, so what is
      // selected is drawn and the link reopens it (a link may not select a hidden layer's feature).
      const showLayer = ref && layerOrder.includes(ref.layer) && !state.visible.includes(ref.layer);
      store.setState({
        selection: ref,
        ...(showLayer && ref ? { visible: ordered([...state.visible, ref.layer]) } : {}),
        focusNonce: options.focus && ref ? state.focusNonce + 1 : state.focusNonce,
        // A chosen feature's card must be seen: a sheet pulled down to its handle comes up.
        sheet: ref && state.sheet === 'peek' ? 'half' : state.sheet,
        choice: null,
      });
    },
    setPanel(panel: PanelId): void {
      const state = store.getState();
      const sheet = state.sheet === 'peek' ? 'half' : state.sheet;
      // Choosing the tab already shown still brings a sheet pulled down to its handle back up.
      if (panel === state.panel) {
        if (sheet !== state.sheet) store.setState({ sheet });
        return;
      }
      if (panel === 'tour') {
        // The tour (src/tour/) then shows its step; what the reader had is kept for leaving it.
        store.setState({ panel, sheet, tourReturn: { panel: state.panel, visible: state.visible } });
      } else if (state.panel === 'tour') {
        store.setState({ panel, sheet, ...leftTour(state, ordered, defaultVisible) });
      } else store.setState({ panel, sheet });
    },
    setLang(lang: Lang): void {
      store.setState({ lang });
    },
    setTheme(theme: ThemeName): void {
      store.setState({ theme });
    },
    /** Shows only features of these statuses (empty: all); kept in links. */
    setStatusFilter(statuses: readonly string[]): void {
      store.setState({ statusFilter: statusOrder.filter((x) => statuses.includes(x)) });
    },
    setBasemap(on: boolean): void {
      store.setState({ basemap: on });
    },
    /** Replaces everything a link carries at once, so the outputs see one consistent change. */
    applyLink(patch: LinkState): void {
      const tour = patch.panel === 'tour';
      store.setState({
        ...patch,
        visible: ordered(patch.visible),
        viewSource: 'url',
        // The tour marks its step's features once its data is known (src/tour/); outside it nothing is marked.
        ...(tour ? {} : { highlight: [], tourReturn: null }),
      });
    },
  };
}

/** What leaving the tour restores: the layers the reader had before it (the defaults after a tour link). */
export function leftTour(
  state: AppState,
  ordered: (ids: Iterable<string>) => string[],
  defaultVisible: readonly string[],
): Pick<AppState, 'visible' | 'tourStep' | 'highlight' | 'tourReturn' | 'selection'> {
  const visible = ordered(state.tourReturn?.visible ?? defaultVisible);
  const selection = state.selection && !visible.includes(state.selection.layer) ? null : state.selection;
  return { visible, selection, tourStep: 1, highlight: [], tourReturn: null };
}

/** The reader's pointer, search box, bottom sheet and framing requests: state only the interface reads. */
function interfaceActions(store: AppStore) {
  return {
    setListFilter(listFilter: string): void {
      store.setState({ listFilter });
    },
    setGroupOpen(code: string, open: boolean): void {
      const groups = store.getState().openGroups;
      if (groups.includes(code) === open) return;
      store.setState({ openGroups: open ? [...groups, code] : groups.filter((g) => g !== code) });
    },
    /** Several features were clicked at once: offer them to choose from (null closes the chooser). */
    offerChoice(choice: PointedFeatures | null): void {
      store.setState({ choice });
    },
    setHover(hover: AppState['hover']): void {
      const current = store.getState().hover;
      if (current === hover) return;
      if (
        current &&
        hover &&
        sameRef(current.ref, hover.ref) &&
        current.x === hover.x &&
        current.y === hover.y
      )
        return;
      store.setState({ hover });
    },
    setSearch(query: string, active = -1): void {
      store.setState({ search: { query, active } });
    },
    /** Frames an area that is no feature of its own (a prefecture). */
    frameArea(bounds: [number, number, number, number]): void {
      const nonce = (store.getState().frameRequest?.nonce ?? 0) + 1;
      store.setState({ frameRequest: { bounds, nonce, jump: false } });
    },
    setSheet(sheet: SheetSnap): void {
      if (store.getState().sheet !== sheet) store.setState({ sheet });
    },
    /** Frames the whole cluster as the opening view does, clear of the phone's sheet. */
    goHome(): void {
      store.setState({ view: null, viewSource: 'home' });
    },
    /** Changes the ledger's sort or filter; an unchanged patch leaves the state alone. */
    setLedger(patch: Partial<LedgerView>): void {
      const current = store.getState().ledger;
      const next = { ...current, ...patch };
      const keys = Object.keys(next) as (keyof LedgerView)[];
      if (keys.some((k) => next[k] !== current[k])) store.setState({ ledger: next });
    },
    setMapInsets(insets: Partial<MapInsets>): void {
      const current = store.getState().mapInsets;
      const next = { ...current, ...insets };
      // Plain numbers and a word: equal text is an equal value.
      if (JSON.stringify(next) !== JSON.stringify(current)) store.setState({ mapInsets: next });
    },
  };
}

/** What the app reports: files arriving or failing, notices, and whether the map can draw. */
function reportActions(store: AppStore) {
  return {
    dataLoaded(): void {
      store.setState({ dataVersion: store.getState().dataVersion + 1 });
    },
    layerFailed(id: string): void {
      const { failedLayers } = store.getState();
      if (!failedLayers.includes(id)) store.setState({ failedLayers: [...failedLayers, id] });
    },
    /** Shows a notice unless the very same one is showing. */
    notify(kind: Notice['kind'], message: NoticeMessage): void {
      const { notices } = store.getState();
      const key = JSON.stringify(message);
      if (notices.some((n) => JSON.stringify(n.message) === key)) return;
      noticeId += 1;
      store.setState({ notices: [...notices, { id: noticeId, kind, message }] });
    },
    dismissNotice(id: number): void {
      store.setState({ notices: store.getState().notices.filter((n) => n.id !== id) });
    },
    /** Takes a notice back once it no longer holds (the context is restored, the slow file arrived). */
    withdraw(message: NoticeMessage): void {
      const { notices } = store.getState();
      const key = JSON.stringify(message);
      const kept = notices.filter((n) => JSON.stringify(n.message) !== key);
      if (kept.length !== notices.length) store.setState({ notices: kept });
    },
    mapUnavailable(problem: MapProblem): void {
      if (!store.getState().mapProblem) store.setState({ mapProblem: problem });
    },
    mapReady(): void {
      // A map that draws proves its engine works, whatever a check said before.
      const { mapProblem } = store.getState();
      store.setState({ mapReady: true, mapProblem: mapProblem === 'mapEngineFailed' ? null : mapProblem });
    },
  };
}

/** Every change to the store, grouped by what it is about. */
export function createActions(
  store: AppStore,
  layerOrder: readonly string[],
  statusOrder: readonly string[],
  /** The layers shown when a link names none (leaving a tour opened from a link restores them). */
  defaultVisible: readonly string[] = layerOrder,
) {
  return {
    ...linkActions(store, layerOrder, statusOrder, defaultVisible),
    ...interfaceActions(store),
    ...reportActions(store),
  };
}

export type Actions = ReturnType<typeof createActions>;
