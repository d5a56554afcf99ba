/**
 * A reference, not a budget: the least a vector-tile map of this data can do. The app's own tiles, served the same
 * way, drawn as two layers (county fill and county borders) with the app's map options; no labels, no transport,
 * no panels. The app's time over this one shows what everything the app adds costs; this one's time over the
 * floor shows what any tiled map pays before it draws anything of its own.
 */
import tileManifest from 'virtual:geodata-tiles';
import { benchMap, markIdle } from './bench_map.ts';

// The worker needs an absolute URL, with the braces of the template left unencoded.
const tiles = `${new URL(tileManifest.path, window.location.href).href}{z}/{x}/{y}.pbf`;
const map = benchMap({ fadeDuration: 0, validateStyle: false });
map.on('load', () => {
  const { minzoom, maxzoom, bounds } = tileManifest;
  map.addSource('geodata', { type: 'vector', tiles: [tiles], minzoom, maxzoom, bounds, promoteId: 'id' });
  map.addLayer({
    id: 'counties-fill',
    type: 'fill',
    source: 'geodata',
    'source-layer': 'counties',
    paint: { 'fill-color': '#c8553d', 'fill-opacity': 0.4, 'fill-antialias': false },
  });
  map.addLayer({
    id: 'counties-line',
    type: 'line',
    source: 'geodata',
    'source-layer': 'county_edges',
    paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
  });
  markIdle(map);
});
