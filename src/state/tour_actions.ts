/**
 * The tour's changes to the store: showing a step, marking its features, leaving. Loaded with the tour (an
 * on-demand chunk); entering and leaving by the tabs is setPanel's, in actions.ts.
 */
import { leftTour } from './actions.ts';
import type { AppStore } from './store.ts';
import type { FeatureRef } from './types.ts';

/** A tour step as the tour's data describes it: what it shows, marks and frames. */
export interface StepPlan {
  step: number;
  visible: readonly string[];
  highlight: FeatureRef[];
  bounds: [number, number, number, number] | null;
  /** Move the camera without flying (reduced motion is the camera's own rule). */
  jump: boolean;
}

export function createTourActions(
  store: AppStore,
  layerOrder: readonly string[],
  defaultVisible: readonly string[],
) {
  const ordered = (ids: Iterable<string>): string[] => {
    const set = new Set(ids);
    return layerOrder.filter((id) => set.has(id));
  };
  return {
    /** Shows a step in one change: panel, layers, marks and the area to frame (so one history entry). */
    showTourStep(plan: StepPlan): void {
      const state = store.getState();
      const nonce = (state.frameRequest?.nonce ?? 0) + 1;
      const visible = ordered(plan.visible);
      // A selection on a layer the step hides would point at nothing drawn.
      const hidden = state.selection && !visible.includes(state.selection.layer);
      store.setState({
        panel: 'tour',
        tourStep: plan.step,
        visible,
        highlight: plan.highlight,
        selection: hidden ? null : state.selection,
        tourReturn:
          state.panel === 'tour' ? state.tourReturn : { panel: state.panel, visible: state.visible },
        // The map must be seen beside the step: a sheet at full height or pulled to its handle goes to half.
        sheet: 'half',
        frameRequest: plan.bounds ? { bounds: plan.bounds, nonce, jump: plan.jump } : state.frameRequest,
      });
    },
    /** Marks the step's features without changing anything a link carries (a step opened from a link). */
    setHighlight(highlight: FeatureRef[]): void {
      const current = store.getState().highlight;
      if (current.length === 0 && highlight.length === 0) return;
      store.setState({ highlight });
    },
    /** Leaves the tour for the panel and layers the reader had before it (the overview after a tour link). */
    leaveTour(): void {
      const state = store.getState();
      if (state.panel !== 'tour') return;
      const back = state.tourReturn?.panel;
      store.setState({
        panel: back && back !== 'tour' ? back : 'overview',
        ...leftTour(state, ordered, defaultVisible),
      });
    },
  };
}

export type TourActions = ReturnType<typeof createTourActions>;
