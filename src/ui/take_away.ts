/**
 * The share dialog's "Take away" buttons: Save image (a PNG of this view) and Fact sheet (a printable page). Loaded
 * when the dialog first opens; the work behind each button is loaded when it is pressed.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Lang } from '../i18n/lang.ts';
import { tt } from '../i18n/strings_take_away.ts';
import type { AppStore } from '../state/store.ts';
import { el } from './dom.ts';

export interface TakeAwayDeps {
  store: AppStore;
  index: FeatureIndex;
  mapOf: () => MlMap | null;
  /** The link of exactly this view. */
  link: () => string;
}

function imageButton(deps: TakeAwayDeps, lang: Lang, status: HTMLElement): HTMLButtonElement {
  const button = el('button', { type: 'button', 'data-testid': 'save-image', text: tt('saveImage', lang) });
  button.addEventListener('click', async () => {
    const map = deps.mapOf();
    if (!map) {
      status.textContent = tt('imageNoMap', lang);
      return;
    }
    button.disabled = true;
    status.textContent = tt('imagePreparing', lang);
    try {
      const { saveImage } = await import('../export/save_image.ts');
      await saveImage({ map, state: deps.store.getState(), index: deps.index, link: deps.link() });
      status.textContent = tt('imageSaved', lang);
    } catch (err) {
      console.warn('the image could not be made:', err);
      status.textContent = tt('imageFailed', lang);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

function sheetButton(deps: TakeAwayDeps, lang: Lang, status: HTMLElement, close: () => void): HTMLElement {
  const button = el('button', {
    type: 'button',
    'data-testid': 'open-fact-sheet',
    text: tt('factSheet', lang),
  });
  button.addEventListener('click', async () => {
    status.textContent = tt('imagePreparing', lang);
    try {
      const { openFactSheet } = await import('../export/fact_sheet.ts');
      close();
      status.textContent = '';
      await openFactSheet({ ...deps, returnFocus: document.getElementById('share-button') });
    } catch (err) {
      console.warn('the fact sheet could not be made:', err);
      status.textContent = tt('imageFailed', lang);
    }
  });
  return button;
}

/** The group's buttons and status line, added to the slot the share dialog shows (take_away_slot.ts). */
export function takeAwayControls(deps: TakeAwayDeps, lang: Lang, close: () => void): HTMLElement[] {
  const status = el('p', { class: 'share-status', role: 'status', 'data-testid': 'take-away-status' });
  return [
    el('div', { class: 'share-actions' }, [
      imageButton(deps, lang, status),
      sheetButton(deps, lang, status, close),
    ]),
    status,
  ];
}
