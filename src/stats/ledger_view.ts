/** Sorting and filtering the ledger's rows, and the citation its “Cite” action copies. Pure. */
import type { Meta } from '../geo/schema.ts';
import type { SectionName } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { FeatureRef, LedgerSort, LedgerView } from '../state/types.ts';
import { citesText, type LedgerRow, sectionName, whenText } from './ledger_rows.ts';

const collators: Partial<Record<Lang, Intl.Collator>> = {};
function collator(lang: Lang): Intl.Collator {
  collators[lang] ??= new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  return collators[lang];
}

/** A row's primary comparison for each sort; ties always fall back to report order. */
function primary(sort: LedgerSort, lang: Lang): (a: LedgerRow, b: LedgerRow) => number {
  switch (sort) {
    case 'label':
      return (a, b) => collator(lang).compare(a.label[lang], b.label[lang]);
    case 'value':
      return (a, b) => a.value - b.value;
    case 'asOf':
      return (a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0);
    case 'kind':
      return (a, b) => (a.kind === b.kind ? 0 : a.kind === 'stated' ? -1 : 1);
    case 'feature':
      // Figures that belong to no map feature go last either way.
      return (a, b) =>
        a.feature && b.feature
          ? collator(lang).compare(a.feature.name[lang], b.feature.name[lang])
          : Number(!a.feature) - Number(!b.feature);
    default:
      return (a, b) => a.order - b.order;
  }
}

export function sortRows(
  rows: readonly LedgerRow[],
  sort: LedgerSort,
  descending: boolean,
  lang: Lang,
): LedgerRow[] {
  const cmp = primary(sort, lang);
  const sign = descending ? -1 : 1;
  const noFeatureLast = sort === 'feature';
  return [...rows].sort((a, b) => {
    if (noFeatureLast && Boolean(a.feature) !== Boolean(b.feature)) return cmp(a, b);
    return sign * cmp(a, b) || a.order - b.order;
  });
}

/** Everything a reader may type to find a row: names in both languages, the value as shown and as printed. */
function haystack(row: LedgerRow, sections: readonly SectionName[]): string {
  return [
    row.label.zh,
    row.label.en,
    row.text.zh,
    row.text.en,
    row.printed ?? '',
    row.owner.name.zh,
    row.owner.name.en,
    row.feature?.name.zh ?? '',
    row.feature?.name.en ?? '',
    ...row.cites.flatMap((c) => [
      sectionName(c.section, sections, 'zh'),
      sectionName(c.section, sections, 'en'),
    ]),
  ]
    .join('\n')
    .toLowerCase();
}

export function filterRows(
  rows: readonly LedgerRow[],
  view: Pick<LedgerView, 'query' | 'kind' | 'section'> & Partial<Pick<LedgerView, 'selectedOnly'>>,
  sections: readonly SectionName[],
  selection: FeatureRef | null = null,
): LedgerRow[] {
  const words = view.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const only = view.selectedOnly ? selection : null;
  return rows.filter(
    (r) =>
      (view.kind === 'all' || r.kind === view.kind) &&
      (view.section === '' || r.cites.some((c) => c.section === view.section)) &&
      (!only || (r.feature?.layer === only.layer && r.feature.id === only.id)) &&
      (words.length === 0 || words.every((w) => haystack(r, sections).includes(w))),
  );
}

/** The rows a ledger view shows: filtered, then sorted. */
export function viewRows(
  rows: readonly LedgerRow[],
  view: LedgerView,
  sections: readonly SectionName[],
  lang: Lang,
  selection: FeatureRef | null = null,
): LedgerRow[] {
  return sortRows(filterRows(rows, view, sections, selection), view.sort, view.descending, lang);
}

export interface CitationContext {
  sections: readonly SectionName[];
  report: Pick<Meta['report'], 'titleZh' | 'titleEn' | 'publishedApprox'>;
  /** The map's own title, so the link says what it opens. */
  mapTitle: string;
  /** The link that reopens this view. */
  link: string;
}

function monthText(yearMonth: string, lang: Lang): string {
  const [y, m] = yearMonth.split('-').map(Number);
  if (!y || !m) return yearMonth;
  return lang === 'zh'
    ? `${y}年${m}月`
    : new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(y, m - 1, 1),
      );
}

/**
 * A citation to paste: the figure (with what it belongs to, when it holds, stated or derived and how), the report
 * and its date, the section and paragraph, and the link to this view. Our words; the report is cited, not quoted.
 */
export function citation(row: LedgerRow, ctx: CitationContext, lang: Lang): string {
  const about = row.feature?.name[lang] ?? row.owner.name[lang];
  const when = whenText(row, lang);
  const where = citesText(row, ctx.sections, lang);
  const date = monthText(ctx.report.publishedApprox, lang);
  if (lang === 'zh') {
    // Full-width punctuation, written as escapes so no editor or formatter turns it into ASCII.
    const [open, close, colon, comma, semi] = ['\uFF08', '\uFF09', '\uFF1A', '\uFF0C', '\uFF1B'];
    const kind = row.how ? `推算值${open}${row.how.zh}${close}` : '报道数据';
    return (
      `${row.label.zh}${open}${about}${close}${colon}${row.text.zh}${comma}${when}${comma}${kind}。` +
      `来源${colon}《${ctx.report.titleZh}》${comma}报纸报道${comma}约${date}${semi}${where}。` +
      `${ctx.mapTitle}${colon}${ctx.link}`
    );
  }
  const kind = row.how ? `derived: ${row.how.en}` : 'stated in the report';
  return (
    `${row.label.en} (${about}): ${row.text.en}, ${when} (${kind}). ` +
    `Source: ${ctx.report.titleEn}, about ${date}; ${where}. ` +
    `${ctx.mapTitle}: ${ctx.link}`
  );
}
