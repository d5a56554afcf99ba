/**
 * Number, unit and date formatting in each reader's conventions: 万/亿 for Chinese readers,
 * thousands/millions and CNY for English readers.
 */
import type { Cite, Figure, Unit } from '../geo/schema.ts';
import type { Lang } from './lang.ts';

const UNIT_ZH: Record<Unit, string> = {
  route: '条',
  city: '个',
  passenger: '人次',
  tonne: '吨',
  percent: '%',
  yuan: '元',
  km: '公里',
  train: '列',
  province: '个',
  tonne_per_year: '吨/年',
  m2_per_year: '平方米/年',
  count: '',
};

const UNIT_EN: Record<Unit, [string, string]> = {
  route: ['route', 'routes'],
  city: ['city', 'cities'],
  passenger: ['passenger', 'passengers'],
  tonne: ['t', 't'],
  percent: ['%', '%'],
  yuan: ['', ''],
  km: ['km', 'km'],
  train: ['train', 'trains'],
  province: ['province', 'provinces'],
  tonne_per_year: ['t a year', 't a year'],
  m2_per_year: ['m² a year', 'm² a year'],
  count: ['', ''],
};

/** A plain number with grouping, at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(
    value,
  );
}

/** Large counts in the reader's units: 123.4万 or 1.234 million; below ten thousand, a grouped number. */
export function formatLarge(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
    if (abs >= 1e4) return `${trim(value / 1e4)}万`;
    return formatNumber(value, lang);
  }
  if (abs >= 1e9) return `${trim(value / 1e9)} billion`;
  if (abs >= 1e6) return `${trim(value / 1e6)} million`;
  return formatNumber(value, lang);
}

/** Up to four significant digits, no trailing zeros: 123.4, 1.234, 12.34. */
function trim(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** A figure with its unit, e.g. “123.4万人次”, “1.234 million passengers”, “CNY 5.6 billion”, “12.5%”. */
export function formatFigure(value: number, unit: Unit, lang: Lang): string {
  if (unit === 'percent') return `${formatNumber(value, lang)}%`;
  if (lang === 'zh') {
    return `${formatLarge(value, lang)}${UNIT_ZH[unit]}`;
  }
  if (unit === 'yuan') return `CNY ${formatLarge(value, lang)}`;
  const body = unit === 'passenger' ? formatLarge(value, lang) : formatNumber(value, lang);
  const [one, many] = UNIT_EN[unit];
  const label = value === 1 ? one : many;
  return label ? `${body} ${label}` : body;
}

/** A stated figure: its unit, or for a `count` the words it carries, and “more than” where the report says 余. */
export function formatStated(
  f: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'count_words'>,
  lang: Lang,
): string {
  const plain = formatFigure(f.value, f.unit, lang);
  const w = f.count_words;
  if (!w) return plain;
  // Only counts carry “more than” (20余项): the qualifier goes between the number and the word.
  const more = f.qualifier ? (lang === 'zh' ? '余' : '+') : '';
  return lang === 'zh' ? `${plain}${more}${w.zh}` : `${plain}${more} ${w.en[f.value === 1 ? 0 : 1]}`;
}

/** A growth rate with its sign: “+12.5%”. */
export function formatGrowth(pct: number, lang: Lang): string {
  return `${pct >= 0 ? '+' : '−'}${formatNumber(Math.abs(pct), lang)}%`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** When a figure holds: “Jan–Nov 2021”, “as of end-Nov 2021”, “2021年1—11月”, “截至2021年11月底”. */
export function formatAsOf(asOf: string, period: 'ytd' | 'cumulative' | undefined, lang: Lang): string {
  const [yearText, monthText] = asOf.split('-');
  const year = Number(yearText);
  const month = Number(monthText);
  const monthEn = MONTHS_EN[month - 1] ?? '';
  if (period === 'ytd') return lang === 'zh' ? `${year}年1—${month}月` : `Jan–${monthEn} ${year}`;
  if (period === 'cumulative')
    return lang === 'zh' ? `截至${year}年${month}月底` : `as of end-${monthEn} ${year}`;
  return lang === 'zh' ? `截至${year}年${month}月` : `as of ${monthEn} ${year}`;
}

export interface SectionName {
  id: string;
  zh: string;
  en: string;
}

/** A citation of the report by section and paragraph, never a quotation. */
export function formatCite(cite: Cite, sections: readonly SectionName[], lang: Lang): string {
  const section = sections.find((s) => s.id === cite.section);
  const name = section ? section[lang] : cite.section;
  return lang === 'zh'
    ? `报道〈${name}〉第${cite.paragraph}段`
    : `Report, “${name}”, para. ${cite.paragraph}`;
}

/** Several cited paragraphs, joined with the language's own separator. */
export function formatCites(cites: readonly Cite[], sections: readonly SectionName[], lang: Lang): string {
  return cites.map((c) => formatCite(c, sections, lang)).join(lang === 'zh' ? ';' : '; ');
}

/** Distances and areas. */
export function formatKm(value: number, lang: Lang): string {
  return lang === 'zh' ? `${formatNumber(value, lang)}公里` : `${formatNumber(value, lang)} km`;
}

export function formatArea(km2: number, lang: Lang): string {
  return lang === 'zh' ? `${formatNumber(km2, lang, 0)}平方公里` : `${formatNumber(km2, lang, 0)} km²`;
}

/** A calendar date (YYYY-MM-DD): “2021年12月8日” or “8 December 2021”. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}
