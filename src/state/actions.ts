/** Every change to the store goes through these small functions, which keep the state's invariants. */
import type { Lang } from '../i18n/lang.ts';
import type { AppStore } from './store.ts';
import {
  type FeatureRef,
  type LinkState,
  type Notice,
  type PanelId,
  sameRef,
  type View,
  type ViewSource,
} from './types.ts';

let noticeId = 0;

export function createActions(store: AppStore, layerOrder: readonly string[]) {
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
      if (sameRef(state.selection, ref) && !options.focus) return;
      store.setState({
        selection: ref,
        focusNonce: options.focus && ref ? state.focusNonce + 1 : state.focusNonce,
        sheetExpanded: ref ? true : state.sheetExpanded,
      });
    },
    setPanel(panel: PanelId): void {
      store.setState({ panel, sheetExpanded: true });
    },
    setLang(lang: Lang): void {
      store.setState({ lang });
    },
    setBasemap(on: boolean): void {
      store.setState({ basemap: on });
    },
    setSheetExpanded(expanded: boolean): void {
      store.setState({ sheetExpanded: expanded });
    },
    dataLoaded(): void {
      store.setState({ dataVersion: store.getState().dataVersion + 1 });
    },
    notify(kind: Notice['kind'], text: string): void {
      const { notices } = store.getState();
      if (notices.some((n) => n.text === text)) return;
      noticeId += 1;
      store.setState({ notices: [...notices, { id: noticeId, kind, text }] });
    },
    dismissNotice(id: number): void {
      store.setState({ notices: store.getState().notices.filter((n) => n.id !== id) });
    },
    /** Replaces everything a link carries at once, so the outputs see one consistent change. */
    applyLink(patch: LinkState): void {
      store.setState({ ...patch, visible: ordered(patch.visible), viewSource: 'url' });
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
