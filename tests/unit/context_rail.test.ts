/** The context high-speed rail: its input is validated, drawn only through existing seats, and says where its years come from. */
import { describe, expect, it } from 'vitest';
import { contextRailFeatures, contextRailInput } from '../../geodata/build/context_rail.ts';
import contextRailJson from '../../geodata/input/context_rail.json' with { type: 'json' };
import featuresJson from '../../geodata/input/features.json' with { type: 'json' };
import { transportCollectionSchema } from '../../src/geo/schema.ts';
import { readGeodata } from './helpers.ts';

type Seats = {
  features: { properties: { id: string; rank: string }; geometry: { coordinates: number[] } }[];
};
const seats = readGeodata('seats.geojson') as Seats;
const seatAt = new Map(
  seats.features
    .filter((f) => f.properties.rank === 'county')
    .map((f) => [f.properties.id, f.geometry.coordinates]),
);
const lines = contextRailInput();
const rail = transportCollectionSchema.parse(readGeodata('layers/rail.geojson'));

/** A copy of the input with the first line changed. */
function withFirst(change: Record<string, unknown>): unknown {
  const [first, ...rest] = contextRailJson.lines;
  return { ...contextRailJson, lines: [{ ...first, ...change }, ...rest] };
}

describe('context high-speed rail', () => {
  it('covers the six lines the issue names, with ids of their own', () => {
    expect(lines.map((l) => l.id).sort()).toEqual(
      ['baolan_hsr', 'daxi_hsr', 'xibao_hsr', 'xicheng_hsr', 'yinxi_hsr', 'zhengxi_hsr'].sort(),
    );
    const reported = new Set(featuresJson.features.map((f) => f.id));
    for (const l of lines) expect(reported.has(l.id), l.id).toBe(false);
  });

  it('is drawn through the seat anchors and nothing else, as context, with no length', () => {
    for (const line of lines) {
      const f = rail.features.find((x) => x.properties.id === line.id);
      expect(f, line.id).toBeDefined();
      expect(f?.geometry.coordinates).toEqual(line.stations.map((s) => seatAt.get(s.slice(5))));
      expect(f?.properties).toMatchObject({ in_report: false, precision: 'stations', status: 'operating' });
      expect(f?.properties.length_km).toBeUndefined();
      expect(f?.properties.opened).toEqual(line.opened);
    }
  });

  it('gives every opening year the page it was read from, in the year it names', () => {
    for (const { id, opened } of lines) {
      if (opened === null) continue;
      expect(opened.source.url, id).toMatch(/^https?:\/\//);
      expect(opened.date.slice(0, 4), id).toBe(String(opened.year));
      // A line cannot have opened after the report it is context for (December 2021).
      expect(opened.year, id).toBeLessThanOrEqual(2021);
    }
  });

  it('rejects a year without a source, a source that is not a web page, and a year the date contradicts', () => {
    const opened = contextRailJson.lines[0]?.opened;
    expect(() => contextRailInput(withFirst({ opened: { year: 2010, date: '2010-02-06' } }))).toThrow();
    expect(() =>
      contextRailInput(
        withFirst({ opened: { ...opened, source: { ...opened?.source, url: 'javascript:alert(1)' } } }),
      ),
    ).toThrow();
    expect(() => contextRailInput(withFirst({ opened: { ...opened, year: 2011 } }))).toThrow();
    // No page found: the year is left out, which the card shows as "year unverified".
    expect(contextRailInput(withFirst({ opened: null }))[0]?.opened).toBeNull();
  });

  it('rejects a station that is not a seat the map holds, and a line of one station', () => {
    expect(() =>
      contextRailFeatures(
        seats as never,
        contextRailInput(withFirst({ stations: ['seat:110101', 'seat:610112'] })),
      ),
    ).toThrow(/unknown station seat/);
    expect(() => contextRailInput(withFirst({ stations: ['seat:610112'] }))).toThrow();
  });
});
