/** "Show only": one checkbox per project status; none ticked shows everything. Kept in links as `status=`. */
import { STATUSES } from '../geo/schema.ts';
import { STATUS_LABELS, t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/types.ts';
import { el } from './dom.ts';

export function statusFilter(actions: Actions, state: AppState): HTMLElement {
  const lang = state.lang;
  const boxes = STATUSES.map((status) => {
    const id = `status-${status}`;
    const input = el('input', {
      type: 'checkbox',
      id,
      'data-status': status,
      checked: state.statusFilter.includes(status),
    });
    input.addEventListener('change', () => {
      const on = new Set(state.statusFilter);
      if (input.checked) on.add(status);
      else on.delete(status);
      actions.setStatusFilter([...on]);
    });
    return el('div', { class: 'toggle-row' }, [
      input,
      el('label', { for: id, text: STATUS_LABELS[status]?.[lang] ?? status }),
    ]);
  });
  return el('fieldset', { class: 'status-filter', 'data-testid': 'status-filter' }, [
    el('legend', { text: t('statusFilter', lang) }),
    el('p', { class: 'note', text: t('statusFilterNote', lang) }),
    ...boxes,
  ]);
}

/** Whether a feature of this status passes the filter. */
export function statusShown(state: AppState, status: string): boolean {
  return state.statusFilter.length === 0 || state.statusFilter.includes(status);
}
