/**
 * The tour's panel: where the reader is (step n of N, one button per step), the step's title, text and sources,
 * the features it marks, and Previous / Next / Leave. Rendered from the tour's data; loaded with the tour.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import { featureLabel } from '../geo/feature_label.ts';
import { formatCites } from '../i18n/format.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { tt } from '../i18n/tour_strings.ts';
import type { Actions } from '../state/actions.ts';
import { parseRef } from '../tour/plan.ts';
import type { Tour, TourStep } from '../tour/schema.ts';
import { el } from './dom.ts';
import { selectButton } from './select_button.ts';

export interface TourPanelActions {
  go: (step: number) => void;
  leave: () => void;
  /** The app's actions: a marked feature's button selects it (ui/select_button.ts). */
  app: Actions;
}

function stepDots(tour: Tour, current: number, lang: Lang, on: TourPanelActions): HTMLElement {
  const list = el('ol', { class: 'tour-dots', 'aria-label': tt('tourSteps', lang) });
  tour.steps.forEach((step, i) => {
    const n = i + 1;
    const button = el('button', {
      type: 'button',
      class: 'tour-dot',
      id: `tour-dot-${n}`,
      text: String(n),
      'aria-label': tt('tourGoTo', lang, { n, title: pick(step, 'title', lang) }),
      'aria-current': n === current ? 'step' : undefined,
    });
    button.addEventListener('click', () => on.go(n));
    list.appendChild(el('li', {}, [button]));
  });
  // On a phone the row scrolls sideways: bring the current step's button into it once the panel is laid out.
  requestAnimationFrame(() => {
    const button = list.querySelector<HTMLElement>('[aria-current="step"]');
    if (!button || list.scrollWidth <= list.clientWidth) return;
    const offset = button.getBoundingClientRect().left - list.getBoundingClientRect().left;
    list.scrollLeft += offset - (list.clientWidth - button.offsetWidth) / 2;
  });
  return list;
}

function navRow(count: number, current: number, lang: Lang, on: TourPanelActions): HTMLElement {
  const prev = el('button', {
    type: 'button',
    id: 'tour-prev',
    class: 'tour-nav-button',
    text: `← ${tt('tourPrev', lang)}`,
  });
  prev.disabled = current <= 1;
  prev.addEventListener('click', () => on.go(current - 1));
  const last = current >= count;
  const next = el('button', {
    type: 'button',
    id: 'tour-next',
    class: 'tour-nav-button primary',
    text: last ? tt('tourFinish', lang) : `${tt('tourNext', lang)} →`,
  });
  next.addEventListener('click', () => (last ? on.leave() : on.go(current + 1)));
  const where = el('span', {
    class: 'tour-where',
    'data-testid': 'tour-where',
    text: tt('tourStepOf', lang, { n: current, count }),
  });
  return el('div', { class: 'tour-nav' }, [prev, where, next]);
}

function markedList(step: TourStep, index: FeatureIndex, lang: Lang, actions: Actions): HTMLElement | null {
  if (step.highlight.length === 0) return null;
  const items = step.highlight.map((text) => {
    const ref = parseRef(text);
    const label = featureLabel(index, ref, lang);
    return el('li', {}, [selectButton(ref, actions, { class: 'feature-button', text: label?.name ?? text })]);
  });
  return el('div', { class: 'tour-marked' }, [
    el('h3', { text: tt('tourMarked', lang) }),
    el('ul', { class: 'feature-list' }, items),
  ]);
}

/** What a screen reader hears when the step changes: where the reader now is, and the step's title. */
export function stepAnnouncement(tour: Tour, current: number, lang: Lang): string {
  const step = tour.steps[current - 1];
  const where = tt('tourStepOf', lang, { n: current, count: tour.steps.length });
  return step ? `${where}: ${pick(step, 'title', lang)}` : where;
}

/** The panel for the step shown (the step number is already clamped to the tour). */
export function renderTourPanel(
  tour: Tour,
  current: number,
  index: FeatureIndex,
  lang: Lang,
  on: TourPanelActions,
): HTMLElement[] {
  const step = tour.steps[current - 1];
  if (!step) return [el('p', { class: 'empty', text: tt('tourMissing', lang) })];
  const sections = index.meta?.sections ?? [];
  const cites = formatCites(step.cites, sections, lang);
  const leave = el('button', {
    type: 'button',
    id: 'tour-leave',
    class: 'tour-leave',
    text: `${tt('tourLeave', lang)} (Esc)`,
  });
  leave.addEventListener('click', () => on.leave());
  return [
    navRow(tour.steps.length, current, lang, on),
    stepDots(tour, current, lang, on),
    // The first step says what the tour is.
    current === 1 ? el('p', { class: 'note tour-intro', text: tt('tourIntro', lang) }) : null,
    el('section', { class: 'tour-step', 'data-step': step.id }, [
      el('h2', { id: 'tour-title', text: pick(step, 'title', lang) }),
      el('p', { class: 'lead tour-text', text: pick(step, 'text', lang) }),
      el('p', { class: 'cite tour-cite', text: `${tt('tourSource', lang)}: ${cites}` }),
    ]),
    markedList(step, index, lang, on.app),
    el('p', { class: 'note tour-keys', text: tt('tourKeys', lang) }),
    leave,
  ].filter((x): x is HTMLElement => x !== null);
}
