/** The map's own status line: "loading" until its first view is drawn, or why it cannot be drawn at all. */
import { t } from '../i18n/strings.ts';
import type { AppStore } from '../state/store.ts';

export function mountMapStatus(
  map: HTMLElement,
  message: HTMLElement,
  loading: HTMLElement,
  store: AppStore,
): void {
  const render = (): void => {
    const { mapProblem, mapReady, lang } = store.getState();
    loading.textContent = t('loading', lang);
    loading.hidden = mapReady || mapProblem !== null;
    message.hidden = mapProblem === null;
    message.textContent = mapProblem ? t(mapProblem, lang) : '';
    if (mapProblem) map.setAttribute('data-map-state', 'unavailable');
    if (mapReady) map.setAttribute('data-map-ready', 'true');
  };
  let previous = store.getState();
  store.subscribe((state) => {
    if (
      state.mapProblem !== previous.mapProblem ||
      state.mapReady !== previous.mapReady ||
      state.lang !== previous.lang
    )
      render();
    previous = state;
  });
  render();
}
