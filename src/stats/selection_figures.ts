/**
 * The figures of a selection as plain rows (what, value, stated or derived, when, where in the report or how
 * derived) for the fact sheet, read from the ledger's rows (src/stats/ledger_of_index.ts): the same figures, words
 * and citations as the figures tab, in the report's order.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { SectionName } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { FeatureRef } from '../state/types.ts';
import { currentRows } from './ledger_of_index.ts';
import { citesText, type LedgerRow, rowsOfFeature, whenText } from './ledger_rows.ts';

export interface FigureLine {
  /** The feature or report item the figure belongs to. */
  owner: string;
  label: string;
  value: string;
  kind: 'stated' | 'derived';
  when: string;
  /** Section and paragraph of the report for a stated figure; the formula for a derived one. */
  source: string;
}

function line(row: LedgerRow, sections: readonly SectionName[], lang: Lang): FigureLine {
  return {
    owner: row.owner.name[lang],
    label: row.label[lang],
    value: row.text[lang],
    kind: row.kind,
    when: whenText(row, lang),
    source: row.kind === 'derived' && row.how ? row.how[lang] : citesText(row, sections, lang),
  };
}

/** With nothing selected: every figure of the report's features in the visible layers, and the programmes'. */
function viewRows(index: FeatureIndex, rows: readonly LedgerRow[], visible: readonly string[]): LedgerRow[] {
  return rows.filter((r) => {
    if (r.owner.kind === 'programme') return true;
    if (r.owner.kind !== 'feature' || !r.feature || !visible.includes(r.feature.layer)) return false;
    const found = index.get(r.feature.layer, r.feature.id);
    return found?.kind === 'transport' && found.value.props.in_report;
  });
}

/**
 * The figures a fact sheet lists: the selection's (a feature's own and its programmes', a county's report items);
 * without one, those of the features a tour step marks (`marked`); else every reported feature's in the visible
 * layers, with the programmes'.
 */
export function selectionFigures(
  index: FeatureIndex,
  selection: FeatureRef | null,
  visible: readonly string[],
  lang: Lang,
  marked: readonly FeatureRef[] = [],
  /** The store's count of loaded files: the rows are rebuilt when it changes. */
  dataVersion = 0,
): FigureLine[] {
  const rows = currentRows(index, dataVersion);
  const chosen = selection
    ? rowsOfFeature(rows, selection.layer, selection.id)
    : marked.length > 0
      ? marked.flatMap((ref) => rowsOfFeature(rows, ref.layer, ref.id))
      : viewRows(index, rows, visible);
  const sections = index.meta?.sections ?? [];
  return chosen.map((r) => line(r, sections, lang));
}
