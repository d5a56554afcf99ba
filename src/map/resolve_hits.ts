/**
 * What a click means when several features are under the pointer. Reported features win over the counties, and
 * the counties over context lines (trunk expressways the report does not mention). A point symbol right under the
 * pointer is what was meant; otherwise, when the pointer is near more than one line or symbol, or near a context
 * line inside a county, the reader chooses.
 */
import type { FeatureRef } from '../state/types.ts';

export interface Hit {
  ref: FeatureRef;
  /** A county polygon, picked at the exact point (lines and symbols get a few pixels of slack). */
  polygon: boolean;
  /** A point symbol (airport, port, hub) right under the pointer, not only within the slack. */
  pointUnder?: boolean;
}

export type Resolved =
  | { kind: 'none' }
  | { kind: 'one'; ref: FeatureRef }
  | { kind: 'choose'; refs: FeatureRef[] };

function unique(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.ref.layer}/${h.ref.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `hits` in drawing order, topmost first; `isContext` says which features the report does not mention. */
export function resolveHits(hits: Hit[], isContext: (ref: FeatureRef) => boolean): Resolved {
  const all = unique(hits);
  // A point symbol is drawn above every line and covers it: a click on it means it.
  const point = all.find((h) => h.pointUnder && !isContext(h.ref)) ?? all.find((h) => h.pointUnder);
  if (point) return { kind: 'one', ref: point.ref };
  const symbols = all.filter((h) => !h.polygon);
  const reported = symbols.filter((h) => !isContext(h.ref));
  const context = symbols.filter((h) => isContext(h.ref));
  const polygons = all.filter((h) => h.polygon);
  const ranked = [...reported, ...polygons, ...context].map((h) => h.ref);
  const [first] = ranked;
  if (!first) return { kind: 'none' };
  // Nothing but a county, or a single line or symbol the report names: that is what was meant.
  if (symbols.length === 0 || (symbols.length === 1 && reported.length === 1))
    return { kind: 'one', ref: first };
  // A lone context line over no county is unambiguous too.
  if (symbols.length === 1 && polygons.length === 0) return { kind: 'one', ref: first };
  return { kind: 'choose', refs: ranked };
}
