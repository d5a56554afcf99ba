/**
 * Figures derived from the stated ones. Each rule names its inputs and says how it was derived, so a panel can
 * show the derivation next to the number and keep stated and derived values apart.
 */
import type { Figure, Unit } from '../geo/schema.ts';
import type { Lang } from '../i18n/lang.ts';

export interface DerivedFigure {
  key: string;
  value: number;
  unit: Unit;
  asOf: string;
  period: Figure['period'];
  /** Keys of the stated figures it comes from. */
  from: string[];
  how: Record<Lang, string>;
}

/** Last year's value from this year's value and its year-on-year growth in percent. */
export function previousFromGrowth(current: number, growthPct: number): number {
  if (growthPct <= -100) throw new RangeError('growth of −100% or less has no previous value');
  return current / (1 + growthPct / 100);
}

/** The whole from a part and the share in percent that the part makes up. */
export function totalFromShare(part: number, sharePct: number): number {
  if (sharePct <= 0) throw new RangeError('share must be positive');
  return part / (sharePct / 100);
}

/** Part as a percentage of a whole. */
export function shareOf(part: number, whole: number): number {
  if (whole <= 0) throw new RangeError('whole must be positive');
  return (part / whole) * 100;
}

interface Rule {
  key: string;
  inputs: [string, string];
  unit: (a: Figure) => Unit;
  compute: (a: number, b: number) => number;
  how: (a: Figure, b: Figure) => Record<Lang, string>;
}

const RULES: Rule[] = [
  {
    key: 'passengers_prev',
    inputs: ['passengers', 'passengers_yoy'],
    unit: (a) => a.unit,
    compute: previousFromGrowth,
    how: (_a, b) => ({ zh: `本年数 ÷ (1 + ${b.value}%)`, en: `this year's figure ÷ (1 + ${b.value}%)` }),
  },
  {
    key: 'cargo_prev',
    inputs: ['cargo', 'cargo_yoy'],
    unit: (a) => a.unit,
    compute: previousFromGrowth,
    how: (_a, b) => ({ zh: `本年数 ÷ (1 + ${b.value}%)`, en: `this year's figure ÷ (1 + ${b.value}%)` }),
  },
  {
    key: 'total_investment',
    inputs: ['invested', 'invested_share'],
    unit: (a) => a.unit,
    compute: totalFromShare,
    how: (_a, b) => ({ zh: `累计投资 ÷ ${b.value}%`, en: `invested so far ÷ ${b.value}%` }),
  },
  {
    key: 'completed_share',
    inputs: ['completed_km', 'started_km'],
    unit: () => 'percent',
    compute: shareOf,
    how: () => ({ zh: '完工里程 ÷ 开(复)工里程', en: 'km completed ÷ km started or resumed' }),
  },
];

/** Every derived figure whose inputs are among the given stated figures. */
export function deriveFigures(figures: readonly Figure[]): DerivedFigure[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const out: DerivedFigure[] = [];
  for (const rule of RULES) {
    const a = byKey.get(rule.inputs[0]);
    const b = byKey.get(rule.inputs[1]);
    if (!a || !b) continue;
    out.push({
      key: rule.key,
      value: rule.compute(a.value, b.value),
      unit: rule.unit(a),
      asOf: a.asOf,
      period: a.period,
      from: [a.key, b.key],
      how: rule.how(a, b),
    });
  }
  return out;
}
