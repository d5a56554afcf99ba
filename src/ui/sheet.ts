/** On phones the side panel is a bottom sheet that collapses to its handle, leaving the map and its controls free. */
import { t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';

const PHONE = '(max-width: 700px)';

export function mountSheet(
  sheet: HTMLElement,
  handle: HTMLButtonElement,
  store: AppStore,
  actions: Actions,
): void {
  const render = (): void => {
    const { sheetExpanded, lang } = store.getState();
    sheet.setAttribute('data-expanded', String(sheetExpanded));
    handle.setAttribute('aria-expanded', String(sheetExpanded));
    handle.textContent = sheetExpanded ? t('sheetCollapse', lang) : t('sheetExpand', lang);
    const phone = window.matchMedia?.(PHONE).matches ?? false;
    actions.setMapInsets({ bottom: phone && sheetExpanded ? sheet.getBoundingClientRect().height : 0 });
  };
  handle.addEventListener('click', () => actions.setSheetExpanded(!store.getState().sheetExpanded));
  let previous = store.getState();
  store.subscribe((state) => {
    if (state.sheetExpanded !== previous.sheetExpanded || state.lang !== previous.lang) render();
    previous = state;
  });
  render();
}
