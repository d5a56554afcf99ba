/**
 * The report's numbers as a ledger: every Arabic-numeral figure of every paragraph with the unit printed after it,
 * classified as a date or an ordinal (excluded by rule) or a figure the data must hold. The ledger test
 * (tests/unit/ledger.test.ts) checks each figure against the data's `printed` forms and citations.
 */

/** Units (and counting words) the report prints after a number, longest first so “人次” wins over “人”. */
const UNITS = [
  '平方米',
  '人次',
  '公里',
  '家',
  '个',
  '条',
  '吨',
  '列',
  '项',
  '名',
  '所',
  '次',
  '人',
  '%',
  '元',
  '线',
];
const DATE_UNITS = ['年', '月', '日'];

export type Kind = 'figure' | 'date' | 'ordinal' | 'bare';

export interface Token {
  /** The number with what follows it, as printed: “182.3万人次”, “20余项”, “2021年”. */
  text: string;
  kind: Kind;
  /** Offset in the paragraph, for messages. */
  at: number;
}

/** What follows a number: an optional 余 (“more than”), 万 or 亿, then a unit, e.g. “余项”, “万人次”, “亿元”. */
function unitAfter(rest: string): string {
  let out = '';
  let s = rest;
  if (s.startsWith('余')) {
    out += '余';
    s = s.slice(1);
  }
  for (const scale of ['万', '亿']) {
    if (s.startsWith(scale)) {
      out += scale;
      s = s.slice(1);
      break;
    }
  }
  const unit = UNITS.find((u) => s.startsWith(u));
  return unit ? out + unit : out;
}

/** Every number in a paragraph with its unit and kind. */
export function ledgerTokens(paragraph: string): Token[] {
  const out: Token[] = [];
  for (const m of paragraph.matchAll(/\d+(?:\.\d+)?/g)) {
    const at = m.index ?? 0;
    const rest = paragraph.slice(at + m[0].length);
    const date = DATE_UNITS.find((u) => rest.startsWith(u));
    if (date) {
      out.push({ text: m[0] + date, kind: 'date', at });
      continue;
    }
    if (paragraph[at - 1] === '第') {
      out.push({ text: `第${m[0]}${rest.slice(0, 1)}`, kind: 'ordinal', at });
      continue;
    }
    const unit = unitAfter(rest);
    out.push({ text: m[0] + unit, kind: unit ? 'figure' : 'bare', at });
  }
  return out;
}
