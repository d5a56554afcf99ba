/**
 * Starts every geodata fetch at once, before the map exists, and validates each file as it arrives. The map and
 * the panels take the results when they are ready for them.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerDef } from '../layers/types.ts';
import type { FeatureIndex } from './feature_index.ts';
import { type LoadResult, loadJson } from './load_geodata.ts';
import {
  countyCollectionSchema,
  type Meta,
  metaSchema,
  plainCollectionSchema,
  transportCollectionSchema,
} from './schema.ts';

export interface LoadedLayer {
  layer: LayerDef;
  /** The validated collection, indexed for the panels where the layer has panels. */
  result: LoadResult<FeatureCollection>;
}

async function loadLayer(layer: LayerDef, index: FeatureIndex): Promise<LoadedLayer> {
  if (layer.schema === 'county') {
    const result = await loadJson(layer.data, countyCollectionSchema);
    if (result.ok) index.addCounties(result.value);
    return { layer, result: result as LoadResult<FeatureCollection> };
  }
  if (layer.schema === 'transport') {
    const result = await loadJson(layer.data, transportCollectionSchema);
    if (result.ok) index.addTransport(layer.id, result.value);
    return { layer, result: result as LoadResult<FeatureCollection> };
  }
  const result = await loadJson(layer.data, plainCollectionSchema);
  return { layer, result: result as LoadResult<FeatureCollection> };
}

export function startLoading(
  metaUrl: string,
  layers: readonly LayerDef[],
  index: FeatureIndex,
): { meta: Promise<LoadResult<Meta>>; layers: Promise<LoadedLayer>[] } {
  const meta = loadJson(metaUrl, metaSchema).then((r) => {
    if (r.ok) index.meta = r.value;
    return r;
  });
  return { meta, layers: layers.map((l) => loadLayer(l, index)) };
}
