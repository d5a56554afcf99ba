import { describe, expect, it } from 'vitest';
import {
  formatAsOf,
  formatCite,
  formatDate,
  formatFigure,
  formatGrowth,
  formatLarge,
  formatStated,
} from '../../src/i18n/format.ts';

const sections = [{ id: 'effects', zh: '“群”效应显著', en: 'Results so far' }];

describe('formatting in each reader’s conventions', () => {
  it('uses 万 and 亿 for Chinese readers', () => {
    expect(formatFigure(1_823_000, 'passenger', 'zh')).toBe('182.3万人次');
    expect(formatFigure(2.15e9, 'yuan', 'zh')).toBe('21.5亿元');
    expect(formatFigure(6600, 'tonne', 'zh')).toBe('6,600吨');
    expect(formatFigure(32, 'route', 'zh')).toBe('32条');
    expect(formatLarge(47_670_000, 'zh')).toBe('4767万');
  });

  it('uses millions, billions and CNY for English readers', () => {
    expect(formatFigure(1_823_000, 'passenger', 'en')).toBe('1.823 million passengers');
    expect(formatFigure(748_000, 'passenger', 'en')).toBe('748,000 passengers');
    expect(formatFigure(2.15e9, 'yuan', 'en')).toBe('CNY 2.15 billion');
    expect(formatFigure(1251, 'km', 'en')).toBe('1,251 km');
    expect(formatFigure(1, 'route', 'en')).toBe('1 route');
    expect(formatFigure(45.1, 'percent', 'en')).toBe('45.1%');
  });

  it('signs growth rates', () => {
    expect(formatGrowth(24.7, 'en')).toBe('+24.7%');
    expect(formatGrowth(-3, 'zh')).toBe('−3%');
  });

  it('says when a figure holds', () => {
    expect(formatAsOf('2021-11', 'ytd', 'en')).toBe('Jan–Nov 2021');
    expect(formatAsOf('2021-11', 'ytd', 'zh')).toBe('2021年1—11月');
    expect(formatAsOf('2021-11', 'cumulative', 'en')).toBe('as of end-Nov 2021');
    expect(formatAsOf('2021-11', 'cumulative', 'zh')).toBe('截至2021年11月底');
    expect(formatDate('2021-12-08', 'en')).toBe('8 December 2021');
    expect(formatDate('2021-12-08', 'zh')).toBe('2021年12月8日');
  });

  it('cites the report by section and paragraph', () => {
    expect(formatCite({ section: 'effects', paragraph: 3 }, sections, 'en')).toBe(
      'Report, “Results so far”, para. 3',
    );
    expect(formatCite({ section: 'effects', paragraph: 3 }, sections, 'zh')).toBe(
      '报道〈“群”效应显著〉第3段',
    );
  });

  it('formats the units of the rest of the page, with “more than” where the report says 余', () => {
    expect(formatFigure(60_000, 'tonne_per_year', 'zh')).toBe('6万吨/年');
    expect(formatFigure(60_000, 'tonne_per_year', 'en')).toBe('60,000 t a year');
    expect(formatFigure(3.52e10, 'yuan', 'en')).toBe('CNY 35.2 billion');
    const results: Parameters<typeof formatStated>[0] = {
      value: 20,
      unit: 'count',
      qualifier: 'more_than',
      count_words: { zh: '项', en: ['result', 'results'] },
    };
    expect(formatStated(results, 'zh')).toBe('20余项');
    expect(formatStated(results, 'en')).toBe('20+ results');
    expect(
      formatStated({ value: 1, unit: 'count', count_words: { zh: '家', en: ['centre', 'centres'] } }, 'en'),
    ).toBe('1 centre');
    expect(formatStated({ value: 32, unit: 'route' }, 'en')).toBe('32 routes');
  });
});
