/** Camera limits and the opening frame. */
import type { LngLatBoundsLike } from 'maplibre-gl';

/** Bounding box of the dissolved cluster outline (west, south, east, north); a unit test checks it against geodata. */
export const CLUSTER_BOUNDS: [number, number, number, number] = [104.57, 33.35, 112.22, 36.72];

/**
 * Panning stops well outside the cluster, so the map cannot be lost in empty space. The south edge leaves room for
 * a tall phone, where the cluster is framed above the bottom sheet: the camera centre then sits far south of it and
 * the whole map height, sheet included, has to fit inside these bounds.
 */
export const MAX_BOUNDS: LngLatBoundsLike = [
  [92, 20],
  [124, 44],
];

/** Room kept around whatever the map frames; the map's controls sit at the top right. */
export const FRAME_PADDING = { top: 40, right: 60, bottom: 40, left: 40 } as const;

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 13;
export const MAX_PITCH = 60;
/** Zoom at which a list choice frames a point feature. */
export const FOCUS_POINT_ZOOM = 9;

export const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors';
