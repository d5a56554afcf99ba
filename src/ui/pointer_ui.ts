/**
 * What the pointer shows on the map: a tip naming what a click would select (pointer devices), and a short chooser
 * when a click landed on several features at once. Both render from the store; text only.
 */

import type { FeatureIndex } from '../geo/feature_index.ts';
import { featureLabel } from '../geo/feature_label.ts';
import { t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState, ScreenPoint } from '../state/types.ts';
import { el, replaceChildren } from './dom.ts';

/** Keeps a floating box inside its map: it opens to the left or above the point when there is no room. */
function place(box: HTMLElement, at: ScreenPoint, within: HTMLElement): void {
  const room = within.getBoundingClientRect();
  const size = box.getBoundingClientRect();
  const left = at.x + 14 + size.width > room.width ? at.x - 14 - size.width : at.x + 14;
  const top = at.y + 14 + size.height > room.height ? at.y - 14 - size.height : at.y + 14;
  box.style.setProperty('--x', `${Math.max(4, left)}px`);
  box.style.setProperty('--y', `${Math.max(4, top)}px`);
}

export function mountHoverTip(
  tip: HTMLElement,
  map: HTMLElement,
  store: AppStore,
  index: FeatureIndex,
): void {
  const render = (s: AppState): void => {
    const label = s.hover && !s.choice ? featureLabel(index, s.hover.ref, s.lang) : null;
    tip.hidden = !label || !s.hover;
    if (!label || !s.hover) return;
    replaceChildren(tip, [el('strong', { text: label.name }), el('span', { text: label.detail })]);
    place(tip, s.hover, map);
  };
  store.subscribe((s, p) => {
    if (s.hover !== p.hover || s.choice !== p.choice || s.lang !== p.lang) render(s);
  });
}

export function mountChooser(
  box: HTMLElement,
  map: HTMLElement,
  store: AppStore,
  actions: Actions,
  index: FeatureIndex,
): void {
  const returnFocus = (): void => map.querySelector<HTMLElement>('canvas')?.focus();
  const render = (s: AppState): void => {
    box.hidden = !s.choice;
    if (!s.choice) return;
    const buttons = s.choice.refs.flatMap((ref) => {
      const label = featureLabel(index, ref, s.lang);
      if (!label) return [];
      const b = el('button', { type: 'button', 'data-choice': `${ref.layer}/${ref.id}` }, [
        el('strong', { text: label.name }),
        el('span', { text: label.detail }),
      ]);
      b.addEventListener('click', () => {
        actions.offerChoice(null);
        actions.select(ref);
      });
      return [b];
    });
    replaceChildren(box, [
      el('p', { class: 'chooser-title', id: 'chooser-title', text: t('chooseFeature', s.lang) }),
      ...buttons,
    ]);
    place(box, s.choice, map);
    buttons[0]?.focus();
  };
  store.subscribe((s, p) => {
    if (s.choice !== p.choice || (s.choice && s.lang !== p.lang)) render(s);
    // Focus was in the chooser: give it back to the map, not to a button that is gone.
    if (p.choice && !s.choice && box.contains(document.activeElement)) returnFocus();
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      actions.offerChoice(null);
      e.stopPropagation();
      return;
    }
    const buttons = [...box.querySelectorAll<HTMLButtonElement>('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 || buttons.length === 0) return;
    buttons[(i + step + buttons.length) % buttons.length]?.focus();
    e.preventDefault();
  });
}
