/** Map gestures → actions: a click selects, the pointer shows what can be clicked, a finished move is the view. */
import type { Map as MlMap } from 'maplibre-gl';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import { readView, sameView } from './camera.ts';
import { pick } from './pick.ts';

export function attachInteraction(
  map: MlMap,
  store: AppStore,
  actions: Actions,
  isRestoring: () => boolean,
): () => void {
  const onMoveEnd = (): void => {
    if (isRestoring()) return;
    const next = readView(map);
    const prev = store.getState().view;
    if (prev && sameView(prev, next)) return;
    actions.setView(next, 'map');
  };

  const onClick = (e: { point: { x: number; y: number } }): void => {
    actions.select(pick(map, e.point));
  };

  // Mouse moves come far faster than frames; the hover query runs at most once per frame, for the latest point.
  let hoverPoint: { x: number; y: number } | null = null;
  const onMouseMove = (e: { point: { x: number; y: number } }): void => {
    const pending = hoverPoint !== null;
    hoverPoint = e.point;
    if (pending) return;
    requestAnimationFrame(() => {
      if (hoverPoint) map.getCanvas().style.cursor = pick(map, hoverPoint) ? 'pointer' : '';
      hoverPoint = null;
    });
  };

  map.on('moveend', onMoveEnd);
  map.on('click', onClick);
  map.on('mousemove', onMouseMove);
  return () => {
    map.off('moveend', onMoveEnd);
    map.off('click', onClick);
    map.off('mousemove', onMouseMove);
  };
}
