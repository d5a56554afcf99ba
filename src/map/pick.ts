/** Turns a click into the topmost interactive feature under it (with a few pixels of slack for thin lines). */
import type { Map as MlMap, PointLike } from 'maplibre-gl';
import { companionTileLayer } from '../layers/map_style.ts';
import { INTERACTIVE_IDS, LAYERS } from '../layers/registry.ts';
import { layerOfStyleId } from '../layers/types.ts';
import type { FeatureRef } from '../state/types.ts';

const SLACK_PX = 6;

/**
 * Style layers that can be clicked: every non-label style layer of an interactive registry layer (fixed at load),
 * except those drawing a companion tile layer (the county borders), whose features name no feature of their own.
 */
export const CLICKABLE: readonly string[] = LAYERS.filter((l) => INTERACTIVE_IDS.includes(l.id))
  .flatMap((l) => l.styleLayers('zh'))
  .filter((s) => !s.id.endsWith(':label') && !companionTileLayer(s))
  .map((s) => s.id);

/** The clickable style layers the map has now (layers appear as their data loads). */
export function clickableStyleIds(map: MlMap): string[] {
  return CLICKABLE.filter((id) => map.getLayer(id) !== undefined);
}

export function pick(map: MlMap, point: { x: number; y: number }): FeatureRef | null {
  const box: [PointLike, PointLike] = [
    [point.x - SLACK_PX, point.y - SLACK_PX],
    [point.x + SLACK_PX, point.y + SLACK_PX],
  ];
  const layers = clickableStyleIds(map);
  // Thin symbols get a few pixels of slack; polygons are picked at the exact point so a click near a border
  // never selects the neighbour.
  const symbolLayers = layers.filter((id) => layerOfStyleId(id) !== 'counties');
  const polygonLayers = layers.filter((id) => layerOfStyleId(id) === 'counties');
  const symbolHits = symbolLayers.length ? map.queryRenderedFeatures(box, { layers: symbolLayers }) : [];
  const hits = symbolHits.length
    ? symbolHits
    : polygonLayers.length
      ? map.queryRenderedFeatures([point.x, point.y], { layers: polygonLayers })
      : [];
  const ranked = hits
    .map((f) => ({ f, rank: INTERACTIVE_IDS.indexOf(layerOfStyleId(f.layer.id)) }))
    .sort((a, b) => b.rank - a.rank);
  const top = ranked[0];
  if (!top) return null;
  const id = top.f.properties?.id;
  if (typeof id !== 'string') return null;
  return { layer: layerOfStyleId(top.f.layer.id), id };
}
