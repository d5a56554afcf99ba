/**
 * Figures derived from the stated ones. Each rule names its inputs and says how it was derived, so a panel can
 * show the derivation next to the number and keep stated and derived values apart. Every derived value is rounded
 * to what its inputs support (`precision.ts`), so it never claims more digits than the report printed.
 */
import type { DerivedFigure, Figure } from '../geo/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { printedInterval, rangeOf, supportedRound } from './precision.ts';

/** Stored in the data with each feature, programme and page item (derived at build time). */
export type { DerivedFigure };

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
  compute: (a: number, b: number) => number;
  how: (a: Figure, b: Figure) => Record<Lang, string>;
  label?: (a: Figure) => Record<Lang, string>;
}

/*
 * No rule divides the tourist roads' km completed by km started: works completed in a year need not be among those
 * started in it, so that ratio is not a progress figure (issue #13).
 */
const RULES: Rule[] = [
  {
    key: 'passengers_prev',
    inputs: ['passengers', 'passengers_yoy'],
    compute: previousFromGrowth,
    how: (_a, b) => ({ zh: `本年数 ÷ (1 + ${b.value}%)`, en: `this year's figure ÷ (1 + ${b.value}%)` }),
  },
  {
    key: 'cargo_prev',
    inputs: ['cargo', 'cargo_yoy'],
    compute: previousFromGrowth,
    how: (_a, b) => ({ zh: `本年数 ÷ (1 + ${b.value}%)`, en: `this year's figure ÷ (1 + ${b.value}%)` }),
  },
  {
    key: 'total_investment',
    inputs: ['invested', 'invested_share'],
    compute: totalFromShare,
    how: (_a, b) => ({ zh: `累计投资 ÷ ${b.value}%`, en: `invested so far ÷ ${b.value}%` }),
  },
];

const ROUNDING_NOTE: Record<Lang, string> = {
  zh: '按输入数据的末位精度取整',
  en: 'rounded to what the printed inputs support',
};

/** A count and the increase on last year (`k`, `k_added`) give last year's count; a count and its share of a whole
 * (`k`, `k_share`) give the whole. Keys follow the data, so these apply to any figure named that way. */
const SUFFIX_RULES: (Omit<Rule, 'key' | 'inputs' | 'label'> & {
  suffix: string;
  derived: string;
  label: Record<Lang, string>;
})[] = [
  {
    suffix: '_added',
    derived: '_before',
    compute: (a, b) => a - b,
    how: () => ({ zh: '本年数 − 比上年增加数', en: "this year's count − the increase" }),
    label: { zh: '(上年)', en: ' (the year before)' },
  },
  {
    suffix: '_share',
    derived: '_whole',
    compute: totalFromShare,
    how: (_a, b) => ({ zh: `数量 ÷ ${b.value}%`, en: `the count ÷ ${b.value}%` }),
    label: { zh: '所占总体', en: ' — the whole they are a share of' },
  },
];

function suffixRules(figures: readonly Figure[]): Rule[] {
  return figures.flatMap((a) =>
    SUFFIX_RULES.filter(
      (r) =>
        figures.some((b) => b.key === `${a.key}${r.suffix}`) &&
        // A named rule with the same inputs (the bridge's total investment) takes precedence.
        !RULES.some((n) => n.inputs[0] === a.key && n.inputs[1] === `${a.key}${r.suffix}`),
    ).map((r) => ({
      key: `${a.key}${r.derived}`,
      inputs: [a.key, `${a.key}${r.suffix}`] as [string, string],
      compute: r.compute,
      how: r.how,
      label: (f: Figure) => {
        // The data names the derived figure on the second input; the browser's schema drops these build-only fields.
        const named = figures.find((b) => b.key === `${f.key}${r.suffix}`) as
          | (Figure & { derived_label_zh?: string; derived_label_en?: string })
          | undefined;
        return {
          zh: named?.derived_label_zh ?? `${f.label_zh ?? f.key}${r.label.zh}`,
          en: named?.derived_label_en ?? `${f.label_en ?? f.key}${r.label.en}`,
        };
      },
    })),
  );
}

/** Every derived figure whose inputs are among the given stated figures. */
export function deriveFigures(figures: readonly Figure[]): DerivedFigure[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const out: DerivedFigure[] = [];
  for (const rule of [...RULES, ...suffixRules(figures)]) {
    const a = byKey.get(rule.inputs[0]);
    const b = byKey.get(rule.inputs[1]);
    if (!a || !b) continue;
    const range = rangeOf(
      rule.compute,
      printedInterval(a.printed, a.value),
      printedInterval(b.printed, b.value),
    );
    const { value, step } = supportedRound(rule.compute(a.value, b.value), range);
    const how = rule.how(a, b);
    out.push({
      key: rule.key,
      value,
      step,
      unit: a.unit,
      asOf: a.asOf,
      ...(a.period ? { period: a.period } : {}),
      from: [a.key, b.key],
      how: { zh: `${how.zh},${ROUNDING_NOTE.zh}`, en: `${how.en}, ${ROUNDING_NOTE.en}` },
      ...(rule.label ? { label: rule.label(a) } : {}),
    });
  }
  return out;
}
