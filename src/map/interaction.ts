/**
 * Map gestures → actions: a click selects (or offers a choice when several features are under it), the pointer
 * shows what a click would select, and a finished move is the view.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { FeatureRef, ScreenPoint } from '../state/types.ts';
import { readView, sameView } from './camera.ts';
import type { HitsAt } from './pick.ts';
import { type Resolved, resolveHits } from './resolve_hits.ts';

export interface InteractionHost {
  map: MlMap;
  store: AppStore;
  actions: Actions;
  index: FeatureIndex;
  isRestoring: () => boolean;
  /** The interactive features under a point (pick.ts, built from the registry the composition root hands over). */
  hitsAt: HitsAt;
  /** Moves the map so a clicked point is not under the details card. */
  reveal: (point: ScreenPoint) => void;
}

export function attachInteraction({
  map,
  store,
  actions,
  index,
  isRestoring,
  hitsAt,
  reveal,
}: InteractionHost): () => void {
  const isContext = (ref: FeatureRef): boolean => {
    const found = index.get(ref.layer, ref.id);
    return found?.kind === 'transport' && found.value.props.in_report === false;
  };
  const resolveAt = (point: ScreenPoint): Resolved => resolveHits(hitsAt(map, point), isContext);

  const onMoveEnd = (): void => {
    if (isRestoring()) return;
    const next = readView(map);
    const prev = store.getState().view;
    if (prev && sameView(prev, next)) return;
    actions.setView(next, 'map');
  };

  const onClick = (e: { point: ScreenPoint }): void => {
    const point = { x: e.point.x, y: e.point.y };
    const resolved = resolveAt(point);
    if (resolved.kind === 'choose') {
      actions.offerChoice({ ...point, refs: resolved.refs });
      return;
    }
    actions.offerChoice(null);
    actions.select(resolved.kind === 'one' ? resolved.ref : null);
    if (resolved.kind === 'one') reveal(point);
  };

  // Mouse moves come far faster than frames; the hover query runs at most once per frame, for the latest point.
  let hoverPoint: ScreenPoint | null = null;
  // Phones and tablets have no hover: a tip there would only linger after a tap.
  const canHover = window.matchMedia?.('(hover: hover)').matches ?? false;
  const onMouseMove = (e: { point: ScreenPoint }): void => {
    if (!canHover) return;
    const pending = hoverPoint !== null;
    hoverPoint = { x: e.point.x, y: e.point.y };
    if (pending) return;
    requestAnimationFrame(() => {
      const at = hoverPoint;
      hoverPoint = null;
      if (!at || map.isMoving()) return;
      const resolved = resolveAt(at);
      const ref =
        resolved.kind === 'one' ? resolved.ref : resolved.kind === 'choose' ? resolved.refs[0] : null;
      map.getCanvas().style.cursor = ref ? 'pointer' : '';
      actions.setHover(ref ? { ...at, ref } : null);
    });
  };
  const onLeave = (): void => {
    hoverPoint = null;
    actions.setHover(null);
  };
  const onMoveStart = (): void => {
    actions.setHover(null);
    // A chooser stays by the point it was opened at; once the map moves, that point is elsewhere.
    if (store.getState().choice && !isRestoring()) actions.offerChoice(null);
  };

  map.on('moveend', onMoveEnd);
  map.on('movestart', onMoveStart);
  map.on('click', onClick);
  map.on('mousemove', onMouseMove);
  map.on('mouseout', onLeave);
  return () => {
    map.off('moveend', onMoveEnd);
    map.off('movestart', onMoveStart);
    map.off('click', onClick);
    map.off('mousemove', onMouseMove);
    map.off('mouseout', onLeave);
  };
}
