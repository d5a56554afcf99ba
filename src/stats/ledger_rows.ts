/**
 * The ledger of figures: every figure the report states and every figure derived from them, one row each, with
 * what it is, when it holds, where the report says it, how a derived one was computed, how precise it is and which
 * feature it belongs to. Pure: the ledger tab, the downloads and the fact sheet all read their figures from here,
 * so the product has one list of figures.
 */
import type {
  Cite,
  DerivedFigure,
  Figure,
  Meta,
  PageItem,
  Precision,
  Programme,
  TransportProps,
  Unit,
} from '../geo/schema.ts';
import { formatAsOf, formatCites, formatFigure, formatStated, type SectionName } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { FIGURE_LABELS } from '../i18n/strings.ts';
import { printedStep } from './precision.ts';

export type Bilingual = Record<Lang, string>;

/** The map feature a figure belongs to, which a click on its row selects. */
export interface LedgerFeature {
  layer: string;
  id: string;
  name: Bilingual;
  /** How precise the feature's position is (a county follows the boundary data). */
  precision: Precision;
}

export interface LedgerRow {
  /** Stable across builds: owner kind, owner id and figure key, e.g. `airports/yuncheng_zhangxiao/passengers`. */
  id: string;
  key: string;
  kind: 'stated' | 'derived';
  label: Bilingual;
  value: number;
  unit: Unit;
  /** The value with its unit as the interface shows it (≈ before a derived one). */
  text: Bilingual;
  /** The figure as the report prints it (stated figures only). */
  printed: string | null;
  period: 'ytd' | 'cumulative' | null;
  asOf: string;
  /** Where the report says it: the figure's paragraph, or for a derived figure its inputs' paragraphs. */
  cites: Cite[];
  /** How a derived figure was computed, and from which figures (keys of the same owner). */
  how: Bilingual | null;
  from: string[];
  /**
   * The smallest step the value is known to: a stated figure's last printed digit in its own unit (“182.3万” →
   * 1,000), a derived figure's rounding step (src/stats/precision.ts).
   */
  precision: number;
  /** What the figure is about in the report: the feature, programme or page item that holds it. */
  owner: { kind: 'feature' | 'programme' | 'page'; id: string; name: Bilingual };
  feature: LedgerFeature | null;
  /** Position in the report: section order, paragraph, then the order the data lists figures in. */
  order: number;
}

export interface LedgerSource {
  meta: Pick<Meta, 'sections' | 'programmes' | 'page'>;
  /** Transport and project features in registry order, each with its layer id. */
  transport: readonly { layer: string; props: TransportProps }[];
  /** A county's names by GB code, where counties are loaded (page items of Hejin and Yuanqu point at them). */
  countyName: (id: string) => Bilingual | null;
}

interface Owner {
  kind: LedgerRow['owner']['kind'];
  id: string;
  name: Bilingual;
  figures: readonly Figure[];
  derived: readonly DerivedFigure[];
  feature: LedgerFeature | null;
}

function labelOf(f: Figure): Bilingual {
  const fallback = FIGURE_LABELS[f.key];
  return { zh: f.label_zh ?? fallback?.zh ?? f.key, en: f.label_en ?? fallback?.en ?? f.key };
}

/** Stable across builds: `airports/yuncheng_zhangxiao/passengers`, `programme/…/…`, `page/…/…`. */
function rowId(owner: Owner, key: string): string {
  return `${owner.kind === 'feature' ? owner.feature?.layer : owner.kind}/${owner.id}/${key}`;
}

function statedRow(owner: Owner, f: Figure): Omit<LedgerRow, 'order'> {
  return {
    id: rowId(owner, f.key),
    key: f.key,
    kind: 'stated',
    label: labelOf(f),
    value: f.value,
    unit: f.unit,
    text: { zh: formatStated(f, 'zh'), en: formatStated(f, 'en') },
    printed: f.printed,
    period: f.period ?? null,
    asOf: f.asOf,
    cites: [f.cite],
    how: null,
    from: [],
    precision: printedStep(f.printed, f.value),
    owner: { kind: owner.kind, id: owner.id, name: owner.name },
    feature: owner.feature,
  };
}

