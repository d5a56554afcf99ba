import { describe, expect, it } from 'vitest';
import { type Hit, resolveHits } from '../../src/map/resolve_hits.ts';

const county: Hit = { ref: { layer: 'counties', id: '141023' }, polygon: true };
const g5: Hit = { ref: { layer: 'highways', id: 'g5_corridor' }, polygon: false };
const bridge: Hit = { ref: { layer: 'bridges', id: 'linyi_yellow_river_bridge' }, polygon: false };
const road: Hit = { ref: { layer: 'tourist_roads', id: 'yellow_river_no1_road' }, polygon: false };
const isContext = (ref: { id: string }) => ref.id === 'g5_corridor';

describe('what a click means', () => {
  it('nothing under the pointer selects nothing', () => {
    expect(resolveHits([], isContext)).toEqual({ kind: 'none' });
  });
  it('a county alone, or a reported feature over a county, is selected directly', () => {
    expect(resolveHits([county], isContext)).toEqual({ kind: 'one', ref: county.ref });
    expect(resolveHits([bridge, county], isContext)).toEqual({ kind: 'one', ref: bridge.ref });
  });
  it('a context corridor never wins over the county it crosses: the reader chooses, county first', () => {
    expect(resolveHits([g5, county], isContext)).toEqual({ kind: 'choose', refs: [county.ref, g5.ref] });
    expect(resolveHits([g5], isContext)).toEqual({ kind: 'one', ref: g5.ref });
  });
  it('a point symbol right under the pointer wins over the line passing through it', () => {
    const airport: Hit = {
      ref: { layer: 'airports', id: 'yuncheng_zhangxiao' },
      polygon: false,
      pointUnder: true,
    };
    const rail: Hit = { ref: { layer: 'rail', id: 'yuncheng_houma_jincheng_hsr' }, polygon: false };
    expect(resolveHits([rail, airport, county], isContext)).toEqual({ kind: 'one', ref: airport.ref });
    expect(resolveHits([rail, { ...airport, pointUnder: false }, county], isContext).kind).toBe('choose');
  });
  it('two lines under the pointer offer a choice, reported ones first, each once', () => {
    expect(resolveHits([g5, bridge, road, bridge, county], isContext)).toEqual({
      kind: 'choose',
      refs: [bridge.ref, road.ref, county.ref, g5.ref],
    });
  });
});
