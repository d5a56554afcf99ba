/**
 * County seats. The boundary package's centre points (`cp`) sit up to about 5 km from the seat of government
 * (尧都区 5.1 km, 长安区 3.2 km, 霍州市 2.9 km), so seats come from the research notes' DataV anchors, matched by
 * code or by today's name; the package point stands in only where no anchor matches, and each seat says which it is
 * and how far the package point was from the anchor.
 */
import distance from '@turf/distance';
import anchorsJson from '../input/seat_anchors.json' with { type: 'json' };

type Coord = [number, number];

interface Anchor {
  adcode: string;
  name: string;
  wgs84: Coord;
}

const ANCHORS = anchorsJson.anchors as Anchor[];
export const SEAT_SOURCE = { en: anchorsJson.source, zh: anchorsJson.source_zh };

export interface Seat {
  coordinates: Coord;
  source: 'anchor' | 'package';
  /** Distance from the package's own centre point to the anchor, km (one decimal); absent without an anchor. */
  packageOffsetKm?: number;
}

/** The seat of a unit from its code and the names it is or was known by; `cp` is the package's centre point. */
export function seatOf(code: string, names: readonly string[], cp: Coord | null): Seat | null {
  const anchor = ANCHORS.find((a) => a.adcode === code) ?? ANCHORS.find((a) => names.includes(a.name));
  if (!anchor) return cp ? { coordinates: cp, source: 'package' } : null;
  const seat: Seat = { coordinates: anchor.wgs84, source: 'anchor' };
  if (cp) seat.packageOffsetKm = Math.round(distance(cp, anchor.wgs84, { units: 'kilometers' }) * 10) / 10;
  return seat;
}
