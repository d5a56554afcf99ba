/**
 * The tour, loaded on demand: reads and checks the tour's data, turns Next / Previous / a step's button / the arrow
 * keys into store changes, leaves on Esc, and reconciles a step named by a link with what the link says. The
 * panel (ui/tour_panel.ts) and the map render from the store.
 */
import tourJson from '../../geodata/input/tour.json' with { type: 'json' };
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import { createTourActions } from '../state/tour_actions.ts';
import type { AppState } from '../state/types.ts';
import { el } from '../ui/dom.ts';
import { renderTourPanel, stepAnnouncement } from '../ui/tour_panel.ts';
import { clampStep, reconcileLink, stepPlan } from './plan.ts';
import { type Tour, tourSchema } from './schema.ts';

export interface TourDeps {
  store: AppStore;
  actions: Actions;
  index: FeatureIndex;
  /** Runs a change whose link update replaces the current history entry (hash_sync). */
  withoutHistory: (change: () => void) => void;
  defaultVisible: readonly string[];
  toggleable: readonly string[];
  interactive: readonly string[];
}

export interface TourEngine {
  /** The reader chose the tour (its tab): show the step, as one history entry. */
  enter: () => void;
  /** A link or Back/Forward set the state: fill in what the link leaves to the step. */
  linkApplied: () => void;
  render: (state: AppState) => HTMLElement[];
}

/** Keeps only what this build can show, so a data file ahead of the registry cannot break a step. */
function loadTour(deps: TourDeps): Tour | null {
  const parsed = tourSchema.safeParse(tourJson);
  if (!parsed.success) {
    console.warn('tour data is not valid:', parsed.error.message);
    return null;
  }
  return {
    ...parsed.data,
    steps: parsed.data.steps.map((s) => ({
      ...s,
      layers: s.layers.filter((id) => deps.toggleable.includes(id)),
      highlight: s.highlight.filter((ref) => deps.interactive.includes(ref.split('/')[0] ?? '')),
    })),
  };
}

/** Whether a key press belongs to a control that uses the arrow keys or Esc itself. */
function ownedByControl(e: KeyboardEvent): boolean {
  const target = e.target instanceof HTMLElement ? e.target : null;
  if (!target) return false;
  if (target.closest('input, textarea, select, [contenteditable], [role="tab"], dialog, .maplibregl-canvas'))
    return true;
  return target.closest('.sheet-handle, .chooser') !== null;
}

/** A screen reader hears each new step from a region outside the panel, which is redrawn with each step. */
function announceSteps(store: AppStore, tour: Tour): void {
  const count = tour.steps.length;
  const announcer = el('div', {
    class: 'visually-hidden',
    'aria-live': 'polite',
    'data-testid': 'tour-announcer',
  });
  document.body.appendChild(announcer);
  store.subscribe((s, p) => {
    const changed =
      s.panel === 'tour' && (p.panel !== 'tour' || s.tourStep !== p.tourStep || s.lang !== p.lang);
    if (changed) announcer.textContent = stepAnnouncement(tour, clampStep(s.tourStep, count), s.lang);
    else if (s.panel !== 'tour') announcer.textContent = '';
  });
}

/** ← and → move between steps, Esc leaves (an open card or chooser closes first: they handle Esc themselves). */
function listenForKeys(store: AppStore, count: number, go: (step: number) => void, leave: () => void): void {
  document.addEventListener('keydown', (e) => {
    const state = store.getState();
    if (state.panel !== 'tour' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (ownedByControl(e) || document.querySelector('dialog[open]')) return;
    if (e.key === 'ArrowRight' && state.tourStep < count) go(state.tourStep + 1);
    else if (e.key === 'ArrowLeft' && state.tourStep > 1) go(state.tourStep - 1);
    else if (e.key === 'Escape' && !state.selection && !state.choice) leave();
    else return;
    e.preventDefault();
  });
}

export function startTour(deps: TourDeps): TourEngine | null {
  const tour = loadTour(deps);
  if (!tour) return null;
  const { store, actions } = deps;
  const steps = createTourActions(store, deps.toggleable, deps.defaultVisible);
  const count = tour.steps.length;

  const go = (step: number): void => {
    steps.showTourStep(stepPlan(tour, clampStep(step, count), false));
  };

  const linkApplied = (): void => {
    const state = store.getState();
    if (state.panel !== 'tour') return;
    const fix = reconcileLink(state, tour, deps.defaultVisible);
    const plan = fix.plan;
    deps.withoutHistory(() => {
      if (plan) steps.showTourStep(plan);
      steps.setHighlight(fix.highlight);
    });
    if (fix.missingStep !== null)
      actions.notify('warning', {
        key: 'linkRepaired',
        problems: ['the tour ends sooner; its last step is shown'],
      });
  };

  const leave = (): void => {
    const hadFocus = document.activeElement?.closest('#panel-body') !== null;
    steps.leaveTour();
    // Focus was on a button that is gone: it goes to the tab of the panel now shown.
    if (hadFocus) document.getElementById(`tab-${store.getState().panel}`)?.focus();
  };

  announceSteps(store, tour);
  listenForKeys(store, count, go, leave);
  return {
    enter: () => {
      const state = store.getState();
      if (state.panel === 'tour' && state.tourReturn === null) linkApplied();
      // Entered from the tab while the tour was loading: its entry is replaced, not added to.
      else if (state.panel === 'tour') deps.withoutHistory(() => go(state.tourStep));
      else go(state.tourStep);
    },
    linkApplied,
    render: (state) =>
      renderTourPanel(tour, clampStep(state.tourStep, count), deps.index, state.lang, {
        go,
        leave,
        app: actions,
      }),
  };
}
