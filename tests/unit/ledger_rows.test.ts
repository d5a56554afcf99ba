/**
 * The ledger of figures (src/stats/ledger_rows.ts, ledger_view.ts): every figure of the data exactly once, with its
 * citation, derivation, precision and feature; sorting and filtering; the citation a reader copies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEDGER_SORTS, type LedgerView } from '../../src/state/types.ts';
import { type LedgerRow, ledgerRows, rowsOfFeature } from '../../src/stats/ledger_rows.ts';
import { citation, filterRows, sortRows, viewRows } from '../../src/stats/ledger_view.ts';
import { printedStep } from '../../src/stats/precision.ts';
import { META, SOURCE, TRANSPORT } from './ledger_fixture.ts';

const rows = ledgerRows(SOURCE);
const sections = META.sections;
const byId = (id: string): LedgerRow => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

/** Every owner of figures in the data, read straight from the files rather than through the module. */
const owners = [...TRANSPORT.map((t) => t.props), ...META.programmes, ...META.page] as const;
const statedCount = owners.reduce((n, o) => n + o.figures.length, 0);
const derivedCount = owners.reduce((n, o) => n + o.derived.length, 0);

describe('ledger rows', () => {
  it('holds every stated and every derived figure of the data once, under a unique id', () => {
    expect(statedCount).toBeGreaterThanOrEqual(58);
    expect(rows.filter((r) => r.kind === 'stated')).toHaveLength(statedCount);
    expect(rows.filter((r) => r.kind === 'derived')).toHaveLength(derivedCount);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    // Each stated figure of the files is a row with its own value, printed form, date and paragraph.
    for (const o of owners)
      for (const f of o.figures) {
        const match = rows.filter((r) => r.key === f.key && r.owner.id === o.id && r.kind === 'stated');
        expect(match, `${o.id}/${f.key}`).toHaveLength(1);
        expect(match[0]).toMatchObject({ value: f.value, printed: f.printed, asOf: f.asOf, cites: [f.cite] });
      }
  });

  it('cites a derived figure by its inputs’ paragraphs and says how it was computed', () => {
    const prev = byId('airports/yuncheng_zhangxiao/passengers_prev');
    const airport = TRANSPORT.find((t) => t.props.id === 'yuncheng_zhangxiao')?.props;
    const passengers = airport?.figures.find((f) => f.key === 'passengers');
    expect(prev.kind).toBe('derived');
    expect(prev.cites).toEqual([passengers?.cite]);
    expect(prev.how?.en).toMatch(/÷ \(1 \+/);
    expect(prev.from).toEqual(['passengers', 'passengers_yoy']);
    expect(prev.text.en.startsWith('≈ ')).toBe(true);
    // A derived count reads with its count's words.
    expect(byId('page/hejin_enterprises/strategic_whole').text.en).toMatch(/^≈ \d+ firms$/);
    for (const r of rows.filter((x) => x.kind === 'derived')) {
      expect(r.how, r.id).not.toBeNull();
      expect(r.cites.length, r.id).toBeGreaterThan(0);
    }
  });

  it('lists the figures in the report’s order: section, then paragraph', () => {
    const place = (r: LedgerRow) => {
      const c = r.cites[0];
      return c ? [sections.findIndex((s) => s.id === c.section), c.paragraph] : [99, 0];
    };
    for (let i = 1; i < rows.length; i++) {
      const [s0 = 0, p0 = 0] = place(rows[i - 1] as LedgerRow);
      const [s1 = 0, p1 = 0] = place(rows[i] as LedgerRow);
      expect(s1 > s0 || (s1 === s0 && p1 >= p0), `${rows[i]?.id} after ${rows[i - 1]?.id}`).toBe(true);
    }
    expect(rows.map((r) => r.order)).toEqual(rows.map((_, i) => i));
  });

  it('ties each figure to the feature it belongs to', () => {
    expect(byId('airports/yuncheng_zhangxiao/passengers').feature).toMatchObject({
      layer: 'airports',
      id: 'yuncheng_zhangxiao',
      precision: 'exact',
    });
    // A programme with a related feature points at it; the province-wide trains point at none.
    expect(byId('programme/shanxi_no1_roads/started_km').feature?.id).toBe('yellow_river_no1_road');
    expect(byId('programme/china_europe_trains/trains').feature).toBeNull();
    // Page items of Hejin and Yuanqu point at their counties, by name in both languages.
    expect(byId('page/hejin_hightech/hightech').feature).toMatchObject({
      layer: 'counties',
      id: '140882',
      name: { zh: '河津市' },
    });
    expect(rowsOfFeature(rows, 'counties', '140882').length).toBeGreaterThan(5);
    expect(rowsOfFeature(rows, 'airports', 'yuncheng_zhangxiao').map((r) => r.key)).toContain('cargo_prev');
  });

  it('gives each figure the precision its printed form supports', () => {
    expect(byId('airports/yuncheng_zhangxiao/passengers').precision).toBe(1000);
    expect(byId('airports/yuncheng_zhangxiao/passengers_yoy').precision).toBeCloseTo(0.1);
    expect(byId('airports/yuncheng_zhangxiao/passengers_prev').precision).toBe(100);
    expect(printedStep('三省', 3)).toBe(1);
    expect(printedStep('百亿元签约目标', 1e10)).toBe(1e10);
    for (const r of rows) expect(r.precision, r.id).toBeGreaterThan(0);
  });
});

const viewArb = fc.record({
  sort: fc.constantFrom(...LEDGER_SORTS),
  descending: fc.boolean(),
  query: fc.constantFrom('', 'hejin', '旅客', 'airport passengers', 'zzz', '%'),
  kind: fc.constantFrom('all' as const, 'stated' as const, 'derived' as const),
  section: fc.constantFrom('', ...sections.map((s) => s.id)),
  selectedOnly: fc.boolean(),
});
const selectionArb = fc.constantFrom(
  null,
  { layer: 'airports', id: 'yuncheng_zhangxiao' },
  { layer: 'counties', id: '140882' },
  { layer: 'rail', id: 'no_such_feature' },
);

describe('sorting and filtering', () => {
  it('sorts by value both ways, ties in report order', () => {
    const up = sortRows(rows, 'value', false, 'en');
    for (let i = 1; i < up.length; i++) {
      const a = up[i - 1] as LedgerRow;
      const b = up[i] as LedgerRow;
      expect(a.value < b.value || (a.value === b.value && a.order < b.order)).toBe(true);
    }
    const down = sortRows(rows, 'value', true, 'en');
    expect(down[0]?.value).toBe(Math.max(...rows.map((r) => r.value)));
    expect(sortRows(rows, 'report', true, 'en')[0]?.order).toBe(rows.length - 1);
  });

  it('keeps figures of no map feature last, whichever way features are sorted', () => {
    for (const descending of [false, true]) {
      const sorted = sortRows(rows, 'feature', descending, 'zh');
      const firstNone = sorted.findIndex((r) => !r.feature);
      expect(firstNone).toBeGreaterThan(0);
      expect(sorted.slice(firstNone).every((r) => !r.feature)).toBe(true);
    }
  });

  it('filters by kind, section and words in either language', () => {
    expect(filterRows(rows, { query: '', kind: 'derived', section: '' }, sections)).toHaveLength(
      derivedCount,
    );
    const hejin = filterRows(rows, { query: 'Hejin', kind: 'all', section: '' }, sections);
    expect(hejin.length).toBeGreaterThan(5);
    expect(filterRows(rows, { query: '河津', kind: 'all', section: '' }, sections)).toEqual(hejin);
    const passengers = filterRows(rows, { query: '旅客', kind: 'stated', section: '' }, sections);
    expect(passengers.map((r) => r.key).sort()).toEqual([
      'passengers',
      'passengers',
      'passengers_yoy',
      'passengers_yoy',
    ]);
    const effects = filterRows(rows, { query: '', kind: 'all', section: 'effects' }, sections);
    expect(effects.every((r) => r.cites.some((c) => c.section === 'effects'))).toBe(true);
    expect(filterRows(rows, { query: 'no such words', kind: 'all', section: '' }, sections)).toEqual([]);
    // Only the selected feature's figures, and no restriction while nothing is selected.
    const only = { query: '', kind: 'all' as const, section: '', selectedOnly: true };
    const bridge = { layer: 'bridges', id: 'linyi_yellow_river_bridge' };
    expect(filterRows(rows, only, sections, bridge).map((r) => r.key)).toEqual([
      'invested',
      'invested_share',
      'total_investment',
    ]);
    expect(filterRows(rows, only, sections, null)).toHaveLength(rows.length);
  });

  it('shows a subset of the rows, each once, that passes the filter, for any view', () => {
    fc.assert(
      fc.property(
        viewArb,
        fc.constantFrom('zh' as const, 'en' as const),
        selectionArb,
        (view: LedgerView, lang, selection) => {
          const shown = viewRows(rows, view, sections, lang, selection);
          const ids = shown.map((r) => r.id);
          expect(new Set(ids).size).toBe(ids.length);
          const allowed = new Set(filterRows(rows, view, sections, selection).map((r) => r.id));
          expect(ids.length).toBe(allowed.size);
          for (const r of shown) {
            expect(allowed.has(r.id)).toBe(true);
            if (view.kind !== 'all') expect(r.kind).toBe(view.kind);
            if (view.selectedOnly && selection) expect(r.feature).toMatchObject(selection);
          }
        },
      ),
    );
  });
});

describe('citation', () => {
  const ctx = {
    sections,
    report: META.report,
    mapTitle: 'The map',
    link: 'https://example.org/map/#sel=airports/yuncheng_zhangxiao&panel=figures',
  };

  it('names the figure, its feature, when, the report and its date, section and paragraph, and the link', () => {
    const row = byId('airports/yuncheng_zhangxiao/passengers');
    const en = citation(row, ctx, 'en');
    expect(en).toContain('Passengers (Yuncheng Zhangxiao');
    expect(en).toContain(row.text.en);
    expect(en).toContain('Jan–Nov 2021');
    expect(en).toContain('stated in the report');
    expect(en).toContain(META.report.titleEn);
    expect(en).toContain('December 2021');
    expect(en).toContain('“Results so far”, para. 3');
    expect(en.endsWith(ctx.link)).toBe(true);
    const zh = citation(row, ctx, 'zh');
    expect(zh).toContain('旅客吞吐量\uFF08运城张孝');
    expect(zh).toContain(row.text.zh);
    expect(zh).toContain('2021年1—11月');
    expect(zh).toContain(`《${META.report.titleZh}》`);
    expect(zh).toContain('约2021年12月');
    expect(zh).toContain('第3段');
    expect(zh.endsWith(ctx.link)).toBe(true);
  });

  it('says how a derived figure was derived, and never quotes the report', () => {
    const row = byId('bridges/linyi_yellow_river_bridge/total_investment');
    expect(citation(row, ctx, 'en')).toContain(`derived: ${row.how?.en}`);
    expect(citation(row, ctx, 'zh')).toContain(`推算值\uFF08${row.how?.zh}\uFF09`);
    // A figure of no feature is cited by what it belongs to.
    expect(citation(byId('programme/china_europe_trains/trains'), ctx, 'en')).toMatch(/^China–Europe/);
  });
});
