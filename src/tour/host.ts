/**
 * The tour's foot in the start-up bundle: its tab's placeholder and the on-demand loading of the tour itself
 * (engine, panel and texts, about 7 KB gzip), which happens when the tab is chosen or a link opens the tour.
 */
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { AppState } from '../state/types.ts';
import { el } from '../ui/dom.ts';
import type { TourDeps, TourEngine } from './engine.ts';

export interface TourHost {
  /** The reader chose the tour's tab. */
  enter: () => void;
  /** A link or Back/Forward was applied to the store. */
  linkApplied: () => void;
  render: (state: AppState) => HTMLElement[];
}

function placeholder(lang: Lang, failed: boolean): HTMLElement[] {
  return [
    el('p', { class: failed ? 'empty' : 'note', text: t(failed ? 'tourFailed' : 'tourLoading', lang) }),
  ];
}

export function createTourHost(deps: TourDeps): TourHost {
  const { store, actions } = deps;
  let engine: TourEngine | null = null;
  let failed = false;
  let loading: Promise<void> | null = null;

  const load = (): Promise<void> => {
    loading ??= import('./engine.ts').then(
      (m) => {
        engine = m.startTour(deps);
        failed = engine === null;
      },
      (err: unknown) => {
        console.warn('the tour could not be loaded:', err);
        failed = true;
      },
    );
    return loading;
  };

  // What the reader asked for while the tour was loading is done once it is there.
  const whenLoaded = (then: (e: TourEngine) => void): void => {
    if (engine) {
      then(engine);
      return;
    }
    void load().then(() => {
      if (engine) then(engine);
      // The panel redraws with the step (or the failure) in place of the placeholder.
      actions.dataLoaded();
    });
  };

  return {
    enter: () => {
      if (!engine) actions.setPanel('tour');
      whenLoaded((e) => e.enter());
    },
    linkApplied: () => {
      if (store.getState().panel === 'tour') whenLoaded((e) => e.linkApplied());
    },
    render: (state) => (engine ? engine.render(state) : placeholder(state.lang, failed)),
  };
}
