/** Project progress: every project the report names, with its status and, where the report gives one, a bar. */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Figure, Programme } from '../geo/schema.ts';
import { formatAsOf, formatCite, formatFigure, formatNumber, type SectionName } from '../i18n/format.ts';
import { type Lang, pick, pickOwn } from '../i18n/lang.ts';
import { STATUS_LABELS, t } from '../i18n/strings.ts';
import { LAYERS } from '../layers/registry.ts';
import type { Actions } from '../state/actions.ts';
import type { DerivedFigure } from '../stats/derive.ts';
import { asOfText, dataAsOf } from './as_of.ts';
import { el } from './dom.ts';
import { citeText, figureLabel, statusSourceText } from './figure_rows.ts';
import { selectButton } from './select_button.ts';

interface Progress {
  pct: number;
  label: string;
  meta: string;
}

/**
 * A progress bar only where the report states a share: the bridge's investment spent as a share of its total
 * investment. The label says what is measured (money, not works).
 */
export function progressOf(
  figures: readonly Figure[],
  derived: readonly DerivedFigure[],
  sections: readonly SectionName[],
  lang: Lang,
): Progress | null {
  const share = figures.find((f) => f.key === 'invested_share');
  if (!share) return null;
  const invested = figures.find((f) => f.key === 'invested');
  const total = derived.find((d) => d.key === 'total_investment');
  // Spent / total, the total marked derived.
  const amounts =
    invested && total
      ? `${formatFigure(invested.value, invested.unit, lang)} / ≈${formatFigure(total.value, total.unit, lang)} (${t('derived', lang)})`
      : '';
  return {
    pct: share.value,
    label: `${formatNumber(share.value, lang)}% ${t('investedShareOf', lang)}${amounts ? ` · ${amounts}` : ''}`,
    meta: `${formatAsOf(share.asOf, share.period, lang)} · ${formatCite(share.cite, sections, lang)} · ${t('shareNotWorks', lang)}`,
  };
}

/** Two figures of the same period side by side, each stated, with no ratio drawn between them. */
function sideBySide(p: Programme, sections: readonly SectionName[], lang: Lang): HTMLElement | null {
  const shown = p.figures.filter((f) => f.period === 'ytd');
  const first = shown[0];
  if (shown.length < 2 || !first) return null;
  return el('div', { class: 'pair', 'data-testid': 'side-by-side' }, [
    el('p', {
      class: 'fig-meta',
      text: formatAsOf(first.asOf, first.period, lang),
    }),
    el(
      'dl',
      { class: 'figs pair-figs' },
      shown.map((f) =>
        el('div', { class: 'fig', 'data-figure': f.key, 'data-kind': 'stated' }, [
          el('dt', { text: figureLabel(f.key, lang) }),
          el('dd', { class: 'fig-value', text: formatFigure(f.value, f.unit, lang) }),
        ]),
      ),
    ),
    el('p', {
      class: 'fig-meta',
      text: `${formatCite(first.cite, sections, lang)} · ${pickOwn(p, 'pair_note', lang) ?? ''}`,
    }),
  ]);
}

function bar(p: Progress, name: string, lang: Lang): HTMLElement {
  const fill = el('div', { class: 'progress-fill' });
  // Set through the CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
  fill.style.width = `${Math.min(100, Math.max(0, p.pct))}%`;
  return el('div', { class: 'progress' }, [
    el(
      'div',
      {
        class: 'progress-track',
        role: 'progressbar',
        'aria-label': `${name}: ${t('investedShareOf', lang)}`,
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': Math.round(p.pct * 10) / 10,
        'aria-valuetext': p.label,
      },
      [fill],
    ),
    el('p', { class: 'progress-label', text: p.label }),
    el('p', { class: 'fig-meta', text: p.meta }),
  ]);
}

export function renderProgress(index: FeatureIndex, actions: Actions, lang: Lang): HTMLElement[] {
  const sections = index.meta?.sections ?? [];
  const skip = index.meta?.panels.progress.skip_layers ?? [];
  // Projects with a progress bar come first, then those with a planned figure, then the rest in layer order.
  const withBars: HTMLElement[] = [];
  const withFigures: HTMLElement[] = [];
  const items: HTMLElement[] = [];
  for (const layer of LAYERS.filter((l) => l.schema === 'transport')) {
    for (const id of index.idsOf(layer.id)) {
      const found = index.get(layer.id, id);
      if (found?.kind !== 'transport' || !found.value.props.in_report || skip.includes(layer.id)) continue;
      const p = found.value.props;
      const progress = progressOf(p.figures, p.derived, sections, lang);
      const planned = p.figures.find((f) => f.key === 'planned_length');
      const button = selectButton({ layer: layer.id, id }, actions, { class: 'row-button' }, [
        el('span', { class: 'row-title', text: pick(p, 'name', lang) }),
        el('span', { class: `status-pill ${p.status}`, text: STATUS_LABELS[p.status]?.[lang] ?? p.status }),
      ]);
      (progress ? withBars : planned ? withFigures : items).push(
        el('li', { class: 'progress-item', 'data-project': id }, [
          button,
          progress ? bar(progress, pick(p, 'name', lang), lang) : null,
          planned
            ? el('p', {
                class: 'fig-meta',
                text: `${figureLabel(planned.key, lang)}: ${formatFigure(planned.value, planned.unit, lang)} · ${formatCite(planned.cite, sections, lang)}`,
              })
            : null,
          !progress && !planned
            ? el('p', {
                class: 'fig-meta',
                text: `${t('noProgressFigure', lang)} · ${citeText(p.cites, sections, lang)}`,
              })
            : null,
          p.status_source
            ? el('p', {
                class: 'fig-meta status-source',
                text: statusSourceText(p.status_source, sections, lang) ?? '',
              })
            : null,
        ]),
      );
    }
  }
  for (const p of index.meta?.programmes ?? []) {
    const pair = sideBySide(p, sections, lang);
    if (!pair) continue;
    const related = p.related ? index.findTransport(p.related) : undefined;
    const title = el('span', { class: 'row-title', text: pick(p, 'name', lang) });
    const head =
      related && p.related
        ? selectButton({ layer: related.layer, id: p.related }, actions, { class: 'row-button' }, [title])
        : el('div', { class: 'row-button static' }, [title]);
    withFigures.unshift(
      el('li', { class: 'progress-item', 'data-project': p.id }, [
        head,
        pair,
        el('p', { class: 'note', text: pick(p, 'scope', lang) }),
      ]),
    );
  }
  const asOf = dataAsOf(index);
  return [
    el('h2', { text: t('progressHeading', lang) }),
    el('p', {
      class: 'as-of',
      'data-testid': 'progress-as-of',
      text: asOf ? `${t('status', lang)}: ${asOfText(asOf, lang)}` : '',
    }),
    el('p', {
      class: 'note',
      text:
        lang === 'zh'
          ? '进度条只画报道给出比例的项目;其余项目列出报道的数字或状态。'
          : 'A bar is drawn only where the report states a share; other projects list the figures or status it gives.',
    }),
    el('ul', { class: 'row-list progress-list', 'data-testid': 'progress-list' }, [
      ...withBars,
      ...withFigures,
      ...items,
    ]),
  ];
}
