/** The one way a panel offers "show this feature": a button that selects it and frames it on the map. */
import type { Actions } from '../state/actions.ts';
import type { FeatureRef } from '../state/types.ts';
import { type Attrs, type Child, el } from './dom.ts';

/** Its `data-select` names the feature, so focus finds the same button again after a redraw (see focusKey). */
export function selectButton(
  ref: FeatureRef,
  actions: Actions,
  attrs: Attrs,
  children: Child[] = [],
): HTMLButtonElement {
  const button = el(
    'button',
    { type: 'button', ...attrs, 'data-select': `${ref.layer}/${ref.id}` },
    children,
  );
  button.addEventListener('click', () => actions.select(ref, { focus: true }));
  return button;
}

/** A selector that finds "the same" control after a redraw: its feature (`data-select`), else its id; escaped. */
export function focusKey(node: Element | null): string | null {
  if (!(node instanceof HTMLElement)) return null;
  const select = node.getAttribute('data-select');
  if (select) return `[data-select="${CSS.escape(select)}"]`;
  return node.id ? `#${CSS.escape(node.id)}` : null;
}
