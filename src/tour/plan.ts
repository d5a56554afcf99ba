/**
 * What a tour step does to the state, as pure functions of the tour's data: the layers it shows, the features it
 * marks and the area it frames, and how a step named by a link is reconciled with what the link itself says.
 */
import type { StepPlan } from '../state/tour_actions.ts';
import type { AppState, FeatureRef } from '../state/types.ts';
import type { Tour, TourStep } from './schema.ts';

/** `layer/id` → a feature reference (the data's refs are checked by the schema and the unit tests). */
export function parseRef(ref: string): FeatureRef {
  const slash = ref.indexOf('/');
  return { layer: ref.slice(0, slash), id: ref.slice(slash + 1) };
}

/** A step number within the tour: 1 … its number of steps. */
export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.round(step)), Math.max(1, count));
}

export function stepAt(tour: Tour, step: number): TourStep {
  const found = tour.steps[clampStep(step, tour.steps.length) - 1];
  if (!found) throw new Error('the tour has no steps');
  return found;
}

/** Everything a step shows, for the store's showTourStep. */
export function stepPlan(tour: Tour, step: number, jump: boolean): StepPlan {
  const n = clampStep(step, tour.steps.length);
  const data = stepAt(tour, n);
  return {
    step: n,
    visible: data.layers,
    highlight: data.highlight.map(parseRef),
    bounds: data.camera.bounds,
    jump,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export interface LinkReconciliation {
  /** The change to make, or null when the link already shows the step (only its marks are set). */
  plan: StepPlan | null;
  highlight: FeatureRef[];
  /** The step the link named when the tour has fewer steps (it is shown the last one). */
  missingStep: number | null;
}

/**
 * A tour step opened from a link (or Back/Forward). The link's own camera and layers win; what it leaves out comes
 * from the step: a link without `layers=` (the default layers) shows the step's layers, one without `map=` frames
 * the step, without flying. A step beyond the tour's last shows the last.
 */
export function reconcileLink(
  state: Pick<AppState, 'tourStep' | 'visible' | 'view'>,
  tour: Tour,
  defaultVisible: readonly string[],
): LinkReconciliation {
  const step = clampStep(state.tourStep, tour.steps.length);
  const plan = stepPlan(tour, step, true);
  const missingStep = step !== state.tourStep ? state.tourStep : null;
  const layersFromStep = sameSet(state.visible, defaultVisible) && !sameSet(state.visible, plan.visible);
  const frame = state.view === null;
  if (!layersFromStep && !frame && missingStep === null)
    return { plan: null, highlight: plan.highlight, missingStep };
  return {
    plan: {
      ...plan,
      visible: layersFromStep ? plan.visible : state.visible,
      bounds: frame ? plan.bounds : null,
    },
    highlight: plan.highlight,
    missingStep,
  };
}
