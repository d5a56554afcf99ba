/** The ordered layer registry (bottom to top). The map, legend, toggles, feature list and link codec all read it. */
import { CLUSTER, COUNTIES, PREFECTURES, PROVINCES, RIVERS, SEATS } from './boundaries.ts';
import { TRANSPORT_LAYERS } from './transport.ts';
import type { LayerDef } from './types.ts';

export const LAYERS: readonly LayerDef[] = [
  PROVINCES,
  COUNTIES,
  PREFECTURES,
  CLUSTER,
  RIVERS,
  ...TRANSPORT_LAYERS,
  SEATS,
];

export function layerById(id: string): LayerDef | undefined {
  return LAYERS.find((l) => l.id === id);
}

export const TOGGLEABLE_IDS: readonly string[] = LAYERS.filter((l) => l.toggleable).map((l) => l.id);
export const DEFAULT_VISIBLE_IDS: readonly string[] = LAYERS.filter(
  (l) => l.toggleable && l.defaultVisible,
).map((l) => l.id);
export const INTERACTIVE_IDS: readonly string[] = LAYERS.filter((l) => l.interactive).map((l) => l.id);
