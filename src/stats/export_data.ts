/**
 * The downloads: the ledger as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese
 * correctly) and every transport and project feature as GeoJSON with its figures and provenance. Pure: the ledger tab
 * turns the strings into files.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Meta, TransportProps } from '../geo/schema.ts';
import type { SectionName } from '../i18n/format.ts';
import { PRECISION_LABELS } from '../i18n/strings.ts';
import { type LedgerRow, sectionName } from './ledger_rows.ts';

type Cell = string | number | null;

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'figure_id',
  'kind',
  'label_zh',
  'label_en',
  'value',
  'unit',
  'value_zh',
  'value_en',
  'printed',
  'period',
  'as_of',
  'section',
  'section_zh',
  'section_en',
  'paragraph',
  'formula_zh',
  'formula_en',
  'derived_from',
  'precision',
  'about_zh',
  'about_en',
  'feature_layer',
  'feature_id',
  'feature_zh',
  'feature_en',
  'location_precision',
  'link',
] as const;

/** What both downloads say about a figure itself, in the columns' names. */
function figureFields(row: LedgerRow) {
  return {
    figure_id: row.id,
    kind: row.kind,
    label_zh: row.label.zh,
    label_en: row.label.en,
    value: row.value,
    unit: row.unit,
    value_zh: row.text.zh,
    value_en: row.text.en,
    printed: row.printed,
    period: row.period,
    as_of: row.asOf,
    formula_zh: row.how?.zh ?? null,
    formula_en: row.how?.en ?? null,
    precision: row.precision,
  };
}

function csvRecord(
  row: LedgerRow,
  sections: readonly SectionName[],
  link: string,
): Record<(typeof CSV_COLUMNS)[number], Cell> {
  const ids = row.cites.map((c) => c.section);
  return {
    ...figureFields(row),
    section: ids.join(';'),
    section_zh: ids.map((s) => sectionName(s, sections, 'zh')).join(';'),
    section_en: ids.map((s) => sectionName(s, sections, 'en')).join(';'),
    paragraph: row.cites.map((c) => c.paragraph).join(';'),
    derived_from: row.from.join(';') || null,
    about_zh: row.owner.name.zh,
    about_en: row.owner.name.en,
    feature_layer: row.feature?.layer ?? null,
    feature_id: row.feature?.id ?? null,
    feature_zh: row.feature?.name.zh ?? null,
    feature_en: row.feature?.name.en ?? null,
    location_precision: row.feature?.precision ?? null,
    link,
  };
}

/**
 * One row per figure, with a header row; lines end in CRLF. `linkFor` gives each row the link that opens the map
 * with the row's feature selected (or the ledger, for a figure of no feature).
 */
export function ledgerCsv(
  rows: readonly LedgerRow[],
  sections: readonly SectionName[],
  linkFor: (row: LedgerRow) => string,
): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const record = csvRecord(row, sections, linkFor(row));
    lines.push(CSV_COLUMNS.map((c) => csvCell(record[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A figure as the GeoJSON carries it: the CSV's columns about the figure itself, its citations as objects. */
function figureJson(row: LedgerRow, sections: readonly SectionName[]) {
  return {
    ...figureFields(row),
    cites: row.cites.map((c) => ({
      ...c,
      section_zh: sectionName(c.section, sections, 'zh'),
      section_en: sectionName(c.section, sections, 'en'),
    })),
    derived_from: row.from,
  };
}

export interface GeojsonSource {
  transport: readonly { layer: string; props: TransportProps; geometry: Geometry }[];
  rows: readonly LedgerRow[];
  meta: Pick<Meta, 'sections' | 'report'>;
  /** The link of the view the download was made from. */
  link: string;
}

/**
 * Every transport and project feature, with its figures (the ledger's rows that belong to it) and provenance:
 * citations, what its status rests on, where its coordinates come from and how precise they are.
 */
export function featuresGeojson(source: GeojsonSource): FeatureCollection & Record<string, unknown> {
  const { sections, report } = source.meta;
  const features: Feature[] = source.transport.map(({ layer, props, geometry }) => {
    const { figures: _stated, derived: _derived, ...rest } = props;
    const figures = source.rows.filter((r) => r.feature?.layer === layer && r.feature.id === props.id);
    return {
      type: 'Feature',
      id: `${layer}/${props.id}`,
      geometry,
      properties: {
        ...rest,
        layer,
        precision_zh: PRECISION_LABELS[props.precision]?.zh ?? props.precision,
        precision_en: PRECISION_LABELS[props.precision]?.en ?? props.precision,
        figures: figures.map((r) => figureJson(r, sections)),
      },
    };
  });
  return {
    type: 'FeatureCollection',
    // Foreign members (RFC 7946 §6.1): what the file is and where its facts come from.
    name: 'guanzhong_transport_features',
    source: {
      report_zh: report.titleZh,
      report_en: report.titleEn,
      published: report.publishedApprox,
      note: report.note,
    },
    crs_note: 'WGS84 longitude/latitude (converted from GCJ-02 where the source was GCJ-02)',
    link: source.link,
    features,
  };
}
