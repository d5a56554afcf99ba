/**
 * On phones the side panel is a bottom sheet with three positions — its handle only (peek), half the screen, the
 * whole screen — chosen by dragging the handle, tapping it (peek ⇄ half) or the arrow keys on it. The map keeps
 * framed features in the part the sheet leaves visible.
 */
import { t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import { SHEET_SNAPS, type SheetSnap } from '../state/types.ts';

const PHONE = '(max-width: 700px)';
/** A press that moves less than this is a tap, not a drag. */
const DRAG_PX = 6;
/** The sheet never takes more than this share of the map's height from the framing (at "full" the map is hidden). */
const MAX_INSET_SHARE = 0.6;

/** The snap whose height is nearest to a dragged height. */
export function nearestSnap(height: number, heights: Record<SheetSnap, number>): SheetSnap {
  let best: SheetSnap = 'half';
  for (const snap of SHEET_SNAPS)
    if (Math.abs(heights[snap] - height) < Math.abs(heights[best] - height)) best = snap;
  return best;
}

function snapHeights(sheet: HTMLElement, handle: HTMLElement): Record<SheetSnap, number> {
  const room = sheet.parentElement?.getBoundingClientRect().height ?? window.innerHeight;
  return { peek: handle.getBoundingClientRect().height, half: room * 0.55, full: room };
}

function attachDrag(sheet: HTMLElement, handle: HTMLButtonElement, store: AppStore, actions: Actions): void {
  let start: { y: number; height: number } | null = null;
  let dragged = false;
  handle.addEventListener('pointerdown', (e) => {
    start = { y: e.clientY, height: sheet.getBoundingClientRect().height };
    dragged = false;
    handle.setPointerCapture(e.pointerId);
  });
  handle.addEventListener('pointermove', (e) => {
    if (!start) return;
    const dy = start.y - e.clientY;
    if (!dragged && Math.abs(dy) < DRAG_PX) return;
    dragged = true;
    sheet.setAttribute('data-dragging', 'true');
    sheet.style.setProperty('--drag-height', `${Math.max(0, start.height + dy)}px`);
  });
  const end = (): void => {
    if (!start) return;
    start = null;
    if (!dragged) return;
    // A touch drag sends no click afterwards: forget the drag once this event is handled.
    setTimeout(() => {
      dragged = false;
    }, 0);
    const height = sheet.getBoundingClientRect().height;
    sheet.removeAttribute('data-dragging');
    actions.setSheet(nearestSnap(height, snapHeights(sheet, handle)));
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
  handle.addEventListener('click', (e) => {
    // The click that ends a mouse drag is not a tap (a touch drag sends none; a key press has detail 0).
    if (dragged && e.detail !== 0) {
      dragged = false;
      e.preventDefault();
      return;
    }
    actions.setSheet(store.getState().sheet === 'peek' ? 'half' : 'peek');
  });
  handle.addEventListener('keydown', (e) => {
    const i = SHEET_SNAPS.indexOf(store.getState().sheet);
    const next =
      e.key === 'ArrowUp' ? SHEET_SNAPS[i + 1] : e.key === 'ArrowDown' ? SHEET_SNAPS[i - 1] : undefined;
    if (!next) return;
    actions.setSheet(next);
    e.preventDefault();
  });
}

export function mountSheet(
  sheet: HTMLElement,
  handle: HTMLButtonElement,
  store: AppStore,
  actions: Actions,
): void {
  const render = (): void => {
    const { sheet: snap, lang } = store.getState();
    sheet.setAttribute('data-snap', snap);
    sheet.setAttribute('data-expanded', String(snap !== 'peek'));
    handle.setAttribute('aria-expanded', String(snap !== 'peek'));
    handle.textContent = snap === 'peek' ? t('sheetExpand', lang) : t('sheetCollapse', lang);
    handle.title = t('sheetDragHint', lang);
    const phone = window.matchMedia?.(PHONE).matches ?? false;
    const room = sheet.parentElement?.getBoundingClientRect().height ?? window.innerHeight;
    const height = Math.min(sheet.getBoundingClientRect().height, room * MAX_INSET_SHARE);
    actions.setMapInsets({ bottom: phone ? height : 0 });
    // The map's bottom controls (scale, attribution) ride just above the sheet.
    document.documentElement.style.setProperty('--sheet-inset', `${Math.round(height)}px`);
  };
  attachDrag(sheet, handle, store, actions);
  // A rotated phone or a resized window changes what the sheet covers (or whether there is a sheet at all).
  window.matchMedia?.(PHONE).addEventListener?.('change', render);
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => render()).observe(sheet);
  let previous = store.getState();
  store.subscribe((state) => {
    if (state.sheet !== previous.sheet || state.lang !== previous.lang) render();
    previous = state;
  });
  render();
}
