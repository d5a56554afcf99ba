/**
 * The figures of a selection as plain rows (what, value, stated or derived, when, where in the report or how
 * derived), for the fact sheet. The same fields as the details card's rows (src/ui/figure_rows.ts); issue #15's
 * ledger builds its rows from the same data, and the two are to be one function when the branches merge.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { DerivedFigure, Figure } from '../geo/schema.ts';
import { formatAsOf, formatCite, formatFigure, formatStated, type SectionName } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/lang.ts';
import type { FeatureRef } from '../state/types.ts';
import { figureLabel, labelOf } from '../ui/figure_rows.ts';

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

interface Owned {
  owner: string;
  figures: readonly Figure[];
  derived: readonly DerivedFigure[];
}

function lines(o: Owned, sections: readonly SectionName[], lang: Lang): FigureLine[] {
  return [
    ...o.figures.map(
      (f): FigureLine => ({
        owner: o.owner,
        label: labelOf(f, lang),
        value: formatStated(f, lang),
        kind: 'stated',
        when: formatAsOf(f.asOf, f.period, lang),
        source: formatCite(f.cite, sections, lang),
      }),
    ),
    ...o.derived.map(
      (d): FigureLine => ({
        owner: o.owner,
        label: d.label?.[lang] ?? figureLabel(d.key, lang),
        value: `≈ ${formatFigure(d.value, d.unit, lang)}`,
        kind: 'derived',
        when: formatAsOf(d.asOf, d.period, lang),
        source: d.how[lang],
      }),
    ),
  ];
}

/** What a selection's figures are: its own, its related programmes', or for a county the report's items on it. */
function ownedBy(index: FeatureIndex, ref: FeatureRef, lang: Lang): Owned[] {
  const found = index.get(ref.layer, ref.id);
  const meta = index.meta;
  if (!found) return [];
  if (found.kind === 'county') {
    return (meta?.page ?? [])
      .filter((i) => i.county === ref.id)
      .map((i) => ({ owner: pick(i, 'title', lang), figures: i.figures, derived: i.derived }));
  }
  const p = found.value.props;
  const related = (meta?.programmes ?? [])
    .filter((prog) => prog.related === p.id)
    .map((prog) => ({ owner: pick(prog, 'name', lang), figures: prog.figures, derived: prog.derived }));
  return [{ owner: pick(p, 'name', lang), figures: p.figures, derived: p.derived }, ...related];
}

/** With nothing selected: every figure of the report's transport features in the visible layers, and the programmes'. */
function ownedByView(index: FeatureIndex, visible: readonly string[], lang: Lang): Owned[] {
  const features = index
    .allTransport()
    .filter(({ layer, value }) => value.props.in_report && visible.includes(layer))
    .map(({ value: { props: p } }) => ({
      owner: pick(p, 'name', lang),
      figures: p.figures,
      derived: p.derived,
    }));
  const programmes = (index.meta?.programmes ?? []).map((prog) => ({
    owner: pick(prog, 'name', lang),
    figures: prog.figures,
    derived: prog.derived,
  }));
  return [...features, ...programmes];
}

/**
 * The figures a fact sheet lists: the selection's; without one, those of the features a tour step marks (`marked`);
 * else every reported feature in the visible layers, with the programmes.
 */
export function selectionFigures(
  index: FeatureIndex,
  selection: FeatureRef | null,
  visible: readonly string[],
  lang: Lang,
  marked: readonly FeatureRef[] = [],
): FigureLine[] {
  const sections = index.meta?.sections ?? [];
  const owned = selection
    ? ownedBy(index, selection, lang)
    : marked.length > 0
      ? marked.flatMap((ref) => ownedBy(index, ref, lang))
      : ownedByView(index, visible, lang);
  return owned.flatMap((o) => lines(o, sections, lang));
}
