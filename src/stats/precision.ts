/**
 * How precise a derived figure can be. A printed figure such as “0.05万吨” is only known to its last printed digit
 * (here ±50 t), so whatever is computed from it is only known to within the range those inputs allow. This module
 * owns that rule: every derived value in the product is rounded by `supportedRound`, never by a fixed number of
 * digits.
 */

/** Multipliers of the Chinese counting units a printed figure may carry. */
const MULTIPLIERS: [string, number][] = [
  ['亿', 1e8],
  ['万', 1e4],
];

/** The smallest step the printed form of a figure can express, in the figure's own unit (e.g. “0.05万吨” → 100). */
export function printedResolution(printed: string, value: number): number {
  const match = printed.replace(/,/g, '').match(/-?\d+(?:\.(\d+))?/);
  if (!match) throw new Error(`no number in printed figure “${printed}”`);
  const decimals = match[1]?.length ?? 0;
  const rest = printed.slice((match.index ?? 0) + match[0].length);
  const multiplier = MULTIPLIERS.find(([ch]) => rest.startsWith(ch))?.[1] ?? 1;
  const printedNumber = Number(match[0]);
  // A plain figure printed as a percentage or count keeps its own scale; 万/亿 scale the step with the value.
  const scale = printedNumber !== 0 && multiplier !== 1 ? value / printedNumber : 1;
  return 10 ** -decimals * scale;
}

/**
 * The step a stated figure is known to, also for counts the report writes in Chinese numerals (三省, 百亿元): those
 * name only their leading digit, so the step is the place of that digit (三 → 1, 百亿 → 10¹⁰).
 */
export function printedStep(printed: string, value: number): number {
  if (/\d/.test(printed)) return printedResolution(printed, value);
  return value === 0 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(value)));
}

/** The interval a printed figure stands for: its value ± half its last printed digit. */
export function printedInterval(printed: string, value: number): [number, number] {
  const half = printedResolution(printed, value) / 2;
  return [value - half, value + half];
}

/** The range of f(a, b) over the corners of two input intervals (f is monotonic in each input here). */
export function rangeOf(
  f: (a: number, b: number) => number,
  a: readonly [number, number],
  b: readonly [number, number],
): [number, number] {
  const corners = [f(a[0], b[0]), f(a[0], b[1]), f(a[1], b[0]), f(a[1], b[1])];
  return [Math.min(...corners), Math.max(...corners)];
}

/**
 * A derived value rounded to the decimal place its input range supports: the step is the power of ten at or just
 * below half the range's width. a value known to ±25 is rounded to the ten, one known to ±0.16 to the tenth.
 */
export function supportedRound(
  value: number,
  range: readonly [number, number],
): { value: number; step: number } {
  const half = Math.abs(range[1] - range[0]) / 2;
  if (!(half > 0) || !Number.isFinite(half)) return { value, step: 0 };
  const exponent = Math.floor(Math.log10(half));
  const step = 10 ** exponent;
  // Round in the decimal domain so 47.7 does not become 47.699999999.
  const rounded =
    exponent < 0
      ? Number((Math.round(value / step) * step).toFixed(-exponent))
      : Math.round(value / step) * step;
  return { value: rounded, step };
}
