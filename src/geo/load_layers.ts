/**
 * Starts every panel-file fetch at once, before the map exists, and validates each file as it arrives. The panels
 * take the results when they are ready for them; the map only learns which layers failed.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerDef } from '../layers/types.ts';
import type { FeatureIndex } from './feature_index.ts';
import { type LoadResult, loadJson } from './load_geodata.ts';
import { countyCollectionSchema, type Meta, metaSchema, transportCollectionSchema } from './schema.ts';

export interface LoadedLayer {
  layer: LayerDef;
  /** The panel file that was read. */
  url: string;
  /** The validated collection, indexed for the panels where the layer has panels. */
  result: LoadResult<FeatureCollection>;
}

async function loadLayer(layer: LayerDef, url: string, index: FeatureIndex): Promise<LoadedLayer> {
  if (layer.schema === 'county') {
    const result = await loadJson(url, countyCollectionSchema);
    if (result.ok) index.addCounties(layer.id, result.value);
    return { layer, url, result: result as LoadResult<FeatureCollection> };
  }
  const result = await loadJson(url, transportCollectionSchema);
  if (result.ok) index.addTransport(layer.id, result.value);
  return { layer, url, result: result as LoadResult<FeatureCollection> };
}

export function startLoading(
  metaUrl: string,
  layers: readonly LayerDef[],
  index: FeatureIndex,
): { meta: Promise<LoadResult<Meta>>; layers: { url: string; loaded: Promise<LoadedLayer> }[] } {
  const meta = loadJson(metaUrl, metaSchema).then((r) => {
    if (r.ok) index.meta = r.value;
    return r;
  });
  // Only layers with panels are read here; the map draws every layer from the vector tiles.
  return {
    meta,
    layers: layers.flatMap((l) =>
      l.panelData === null ? [] : [{ url: l.panelData, loaded: loadLayer(l, l.panelData, index) }],
    ),
  };
}
