/**
 * Rivers for the map: Natural Earth's 1:10m river centrelines (public domain; geodata/input, see
 * ../shared/data/natural-earth/README.md) named in both languages, and one Yellow River. Where the border-derived
 * Yellow River exists (the Shanxi–Shaanxi and Shanxi–Henan reaches), it is the river; Natural Earth's own Yellow
 * River is kept only beyond it and joined to its ends, so the map never shows two Yellow Rivers side by side.
 */

import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';

const NE_FILE = new URL('../input/ne_10m_rivers_region.geojson', import.meta.url);

/** Natural Earth's name → the river's names on the map. Huan, Tuo and Quan lie at or beyond the view's edge. */
export const RIVER_NAMES: Record<string, { id: string; zh: string; en: string }> = {
  Wei: { id: 'wei', zh: '渭河', en: 'Wei River' },
  Jing: { id: 'jing', zh: '泾河', en: 'Jing River' },
  Fen: { id: 'fen', zh: '汾河', en: 'Fen River' },
  Qin: { id: 'qin', zh: '沁河', en: 'Qin River' },
  Dan: { id: 'dan', zh: '丹江', en: 'Dan River' },
  Han: { id: 'han', zh: '汉江', en: 'Han River' },
  Jialing: { id: 'jialing', zh: '嘉陵江', en: 'Jialing River' },
  Wuding: { id: 'wuding', zh: '无定河', en: 'Wuding River' },
  Zhang: { id: 'zhang', zh: '漳河', en: 'Zhang River' },
  Dali: { id: 'dali', zh: '大理河', en: 'Dali River' },
};

/** What the map shows of the rivers: about the pan limits of the map, wider than the cluster. */
const CLIP_BOX: [number, number, number, number] = [100, 30, 118, 41];

/**
 * Natural Earth vertices closer than this to the border-derived Yellow River are the same river: its measured
 * offset there is at most 3.4 km (README of the shared data).
 */
const SAME_RIVER_KM = 4;

/** How far from the derived Yellow River a tributary's last vertex may be for it to be drawn on to its bank. */
const MOUTH_KM = 10;

const PRECISION_NE = 'ne10m';
const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;

function parts(f: Feature): Position[][] {
  const g = f.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

function clipped(line: Position[]): Position[][] {
  if (line.length < 2) return [];
  const c = turf.bboxClip(turf.lineString(line), CLIP_BOX).geometry;
  const out: Position[][] =
    c.type === 'LineString' ? [c.coordinates as Position[]] : (c.coordinates as Position[][]);
  return out.filter((l) => l.length >= 2);
}

function line(props: Record<string, string>, coordinates: Position[]): Feature<LineString> {
  return {
    type: 'Feature',
    properties: props,
    geometry: {
      type: 'LineString',
      coordinates: coordinates.map((c) => [round5(c[0] ?? 0), round5(c[1] ?? 0)]),
    },
  };
}

/**
 * Natural Earth's Yellow River without the reaches the border-derived line already draws: runs of vertices far
 * from it, each end that met the derived river joined to its nearest point, so the two meet.
 */
function yellowBeyond(ne: Position[][], derived: Feature<LineString>[]): Position[][] {
  const near = (p: Position) =>
    derived.some((d) => turf.pointToLineDistance(turf.point(p), d, { units: 'kilometers' }) < SAME_RIVER_KM);
  const snap = (p: Position): Position => {
    const hits = derived.map((d) => turf.nearestPointOnLine(d, turf.point(p), { units: 'kilometers' }));
    hits.sort((a, b) => (a.properties.dist ?? 0) - (b.properties.dist ?? 0));
    return hits[0]?.geometry.coordinates ?? p;
  };
  const runs: Position[][] = [];
  for (const part of ne) {
    let run: Position[] = [];
    let afterGap = false;
    for (const p of part) {
      if (!near(p)) {
        if (afterGap && run.length === 0) run.push(snap(p));
        run.push(p);
        continue;
      }
      // A run between two stretches of the derived river is Natural Earth straying from it within its
      // precision (a few gorge bends): the derived line already draws that river.
      if (run.length && !afterGap) runs.push([...run, snap(p)]);
      run = [];
      afterGap = true;
    }
    if (run.length) runs.push(run);
  }
  return runs.filter((r) => r.length >= 2);
}

/** A tributary whose mouth ends within a few km of the derived Yellow River is drawn on to it. */
function joinedToYellow(coords: Position[], derived: Feature<LineString>[]): Position[] {
  const mouth = coords[coords.length - 1];
  if (!mouth) return coords;
  for (const d of derived) {
    const hit = turf.nearestPointOnLine(d, turf.point(mouth), { units: 'kilometers' });
    if ((hit.properties.dist ?? Infinity) < MOUTH_KM) return [...coords, hit.geometry.coordinates];
  }
  return coords;
}

/** Every river line of the map, the derived Yellow River first. */
export function buildRivers(derivedYellow: FeatureCollection): FeatureCollection<LineString> {
  const derived = derivedYellow.features.filter(
    (f): f is Feature<LineString> => f.geometry.type === 'LineString',
  );
  const yellow = { name_zh: '黄河', name_en: 'Yellow River', rank: 'main' };
  const features: Feature<LineString>[] = derived.map((d, i) =>
    line({ id: `yellow_${i + 1}`, ...yellow, precision: 'boundary' }, d.geometry.coordinates),
  );
  const ne = (JSON.parse(readFileSync(NE_FILE, 'utf8')) as FeatureCollection).features;
  const yellowNe = ne.filter((f) => f.properties?.name === 'Huang').flatMap(parts);
  let n = derived.length;
  for (const run of yellowBeyond(yellowNe, derived).flatMap(clipped)) {
    n += 1;
    features.push(line({ id: `yellow_${n}`, ...yellow, precision: PRECISION_NE }, run));
  }
  const pieceCount = new Map<string, number>();
  for (const f of ne) {
    const names = RIVER_NAMES[String(f.properties?.name)];
    if (!names) continue;
    for (const coords of parts(f)
      .flatMap(clipped)
      .map((c) => joinedToYellow(c, derived))) {
      const count = (pieceCount.get(names.id) ?? 0) + 1;
      pieceCount.set(names.id, count);
      const id = `${names.id}_${count}`;
      features.push(
        line({ id, name_zh: names.zh, name_en: names.en, rank: 'river', precision: PRECISION_NE }, coords),
      );
    }
  }
  return { type: 'FeatureCollection', features };
}
