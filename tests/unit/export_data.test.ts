/** The downloads (src/stats/export_data.ts): CSV with a BOM, one row per ledger figure; GeoJSON of every feature. */
import { describe, expect, it } from 'vitest';
import { plainCollectionSchema } from '../../src/geo/schema.ts';
import { CSV_COLUMNS, csvCell, featuresGeojson, ledgerCsv } from '../../src/stats/export_data.ts';
import { ledgerRows, rowsOfFeature } from '../../src/stats/ledger_rows.ts';
import { parseCsv } from '../csv_parse.ts';
import { META, SOURCE, TRANSPORT } from './ledger_fixture.ts';

const rows = ledgerRows(SOURCE);
const linkFor = (r: { id: string }) => `https://example.org/#x=${encodeURIComponent(r.id)}`;

describe('CSV', () => {
  const text = ledgerCsv(rows, META.sections, linkFor);
  const [header = [], ...records] = parseCsv(text.slice(1));

  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });

  it('has one record per ledger figure, each with every column', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(rows.length);
    for (const r of records) expect(r).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(records.map((r) => r[col('figure_id')])).toEqual(rows.map((r) => r.id));
    expect(records.map((r) => Number(r[col('value')]))).toEqual(rows.map((r) => r.value));
  });

  it('carries section, paragraph, stated or derived, precision and feature', () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const find = (id: string) => records.find((r) => r[col('figure_id')] === id) ?? [];
    const passengers = find('airports/yuncheng_zhangxiao/passengers');
    expect(passengers[col('kind')]).toBe('stated');
    expect(passengers[col('section')]).toBe('effects');
    expect(passengers[col('section_zh')]).toBe('“群”效应显著');
    expect(passengers[col('paragraph')]).toBe('3');
    expect(passengers[col('printed')]).toBe('182.3万人次');
    expect(passengers[col('precision')]).toBe('1000');
    expect(passengers[col('feature_layer')]).toBe('airports');
    expect(passengers[col('feature_zh')]).toBe('运城张孝机场');
    expect(passengers[col('location_precision')]).toBe('exact');
    expect(passengers[col('link')]).toBe(linkFor({ id: 'airports/yuncheng_zhangxiao/passengers' }));
    const total = find('bridges/linyi_yellow_river_bridge/total_investment');
    expect(total[col('kind')]).toBe('derived');
    expect(total[col('formula_en')]).toMatch(/÷/);
    expect(total[col('derived_from')]).toBe('invested;invested_share');
    expect(find('programme/china_europe_trains/trains')[col('feature_id')]).toBe('');
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nnow')).toBe('"say ""hi""\nnow"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
    expect(parseCsv(`a,${csvCell('x,"y"\r\nz')}\r\n`)).toEqual([['a', 'x,"y"\r\nz']]);
  });
});

describe('GeoJSON', () => {
  const link = 'https://example.org/#panel=figures';
  const fc = featuresGeojson({ transport: TRANSPORT, rows, meta: META, link });

  it('is a valid FeatureCollection of every transport and project feature', () => {
    const parsed = plainCollectionSchema.parse(JSON.parse(JSON.stringify(fc)));
    expect(parsed.features).toHaveLength(TRANSPORT.length);
    expect(fc.features.map((f) => f.id)).toEqual(TRANSPORT.map((t) => `${t.layer}/${t.props.id}`));
    expect(fc.link).toBe(link);
  });

  it('gives each feature its ledger figures and its provenance', () => {
    for (const t of TRANSPORT) {
      const f = fc.features.find((x) => x.id === `${t.layer}/${t.props.id}`);
      const p = f?.properties ?? {};
      expect(p.figures.map((x: { figure_id: string }) => x.figure_id)).toEqual(
        rowsOfFeature(rows, t.layer, t.props.id).map((r) => r.id),
      );
      expect(p.coord_source_en).toBe(t.props.coord_source_en);
      expect(p.precision).toBe(t.props.precision);
      expect(typeof p.precision_en).toBe('string');
      expect(p.cites).toEqual(t.props.cites);
      expect(p.status_source).toEqual(t.props.status_source);
      expect(f?.geometry).toEqual(t.geometry);
    }
    const airport = fc.features.find((x) => x.id === 'airports/yuncheng_zhangxiao')?.properties ?? {};
    const passengers = airport.figures.find((x: { figure_id: string }) =>
      x.figure_id.endsWith('/passengers'),
    );
    expect(passengers).toMatchObject({ kind: 'stated', printed: '182.3万人次', precision: 1000 });
    expect(passengers.cites[0]).toMatchObject({
      section: 'effects',
      paragraph: 3,
      section_en: 'Results so far',
    });
  });
});