function derivedRow(owner: Owner, d: DerivedFigure): Omit<LedgerRow, 'order'> {
  const inputs = d.from.flatMap((k) => owner.figures.filter((f) => f.key === k));
  const cites = inputs
    .map((f) => f.cite)
    .filter(
      (c, i, all) => all.findIndex((x) => x.section === c.section && x.paragraph === c.paragraph) === i,
    );
  // A derived count reads with the words of the count it comes from (“≈ 47 firms”), never with “more than”.
  const words = inputs[0]?.count_words;
  const text = (lang: Lang): string =>
    `≈ ${words ? formatStated({ value: d.value, unit: d.unit, count_words: words }, lang) : formatFigure(d.value, d.unit, lang)}`;
  const fallback = FIGURE_LABELS[d.key];
  return {
    id: rowId(owner, d.key),
    key: d.key,
    kind: 'derived',
    label: d.label ?? { zh: fallback?.zh ?? d.key, en: fallback?.en ?? d.key },
    value: d.value,
    unit: d.unit,
    text: { zh: text('zh'), en: text('en') },
    printed: null,
    period: d.period ?? null,
    asOf: d.asOf,
    cites,
    how: d.how,
    from: d.from,
    precision: d.step,
    owner: { kind: owner.kind, id: owner.id, name: owner.name },
    feature: owner.feature,
  };
}

function featureOwner(t: { layer: string; props: TransportProps }): Owner {
  const p = t.props;
  const feature = {
    layer: t.layer,
    id: p.id,
    name: { zh: p.name_zh, en: p.name_en },
    precision: p.precision,
  };
  return { kind: 'feature', id: p.id, name: feature.name, figures: p.figures, derived: p.derived, feature };
}

function programmeOwner(p: Programme, source: LedgerSource): Owner {
  const related = p.related ? source.transport.find((t) => t.props.id === p.related) : undefined;
  return {
    kind: 'programme',
    id: p.id,
    name: { zh: p.name_zh, en: p.name_en },
    figures: p.figures,
    derived: p.derived,
    feature: related ? featureOwner(related).feature : null,
  };
}

function pageOwner(item: PageItem, source: LedgerSource): Owner {
  const county = item.county ? source.countyName(item.county) : null;
  return {
    kind: 'page',
    id: item.id,
    name: { zh: item.title_zh, en: item.title_en },
    figures: item.figures,
    derived: item.derived,
    feature:
      item.county && county
        ? { layer: 'counties', id: item.county, name: county, precision: 'boundary' }
        : null,
  };
}

/** Every figure of the report and every figure derived from them, in the report's order. */
export function ledgerRows(source: LedgerSource): LedgerRow[] {
  const owners = [
    ...source.transport.map(featureOwner),
    ...source.meta.programmes.map((p) => programmeOwner(p, source)),
    ...source.meta.page.map((i) => pageOwner(i, source)),
  ];
  const rows = owners.flatMap((o) => [
    ...o.figures.map((f) => statedRow(o, f)),
    ...o.derived.map((d) => derivedRow(o, d)),
  ]);
  const sectionIndex = (c: Cite | undefined): number =>
    c ? source.meta.sections.findIndex((s) => s.id === c.section) : source.meta.sections.length;
  // Report order: section, paragraph, then the data's own order (a derived figure follows its inputs).
  const placed = rows.map((r, i) => ({ r, s: sectionIndex(r.cites[0]), p: r.cites[0]?.paragraph ?? 0, i }));
  placed.sort((a, b) => a.s - b.s || a.p - b.p || a.i - b.i);
  return placed.map(({ r }, order) => ({ ...r, order }));
}

/** The figures of one feature (the fact sheet of a selection, a card), in report order. */
export function rowsOfFeature(rows: readonly LedgerRow[], layer: string, id: string): LedgerRow[] {
  return rows.filter((r) => r.feature?.layer === layer && r.feature.id === id);
}

export function sectionName(id: string, sections: readonly SectionName[], lang: Lang): string {
  return sections.find((s) => s.id === id)?.[lang] ?? id;
}

/** “报道〈…〉第3段” / “Report, “…”, para. 3”, joined for several paragraphs. */
export function citesText(row: LedgerRow, sections: readonly SectionName[], lang: Lang): string {
  return formatCites(row.cites, sections, lang);
}

/** When the figure holds, in the reader's words. */
export function whenText(row: LedgerRow, lang: Lang): string {
  return formatAsOf(row.asOf, row.period ?? undefined, lang);
}
