import { describe, expect, it } from 'vitest';
import { pairedRatio } from '../bench/paired.ts';

describe('paired A/B ratio', () => {
  it('is the geometric mean of the paired ratios', () => {
    const r = pairedRatio([100, 200, 400], [50, 200, 800]);
    // (0.5 · 1 · 2)^(1/3) = 1
    expect(r.ratio).toBeCloseTo(1, 10);
    expect(r.low).toBeLessThanOrEqual(r.ratio);
    expect(r.high).toBeGreaterThanOrEqual(r.ratio);
  });

  it('brackets a clear, steady speed-up tightly and away from 1', () => {
    const a = [1000, 1300, 900, 1500, 1100, 1250, 980, 1420, 1050, 1190];
    const b = a.map((x, i) => x * (0.8 + (i % 3) * 0.01));
    const r = pairedRatio(a, b);
    expect(r.ratio).toBeGreaterThan(0.8);
    expect(r.ratio).toBeLessThan(0.82);
    expect(r.high).toBeLessThan(0.83);
    expect(r.low).toBeGreaterThan(0.79);
  });

  it('straddles 1 when B is as often slower as faster, and is the same for the same loads', () => {
    const a = [1000, 1000, 1000, 1000, 1000, 1000];
    const b = [1200, 800, 1150, 850, 1100, 900];
    const r = pairedRatio(a, b);
    expect(r.low).toBeLessThan(1);
    expect(r.high).toBeGreaterThan(1);
    expect(pairedRatio(a, b)).toEqual(r);
  });

  it('refuses unpaired or non-positive samples', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow();
    expect(() => pairedRatio([], [])).toThrow();
    expect(() => pairedRatio([1, 0], [1, 1])).toThrow();
  });
});
