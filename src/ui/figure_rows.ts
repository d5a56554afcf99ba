/** One figure as a row: value, what it is, when it holds, where the report says it, and whether it is derived. */
import type { Cite, Figure, StatusSource } from '../geo/schema.ts';
import {
  formatAsOf,
  formatCite,
  formatCites,
  formatFigure,
  formatStated,
  type SectionName,
} from '../i18n/format.ts';
import { type Lang, pickOwn } from '../i18n/lang.ts';
import { FIGURE_LABELS, t } from '../i18n/strings.ts';
import type { DerivedFigure } from '../stats/derive.ts';
import { el } from './dom.ts';

export function figureLabel(key: string, lang: Lang): string {
  return FIGURE_LABELS[key]?.[lang] ?? key;
}

/** A figure's own label from the data where it has one, else the interface's label for its key. */
export function labelOf(f: Figure, lang: Lang): string {
  return pickOwn(f, 'label', lang) ?? figureLabel(f.key, lang);
}

export function citeText(cites: readonly Cite[], sections: readonly SectionName[], lang: Lang): string {
  return formatCites(cites, sections, lang);
}

export function statedRow(f: Figure, sections: readonly SectionName[], lang: Lang): HTMLElement {
  return el('div', { class: 'fig', 'data-figure': f.key, 'data-kind': 'stated' }, [
    el('dt', { text: labelOf(f, lang) }),
    el('dd', {}, [
      el('span', { class: 'fig-value', text: formatStated(f, lang) }),
      el('span', { class: 'badge stated', text: t('stated', lang) }),
      el('span', {
        class: 'fig-meta',
        text: `${formatAsOf(f.asOf, f.period, lang)} · ${formatCite(f.cite, sections, lang)}`,
      }),
    ]),
  ]);
}

export function derivedRow(d: DerivedFigure, lang: Lang): HTMLElement {
  return el('div', { class: 'fig derived', 'data-figure': d.key, 'data-kind': 'derived' }, [
    el('dt', { text: d.label?.[lang] ?? figureLabel(d.key, lang) }),
    el('dd', {}, [
      el('span', { class: 'fig-value', text: `≈ ${formatFigure(d.value, d.unit, lang)}` }),
      el('span', { class: 'badge derived', text: t('derived', lang) }),
      el('span', { class: 'fig-meta', text: `${formatAsOf(d.asOf, d.period, lang)} · ${d.how[lang]}` }),
    ]),
  ]);
}

/** What a status rests on: “Status per the report (as of Nov 2021, para. …): …”. */
export function statusSourceText(
  source: StatusSource | undefined,
  sections: readonly SectionName[],
  lang: Lang,
): string | null {
  if (!source) return null;
  return `${t('statusAsOf', lang)} (${formatAsOf(source.asOf, undefined, lang)}) · ${citeText(source.cites, sections, lang)}: ${source[lang]}`;
}
