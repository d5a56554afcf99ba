/**
 * Beyond z9 the map's own data says little more (county outlines ±250 m, schematic lines): a short note invites the
 * reader to switch on the online street basemap, which stays off by default so the map works offline.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import { el, replaceChildren } from './dom.ts';

/** Zoom above which the note shows. */
export const DEEP_ZOOM = 9;

export function mountDeepZoomHint(
  host: HTMLElement,
  map: MlMap,
  store: AppStore,
  actions: Actions,
): () => void {
  const box = el('div', { class: 'deep-zoom-hint', 'data-testid': 'deep-zoom-hint', hidden: true });
  host.appendChild(box);
  const render = (): void => {
    const { lang, basemap } = store.getState();
    const show = map.getZoom() > DEEP_ZOOM && !basemap;
    box.hidden = !show;
    if (!show) return;
    const button = el('button', { type: 'button', text: t('deepZoomButton', lang) });
    button.addEventListener('click', () => actions.setBasemap(true));
    replaceChildren(box, [el('span', { text: t('deepZoomNote', lang) }), button]);
  };
  map.on('zoomend', render);
  const unsubscribe = store.subscribe((s, p) => {
    if (s.lang !== p.lang || s.basemap !== p.basemap) render();
  });
  render();
  return () => {
    map.off('zoomend', render);
    unsubscribe();
  };
}
