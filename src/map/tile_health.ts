/**
 * Says when the map cannot be trusted: tiles or the basemap that fail (once per source), tiles that arrive empty,
 * and tiles that hang. MapLibre has no request time-out and treats an empty tile as a tile without data, so both
 * would otherwise leave a blank or half-drawn map without a word.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { CLUSTER_BOUNDS } from '../config.ts';
import { GEODATA_SOURCE } from '../layers/map_style.ts';
import type { LayerDef } from '../layers/types.ts';
import type { Actions } from '../state/actions.ts';
import { OSM_SOURCE } from './basemap.ts';

/** Tiles still missing this long after they were asked for are reported as hanging. */
export const SLOW_TILES_MS = 15_000;
const CHECK_EVERY_MS = 1_000;

function viewShowsCluster(map: MlMap): boolean {
  const b = map.getBounds();
  const [w, s, e, n] = CLUSTER_BOUNDS;
  return b.getWest() < e && b.getEast() > w && b.getSouth() < n && b.getNorth() > s;
}

function sourceLoaded(map: MlMap): boolean {
  // Without the source (a broken style) there is nothing to wait for.
  return map.getSource(GEODATA_SOURCE) === undefined || map.isSourceLoaded(GEODATA_SOURCE) === true;
}

export function watchTiles(map: MlMap, layers: readonly LayerDef[], actions: Actions): () => void {
  const warned = new Set<string>();
  const onError = (e: object): void => {
    // Tile errors carry the source id. Each source is reported once: a failing server fails every tile.
    const source = (e as { sourceId?: unknown }).sourceId;
    if ((source !== OSM_SOURCE && source !== GEODATA_SOURCE) || warned.has(source)) return;
    warned.add(source);
    if (source === OSM_SOURCE) actions.notify('warning', { key: 'basemapFailed' });
    else actions.notify('error', { key: 'tilesFailed' });
  };

  // Once, when the first tiles of a view over the cluster have loaded: do they hold any feature at all?
  let checkedEmpty = false;
  const checkEmpty = (): void => {
    if (checkedEmpty || !sourceLoaded(map) || !map.areTilesLoaded() || !viewShowsCluster(map)) return;
    checkedEmpty = true;
    const tileLayers = new Set(layers.map((l) => l.tileLayer));
    const any = [...tileLayers].some(
      (sourceLayer) => map.querySourceFeatures(GEODATA_SOURCE, { sourceLayer }).length > 0,
    );
    if (!any && !warned.has(GEODATA_SOURCE)) actions.notify('error', { key: 'tilesEmpty' });
  };

  let waitingSince: number | null = null;
  let reportedSlow = false;
  const checkSlow = (): void => {
    if (sourceLoaded(map)) {
      waitingSince = null;
      if (reportedSlow) actions.withdraw({ key: 'tilesSlow' });
      reportedSlow = false;
      return;
    }
    const now = performance.now();
    waitingSince ??= now;
    if (!reportedSlow && now - waitingSince > SLOW_TILES_MS) {
      reportedSlow = true;
      actions.notify('warning', { key: 'tilesSlow' });
    }
  };
  const timer = setInterval(checkSlow, CHECK_EVERY_MS);

  map.on('error', onError);
  map.on('idle', checkEmpty);
  return () => {
    clearInterval(timer);
    map.off('error', onError);
    map.off('idle', checkEmpty);
  };
}
