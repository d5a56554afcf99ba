/** The interactive features under a point (with a few pixels of slack for thin lines); resolve_hits.ts ranks them. */
import type { Map as MlMap, PointLike } from 'maplibre-gl';
import { companionTileLayer } from '../layers/map_style.ts';
import { type LayerDef, layerOfStyleId } from '../layers/types.ts';
import type { Hit } from './resolve_hits.ts';

const SLACK_PX = 6;

/**
 * Style layers that can be clicked: every non-label style layer of an interactive registry layer, except those
 * drawing a companion tile layer (the county borders), whose features name no feature of their own.
 */
export function clickableStyleIds(layers: readonly LayerDef[]): string[] {
  return layers
    .filter((l) => l.interactive)
    .flatMap((l) => l.styleLayers('zh'))
    .filter((s) => !s.id.endsWith(':label') && !companionTileLayer(s))
    .map((s) => s.id);
}

export type HitsAt = (map: MlMap, point: { x: number; y: number }) => Hit[];

/**
 * Every clickable feature under a point, topmost first: lines and symbols with slack, areas (layers of the county
 * schema) at the point itself.
 */
export function createPicker(registry: readonly LayerDef[]): HitsAt {
  const clickable = clickableStyleIds(registry);
  const areaLayers = new Set(registry.filter((l) => l.schema === 'county').map((l) => l.id));
  return (map, point) => hitsIn(map, point, clickable, areaLayers);
}

function hitsIn(
  map: MlMap,
  point: { x: number; y: number },
  clickable: readonly string[],
  areaLayers: ReadonlySet<string>,
): Hit[] {
  const box: [PointLike, PointLike] = [
    [point.x - SLACK_PX, point.y - SLACK_PX],
    [point.x + SLACK_PX, point.y + SLACK_PX],
  ];
  // The clickable style layers the map has now (layers appear as their data loads).
  const layers = clickable.filter((id) => map.getLayer(id) !== undefined);
  // Thin symbols get a few pixels of slack; areas are picked at the exact point so a click near a border never
  // selects the neighbour.
  const symbolLayers = layers.filter((id) => !areaLayers.has(layerOfStyleId(id)));
  const polygonLayers = layers.filter((id) => areaLayers.has(layerOfStyleId(id)));
  const symbols = symbolLayers.length ? map.queryRenderedFeatures(box, { layers: symbolLayers }) : [];
  const polygons = polygonLayers.length
    ? map.queryRenderedFeatures([point.x, point.y], { layers: polygonLayers })
    : [];
  const exact = symbolLayers.length
    ? map.queryRenderedFeatures([point.x, point.y], { layers: symbolLayers })
    : [];
  const pointsUnder = new Set(
    exact
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => `${layerOfStyleId(f.layer.id)}/${f.properties?.id}`),
  );
  const hits: Hit[] = [];
  for (const [features, polygon] of [
    [symbols, false],
    [polygons, true],
  ] as const) {
    for (const f of features) {
      const id = f.properties?.id;
      const layer = layerOfStyleId(f.layer.id);
      if (typeof id === 'string')
        hits.push({ ref: { layer, id }, polygon, pointUnder: pointsUnder.has(`${layer}/${id}`) });
    }
  }
  return hits;
}
