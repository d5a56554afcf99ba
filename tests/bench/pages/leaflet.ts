/**
 * A reported peer, not a budget: the same counties and opening labels drawn the way many web maps are made, with
 * Leaflet and GeoJSON (Leaflet is the engine uMap is built on). Leaflet's defaults: SVG paths, one DOM label per
 * name (prefecture seats and provinces, as the app labels its opening view), no basemap, as the app has none.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import countiesUrl from '../../../geodata/generated/counties.geojson?url';
import provinceLabelsUrl from '../../../geodata/generated/province_labels.geojson?url';
import seatsUrl from '../../../geodata/generated/seats.geojson?url';
import { CLUSTER_BOUNDS } from '../../../src/config.ts';

type Collection = GeoJSON.FeatureCollection<GeoJSON.Geometry, Record<string, unknown>>;

performance.mark('app-start');
const [w, s, e, n] = CLUSTER_BOUNDS;
const map = L.map('map', { zoomSnap: 0, attributionControl: true });
map.fitBounds(
  [
    [s, w],
    [n, e],
  ],
  { padding: [24, 24] },
);
// The bench reads this page's map under the app's hook name; it is a Leaflet map here.
(window as unknown as { __gzMap: L.Map }).__gzMap = map;

const load = async (url: string): Promise<Collection> => (await fetch(url)).json() as Promise<Collection>;

function label(feature: GeoJSON.Feature<GeoJSON.Geometry, Record<string, unknown>>): L.Tooltip | null {
  if (feature.geometry.type !== 'Point') return null;
  const [lng, lat] = feature.geometry.coordinates;
  if (lng === undefined || lat === undefined) return null;
  return L.tooltip({ permanent: true, direction: 'center', className: 'bench-label' })
    .setLatLng([lat, lng])
    .setContent(String(feature.properties.name_en ?? ''));
}

const [counties, seats, provinces] = await Promise.all([
  load(countiesUrl),
  load(seatsUrl),
  load(provinceLabelsUrl),
]);
L.geoJSON(counties, {
  style: (f) => ({
    color: '#ffffff',
    weight: 0.6,
    fillColor: f?.properties.in_scope ? '#c8553d' : '#bdb6a8',
    fillOpacity: 0.4,
  }),
}).addTo(map);
const names = [...seats.features.filter((f) => f.properties.rank === 'prefecture'), ...provinces.features];
for (const f of names) label(f)?.addTo(map);
// Leaflet draws synchronously; the page has settled once the browser has painted the result.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    (window as unknown as { __idleAt?: number }).__idleAt = performance.now();
  }),
);
