/**
 * The ledger: every number the report prints, with its unit, is either in the data — a figure whose printed form
 * starts with it and whose citation is that paragraph — or excluded: dates and ordinals by rule, anything else on an
 * explicit list with a reason. A number added to the data twice in one paragraph must be printed there twice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ledgerTokens } from '../../geodata/build/ledger.ts';
import { splitReport } from '../../geodata/build/report.ts';
import exclusionsJson from '../../geodata/input/ledger_exclusions.json' with { type: 'json' };
import { type Figure, metaSchema, transportCollectionSchema } from '../../src/geo/schema.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { REPORT_PATH, REPORT_PRESENT, readGeodata, tileLayerFile } from './helpers.ts';

/** Every figure the product holds: transport features, programmes and the rest of the page (from the built files). */
function dataFigures(): Figure[] {
  const transport = LAYERS.filter((l) => l.schema === 'transport').flatMap((l) =>
    transportCollectionSchema
      .parse(readGeodata(tileLayerFile(l.tileLayer)))
      .features.flatMap((f) => f.properties.figures),
  );
  const meta = metaSchema.parse(readGeodata('meta.json'));
  return [...transport, ...meta.programmes.flatMap((p) => p.figures), ...meta.page.flatMap((i) => i.figures)];
}

const where = (section: string, paragraph: number) => `${section} ¶${paragraph}`;

describe('ledger tokens', () => {
  it('reads a number with its scale, qualifier and unit, and classifies dates and ordinals', () => {
    const tokens = ledgerTokens('截至11月底,完成182.3万人次,签约20余项,第27届,国道520线,增幅66.7%。');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['11月', 'date'],
      ['182.3万人次', 'figure'],
      ['20余项', 'figure'],
      ['第27届', 'ordinal'],
      ['520线', 'figure'],
      ['66.7%', 'figure'],
    ]);
    expect(ledgerTokens('投资1.52亿元年产30万平方米')[1]?.text).toBe('30万平方米');
    expect(ledgerTokens('共有7')[0]?.kind).toBe('bare');
  });
});

describe.skipIf(!REPORT_PRESENT)('ledger: every number in the report is in the data or excluded', () => {
  const paragraphs = REPORT_PRESENT
    ? splitReport(readFileSync(REPORT_PATH, 'utf8'))
    : new Map<string, string[]>();
  const figures = dataFigures();
  const excluded = exclusionsJson.exclusions;

  const ledger = [...paragraphs].flatMap(([section, list]) =>
    list.flatMap((text, i) => ledgerTokens(text).map((t) => ({ section, paragraph: i + 1, ...t }))),
  );

  it('finds the report’s figures (not only dates)', () => {
    expect(ledger.filter((t) => t.kind === 'figure').length).toBeGreaterThanOrEqual(58);
  });

  it('has no number without a unit that is not explained', () => {
    const bare = ledger.filter((t) => t.kind === 'bare');
    expect(bare.map((t) => `${where(t.section, t.paragraph)} ${t.text}`)).toEqual([]);
  });

  it('holds each figure with its citation, as often as the paragraph prints it', () => {
    const missing: string[] = [];
    const counted = new Map<string, number>();
    for (const t of ledger.filter((x) => x.kind === 'figure')) {
      const key = `${where(t.section, t.paragraph)}|${t.text}`;
      counted.set(key, (counted.get(key) ?? 0) + 1);
    }
    for (const [key, times] of counted) {
      const [place = '', text = ''] = key.split('|');
      const isExcluded = excluded.some(
        (x) =>
          where(x.cite.section, x.cite.paragraph) === place && x.token === text && x.reason_en && x.reason_zh,
      );
      if (isExcluded) continue;
      const held = figures.filter(
        (f) => where(f.cite.section, f.cite.paragraph) === place && f.printed.startsWith(text),
      ).length;
      if (held < times) missing.push(`${place}: ${text} printed ${times}×, in the data ${held}×`);
    }
    expect(missing).toEqual([]);
  });

  it('lists no exclusion the report does not need', () => {
    for (const x of excluded) {
      const found = ledger.some(
        (t) => t.section === x.cite.section && t.paragraph === x.cite.paragraph && t.text === x.token,
      );
      expect(found, `${x.token} is not in ${where(x.cite.section, x.cite.paragraph)}`).toBe(true);
    }
  });

  it('cites every data figure to a paragraph that prints it', () => {
    for (const f of figures) {
      const text = paragraphs.get(f.cite.section)?.[f.cite.paragraph - 1] ?? '';
      expect(text, `${f.key} ${f.printed}`).toContain(f.printed);
    }
  });
});

describe.skipIf(!REPORT_PRESENT)('our own words', () => {
  const report = REPORT_PRESENT ? readFileSync(REPORT_PATH, 'utf8').replace(/\s+/g, '') : '';
  const meta = metaSchema.parse(readGeodata('meta.json'));

  it('every item of the rest of the page cites paragraphs that exist', () => {
    const paragraphs = splitReport(readFileSync(REPORT_PATH, 'utf8'));
    for (const item of meta.page) {
      for (const c of item.cites) expect(paragraphs.get(c.section)?.[c.paragraph - 1], item.id).toBeDefined();
    }
  });

  /** Proper names longer than the run: names are facts and may be repeated; sentences may not. */
  const NAMES = [
    '第五届丝绸之路国际博览会暨中国东西部合作与投资贸易洽谈会',
    '第27届中国兰州投资贸易洽谈会',
    '西安交通大学国家技术转移中心运城分中心',
    '首届新能源汽车技术高峰论坛暨交易洽谈会',
    '大宗货物集装箱多式联运示范工程',
  ];

  it('no Chinese description repeats 14 characters of the report in a row, names aside', () => {
    const RUN = 14;
    const transport = LAYERS.filter((l) => l.schema === 'transport').flatMap((l) =>
      transportCollectionSchema
        .parse(readGeodata(tileLayerFile(l.tileLayer)))
        .features.map((f) => f.properties)
        .flatMap((p) => [p.note_zh, p.alias_reason_zh, p.status_source?.zh]),
    );
    const texts = [
      ...meta.page.flatMap((i) => [i.title_zh, i.text_zh]),
      ...meta.programmes.flatMap((p) => [p.scope_zh, p.alias_reason_zh]),
      ...transport,
    ].filter((t): t is string => typeof t === 'string');
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      const flat = NAMES.reduce((t, n) => t.replaceAll(n, '|'), text.replace(/\s+/g, ''));
      for (let i = 0; i + RUN <= flat.length; i++) {
        const run = flat.slice(i, i + RUN);
        expect(report.includes(run), `copied: ${run}`).toBe(false);
      }
    }
  });
});
