import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/geo/schema.ts';
import { deriveFigures, previousFromGrowth, shareOf, totalFromShare } from '../../src/stats/derive.ts';
import { printedResolution, supportedRound } from '../../src/stats/precision.ts';
import { readGeodata } from './helpers.ts';

const fig = (key: string, value: number, unit: Figure['unit'], printed = String(value)): Figure => ({
  key,
  value,
  unit,
  asOf: '2021-11',
  period: 'ytd',
  printed,
  cite: { section: 'effects', paragraph: 3 },
});

/** Figures of one feature of a committed layer file, so the tests follow the data rather than retype it. */
function figuresOf(layer: string, id: string): Figure[] {
  const fcJson = readGeodata(`layers/${layer}.geojson`) as {
    features: { properties: { id: string; figures: Figure[] } }[];
  };
  const found = fcJson.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`${layer}/${id} missing`);
  return found.properties.figures;
}

describe('derived figures', () => {
  it("derives last year's passengers from this year's and the growth", () => {
    expect(previousFromGrowth(1_823_000, 24.7)).toBeCloseTo(1_461_908.6, 0);
    expect(previousFromGrowth(748_000, 49.3)).toBeCloseTo(501_004.69, 1);
  });

  it('derives the bridge total from the invested share', () => {
    expect(totalFromShare(2.15e9, 45.1) / 1e8).toBeCloseTo(47.67, 2);
  });

  it('is the inverse of applying the growth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: -99, max: 500, noNaN: true }),
        (prev, g) => {
          expect(previousFromGrowth(prev * (1 + g / 100), g)).toBeCloseTo(prev, 3);
        },
      ),
    );
  });

  it('refuses impossible inputs', () => {
    expect(() => previousFromGrowth(1, -100)).toThrow(RangeError);
    expect(() => totalFromShare(1, 0)).toThrow(RangeError);
    expect(() => shareOf(1, 0)).toThrow(RangeError);
  });

  it('derives only what the stated figures support, and says how', () => {
    const derived = deriveFigures([
      fig('passengers', 1_823_000, 'passenger', '182.3万人次'),
      fig('passengers_yoy', 24.7, 'percent', '24.7%'),
    ]);
    expect(derived.map((d) => d.key)).toEqual(['passengers_prev']);
    expect(derived[0]?.from).toEqual(['passengers', 'passengers_yoy']);
    expect(derived[0]?.how.en).toContain('24.7%');
    expect(deriveFigures([fig('routes', 32, 'route')])).toEqual([]);
  });

  it('draws no ratio between km completed and km started in a year', () => {
    const km = deriveFigures([fig('started_km', 1251, 'km'), fig('completed_km', 1130, 'km')]);
    expect(km).toEqual([]);
  });
});

describe('derived values carry no more precision than their inputs', () => {
  it('reads the resolution of a printed figure', () => {
    expect(printedResolution('0.02万吨', 200)).toBeCloseTo(100, 9);
    expect(printedResolution('0.66万吨', 6600)).toBeCloseTo(100, 9);
    expect(printedResolution('21.5亿元', 2.15e9)).toBeCloseTo(1e7, 3);
    expect(printedResolution('45.1%', 45.1)).toBeCloseTo(0.1, 9);
    expect(printedResolution('1251公里', 1251)).toBe(1);
    expect(() => printedResolution('三省', 3)).toThrow();
  });

  it('rounds to the power of ten at or below half the input range', () => {
    expect(supportedRound(100.35, [75.2, 125.5])).toEqual({ value: 100, step: 10 });
    expect(supportedRound(47.67, [47.51, 47.84])).toEqual({ value: 47.7, step: 0.1 });
    expect(supportedRound(5, [5, 5])).toEqual({ value: 5, step: 0 });
  });

  it("gives the report's derived values at the precision the issue asks for", () => {
    const byKey = (layer: string, id: string) =>
      new Map(deriveFigures(figuresOf(layer, id)).map((d) => [d.key, d]));
    // 0.02万 t has one significant figure: last year's Linfen cargo is ≈100 t, not ≈100.4 t.
    expect(byKey('airports', 'linfen_yaodu').get('cargo_prev')?.value).toBe(100);
    expect(byKey('airports', 'yuncheng_zhangxiao').get('cargo_prev')?.value).toBe(4790);
    expect(byKey('bridges', 'linyi_yellow_river_bridge').get('total_investment')?.value).toBe(4.77e9);
    const pax = byKey('airports', 'yuncheng_zhangxiao').get('passengers_prev');
    expect(pax?.step).toBe(100);
    expect(pax?.value).toBe(1_461_900);
  });

  it('never shows more digits than the range supports (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (v, half) => {
          const range = [v - half, v + half] as const;
          const { value, step } = supportedRound(v, range);
          // Half the range as floating point sees it; a power of ten may land a hair either side.
          const seen = (range[1] - range[0]) / 2;
          expect(step).toBeLessThanOrEqual(seen * (1 + 1e-9));
          expect(step * 10).toBeGreaterThan(seen * (1 - 1e-9));
          expect(Math.abs(value - v)).toBeLessThanOrEqual(step / 2 + 1e-9 * Math.abs(v));
        },
      ),
    );
  });
});

describe('derived figures of the rest of the page', () => {
  const page = (readGeodata('meta.json') as { page: { id: string; figures: Figure[] }[] }).page;
  const derivedOf = (id: string) =>
    new Map(deriveFigures(page.find((i) => i.id === id)?.figures ?? []).map((d) => [d.key, d]));

  it("gives Hejin's 2020 counts from the increases, matching the printed growth rates", () => {
    const d = derivedOf('hejin_hightech');
    expect(d.get('hightech_before')?.value).toBe(6);
    expect(d.get('smes_before')?.value).toBe(7);
    expect(d.get('hightech_before')?.label?.en).toBe('High-tech firms in 2020');
    // The report's +66.7% and +171% agree with these counts.
    expect(shareOf(4, 6)).toBeCloseTo(66.7, 1);
    expect(shareOf(12, 7)).toBeCloseTo(171, 0);
  });

  it('gives the whole a share was taken of, to the precision the inputs allow', () => {
    const whole = derivedOf('hejin_enterprises').get('strategic_whole');
    expect(whole?.value).toBe(100);
    expect(whole?.step).toBe(1);
  });
});
