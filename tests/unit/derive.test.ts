import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/geo/schema.ts';
import { deriveFigures, previousFromGrowth, shareOf, totalFromShare } from '../../src/stats/derive.ts';

const fig = (key: string, value: number, unit: Figure['unit']): Figure => ({
  key,
  value,
  unit,
  asOf: '2021-11',
  period: 'ytd',
  printed: String(value),
  cite: { section: 'effects', paragraph: 3 },
});

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
      fig('passengers', 1_823_000, 'passenger'),
      fig('passengers_yoy', 24.7, 'percent'),
    ]);
    expect(derived.map((d) => d.key)).toEqual(['passengers_prev']);
    expect(derived[0]?.from).toEqual(['passengers', 'passengers_yoy']);
    expect(derived[0]?.how.en).toContain('24.7%');
    expect(deriveFigures([fig('routes', 32, 'route')])).toEqual([]);
    const km = deriveFigures([fig('started_km', 1251, 'km'), fig('completed_km', 1130, 'km')]);
    expect(km[0]?.key).toBe('completed_share');
    expect(km[0]?.value).toBeCloseTo(90.33, 2);
  });
});
