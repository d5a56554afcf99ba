/** Project progress: every project the report names, with its status and, where the report gives one, a bar. */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Figure } from '../geo/schema.ts';
import {
  approximate,
  formatAsOf,
  formatCite,
  formatFigure,
  formatNumber,
  type SectionName,
} from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { STATUS_LABELS, t } from '../i18n/strings.ts';
import { LAYERS } from '../layers/registry.ts';
import type { Actions } from '../state/actions.ts';
import { deriveFigures } from '../stats/derive.ts';
import { asOfText, dataAsOf } from './as_of.ts';
import { el } from './dom.ts';
import { citeText, figureLabel } from './figure_rows.ts';

interface Progress {
  pct: number;
  derived: boolean;
  label: string;
  meta: string;
}

/** A progress value from the figures: a stated share, or a derived completed/started ratio. */
export function progressOf(
  figures: readonly Figure[],
  sections: readonly SectionName[],
  lang: Lang,
): Progress | null {
  const share = figures.find((f) => f.key === 'invested_share');
  const invested = figures.find((f) => f.key === 'invested');
  if (share) {
    const total = deriveFigures(figures).find((d) => d.key === 'total_investment');
    const label = invested
      ? `${formatFigure(invested.value, invested.unit, lang)} / ≈${total ? formatFigure(approximate(total.value), total.unit, lang) : '?'}`
      : '';
    return {
      pct: share.value,
      derived: false,
      label: `${formatNumber(share.value, lang)}% ${t('progressOf', lang)} · ${label}`,
      meta: `${formatAsOf(share.asOf, share.period, lang)} · ${formatCite(share.cite, sections, lang)} · ${
        lang === 'zh' ? '总投资为推算值' : 'total derived from the share'
      }`,
    };
  }
  const completed = deriveFigures(figures).find((d) => d.key === 'completed_share');
  const done = figures.find((f) => f.key === 'completed_km');
  const started = figures.find((f) => f.key === 'started_km');
  if (completed && done && started) {
    return {
      pct: completed.value,
      derived: true,
      label: `${formatFigure(done.value, done.unit, lang)} / ${formatFigure(started.value, started.unit, lang)} · ≈${formatNumber(completed.value, lang)}%`,
      meta: `${formatAsOf(done.asOf, done.period, lang)} · ${formatCite(done.cite, sections, lang)} · ${t('derived', lang)}: ${completed.how[lang]}`,
    };
  }
  return null;
}

function bar(p: Progress, name: string): HTMLElement {
  const fill = el('div', { class: 'progress-fill' });
  // Set through the CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
  fill.style.width = `${Math.min(100, Math.max(0, p.pct))}%`;
  return el('div', { class: 'progress' }, [
    el(
      'div',
      {
        class: `progress-track${p.derived ? ' derived' : ''}`,
        role: 'progressbar',
        'aria-label': name,
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
  // Projects with a progress bar come first, then those with a planned figure, then the rest in layer order.
  const withBars: HTMLElement[] = [];
  const withFigures: HTMLElement[] = [];
  const items: HTMLElement[] = [];
  for (const layer of LAYERS.filter((l) => l.schema === 'transport')) {
    for (const id of index.idsOf(layer.id)) {
      const found = index.get(layer.id, id);
      if (found?.kind !== 'transport' || !found.value.props.in_report || layer.id === 'airports') continue;
      const p = found.value.props;
      const progress = progressOf(p.figures, sections, lang);
      const planned = p.figures.find((f) => f.key === 'planned_length');
      const button = el(
        'button',
        { type: 'button', class: 'row-button', 'data-select': `${layer.id}/${id}` },
        [
          el('span', { class: 'row-title', text: lang === 'zh' ? p.name_zh : p.name_en }),
          el('span', { class: `status-pill ${p.status}`, text: STATUS_LABELS[p.status]?.[lang] ?? p.status }),
        ],
      );
      button.addEventListener('click', () => actions.select({ layer: layer.id, id }, { focus: true }));
      (progress ? withBars : planned ? withFigures : items).push(
        el('li', { class: 'progress-item', 'data-project': id }, [
          button,
          progress ? bar(progress, lang === 'zh' ? p.name_zh : p.name_en) : null,
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
        ]),
      );
    }
  }
  for (const p of index.meta?.programmes ?? []) {
    const progress = progressOf(p.figures, sections, lang);
    if (!progress) continue;
    const related = p.related ? index.findTransport(p.related) : undefined;
    const title = el('span', { class: 'row-title', text: lang === 'zh' ? p.name_zh : p.name_en });
    const head =
      related && p.related
        ? el(
            'button',
            { type: 'button', class: 'row-button', 'data-select': `${related.layer}/${p.related}` },
            [title],
          )
        : el('div', { class: 'row-button static' }, [title]);
    if (related && p.related) {
      const ref = { layer: related.layer, id: p.related };
      head.addEventListener('click', () => actions.select(ref, { focus: true }));
    }
    withBars.push(
      el('li', { class: 'progress-item', 'data-project': p.id }, [
        head,
        bar(progress, lang === 'zh' ? p.name_zh : p.name_en),
        el('p', { class: 'note', text: lang === 'zh' ? p.scope_zh : p.scope_en }),
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
          ? '实色条为报道数据,斜纹条为推算值。'
          : 'Solid bars are stated in the report; striped bars are derived.',
    }),
    el('ul', { class: 'row-list progress-list', 'data-testid': 'progress-list' }, [
      ...withBars,
      ...withFigures,
      ...items,
    ]),
  ];
}
