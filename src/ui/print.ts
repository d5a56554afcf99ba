/**
 * Printing: the map's WebGL canvas is not kept between frames, so just before printing the map is drawn once more,
 * synchronously, and copied into an image that the print layout shows in its place; the footer gets the date the
 * data holds for and the link of exactly this view.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { t } from '../i18n/strings.ts';
import type { AppStore } from '../state/store.ts';
import { asOfText, dataAsOf } from './as_of.ts';
import { el, replaceChildren } from './dom.ts';

export function mountPrint(
  host: HTMLElement,
  mapOf: () => MlMap | null,
  store: AppStore,
  index: FeatureIndex,
): () => void {
  const snapshot = el('img', { class: 'print-map', alt: '' });
  const footer = el('p', { class: 'print-footer', 'data-testid': 'print-footer' });
  host.append(snapshot, footer);
  const fill = (): void => {
    const lang = store.getState().lang;
    const asOf = dataAsOf(index);
    replaceChildren(footer, [
      asOf ? `${asOfText(asOf, lang)} · ` : '',
      `${t('printLink', lang)} ${window.location.href}`,
    ]);
  };
  const before = (): void => {
    fill();
    const map = mapOf();
    if (!map) return;
    try {
      map.redraw();
      snapshot.src = map.getCanvas().toDataURL('image/png');
      snapshot.alt = map.getCanvas().getAttribute('aria-label') ?? '';
    } catch {
      // A lost context prints without the map picture; the rest of the page still prints.
    }
  };
  window.addEventListener('beforeprint', before);
  // The link is written a moment after each change (camera writes are throttled), so the footer follows it.
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = store.subscribe(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fill, 500);
  });
  fill();
  return () => {
    window.removeEventListener('beforeprint', before);
    unsubscribe();
  };
}
