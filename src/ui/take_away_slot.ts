/**
 * Where the share dialog's "Take away" group goes: its heading at once, its buttons from an on-demand module (a few
 * milliseconds on first open), so the opening page does not carry them.
 */
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { el } from './dom.ts';
import type { TakeAwayDeps } from './take_away.ts';

export function takeAwaySlot(deps: TakeAwayDeps, lang: Lang, close: () => void): HTMLElement {
  const slot = el(
    'section',
    { class: 'take-away', 'aria-labelledby': 'take-away-title', 'data-testid': 'take-away' },
    [el('h3', { id: 'take-away-title', text: t('takeAway', lang) })],
  );
  void import('./take_away.ts').then(
    (m) => slot.append(...m.takeAwayControls(deps, lang, close)),
    (err: unknown) => console.warn('the take-away buttons could not load:', err),
  );
  return slot;
}
