/** Route statistics: the two airports side by side (chart and table), the China–Europe trains, tourist-road km. */
import type { FeatureIndex, IndexedTransport } from '../geo/feature_index.ts';
import type { Figure, Programme } from '../geo/schema.ts';
import {
  formatAsOf,
  formatCite,
  formatFigure,
  formatGrowth,
  formatLarge,
  type SectionName,
} from '../i18n/format.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { layerById } from '../layers/registry.ts';
import type { Actions } from '../state/actions.ts';
import { type Bar, barChart, dataTable } from './chart.ts';
import { el } from './dom.ts';
import { derivedRow, figureLabel, statedRow } from './figure_rows.ts';
import { selectButton } from './select_button.ts';

/** Airports the report gives figures for, in the order the report names them. */
function reportedAirports(index: FeatureIndex, layer: string): IndexedTransport[] {
  return index
    .idsOf(layer)
    .map((id) => index.get(layer, id))
    .flatMap((f) => (f && f.kind === 'transport' && f.value.props.figures.length > 0 ? [f.value] : []));
}

function figure(a: IndexedTransport, key: string): Figure | undefined {
  return a.props.figures.find((f) => f.key === key);
}

/** A short airport name for chart rows: 运城张孝 / Yuncheng. */
function name(a: IndexedTransport, lang: Lang): string {
  return lang === 'zh'
    ? a.props.name_zh.replace('机场', '')
    : (a.props.name_en.split(' ')[0] ?? a.props.name_en);
}

/** Chart bars carry the number only; the chart caption names the unit. */
function barText(value: number, unit: Figure['unit'], lang: Lang): string {
  return unit === 'passenger' ? formatLarge(value, lang) : formatFigure(value, unit, lang);
}

function pairChart(airports: IndexedTransport[], key: 'passengers' | 'cargo', lang: Lang): HTMLElement {
  const bars: Bar[] = [];
  for (const a of airports) {
    const now = figure(a, key);
    if (!now) continue;
    const group = name(a, lang);
    const prev = a.props.derived.find((d) => d.key === `${key}_prev`);
    // Last year's bar covers the same months a year earlier; its label comes from the figure's own date.
    const [year = '', month = ''] = now.asOf.split('-');
    if (prev) {
      bars.push({
        group,
        label: formatAsOf(`${Number(year) - 1}-${month}`, now.period, lang),
        value: prev.value,
        text: `≈${barText(prev.value, prev.unit, lang)}`,
        derived: true,
      });
    }
    bars.push({
      group,
      label: formatAsOf(now.asOf, now.period, lang),
      value: now.value,
      text: barText(now.value, now.unit, lang),
    });
  }
  return barChart(figureLabel(key, lang), bars);
}

function countChart(airports: IndexedTransport[], key: 'routes' | 'destinations', lang: Lang): HTMLElement {
  const bars = airports.flatMap((a) => {
    const f = figure(a, key);
    return f ? [{ label: name(a, lang), value: f.value, text: formatFigure(f.value, f.unit, lang) }] : [];
  });
  return barChart(figureLabel(key, lang), bars);
}

function airportTable(airports: IndexedTransport[], keys: readonly string[], lang: Lang): HTMLElement {
  const rows = keys.map((key) => [
    figureLabel(key, lang),
    ...airports.map((a) => {
      const stated = figure(a, key);
      if (stated)
        return stated.unit === 'percent'
          ? formatGrowth(stated.value, lang)
          : formatFigure(stated.value, stated.unit, lang);
      const d = a.props.derived.find((x) => x.key === key);
      return d ? `≈${formatFigure(d.value, d.unit, lang)} (${t('derived', lang)})` : '—';
    }),
  ]);
  return dataTable(t('airportsCompare', lang), ['', ...airports.map((a) => name(a, lang))], rows);
}

function programmeSection(
  p: Programme,
  sections: readonly SectionName[],
  actions: Actions,
  index: FeatureIndex,
  lang: Lang,
): HTMLElement {
  const related = p.related ? index.findTransport(p.related) : undefined;
  const showButton =
    related && p.related
      ? selectButton({ layer: related.layer, id: p.related }, actions, {
          class: 'link-button',
          text: t('showOnMap', lang),
        })
      : null;
  return el('section', { 'data-programme': p.id }, [
    el('h3', { text: pick(p, 'name', lang) }),
    el('p', { class: 'note', text: pick(p, 'scope', lang) }),
    p.report_name_zh
      ? el('p', {
          class: 'note',
          text: `${t('reportName', lang)}: ${p.report_name_zh} — ${pick(p, 'alias_reason', lang)}`,
        })
      : null,
    el('dl', { class: 'figs' }, [
      ...p.figures.map((f) => statedRow(f, sections, lang)),
      ...p.derived.map((d) => derivedRow(d, lang)),
    ]),
    showButton,
  ]);
}

export function renderStats(index: FeatureIndex, actions: Actions, lang: Lang): HTMLElement[] {
  const sections = index.meta?.sections ?? [];
  const content = index.meta?.panels.stats;
  if (!content)
    return [
      el('h2', { text: t('tabStats', lang) }),
      el('p', { class: 'empty', text: t('dataFailed', lang) }),
    ];
  const airports = reportedAirports(index, content.airport_layer);
  const asOf = airports[0] ? figure(airports[0], 'passengers') : undefined;
  const out: (HTMLElement | null)[] = [el('h2', { text: t('tabStats', lang) })];
  if (airports.length > 0) {
    out.push(
      el('section', { 'data-testid': 'airport-stats' }, [
        el('h3', { text: t('airportsCompare', lang) }),
        asOf
          ? el('p', {
              class: 'note',
              text: `${formatAsOf(asOf.asOf, asOf.period, lang)} · ${formatCite(asOf.cite, sections, lang)}`,
            })
          : null,
        el('div', { class: 'charts' }, [
          countChart(airports, 'routes', lang),
          countChart(airports, 'destinations', lang),
          pairChart(airports, 'passengers', lang),
          pairChart(airports, 'cargo', lang),
        ]),
        el('p', {
          class: 'note',
          text:
            lang === 'zh'
              ? '浅色条为由增长率推算的上年同期值。'
              : "Pale bars are last year's values derived from the growth rates.",
        }),
        airportTable(airports, content.airport_figures, lang),
        el(
          'ul',
          { class: 'row-list' },
          airports.map((a) => {
            const b = selectButton({ layer: content.airport_layer, id: a.props.id }, actions, {
              class: 'row-button',
              text: pick(a.props, 'name', lang),
            });
            return el('li', {}, [b]);
          }),
        ),
      ]),
    );
  } else {
    const layer = layerById(content.airport_layer);
    out.push(el('p', { class: 'empty', text: `${t('dataFailed', lang)} ${layer?.label[lang] ?? ''}` }));
  }
  for (const id of content.programmes) {
    const p = index.meta?.programmes.find((x) => x.id === id);
    if (p) out.push(programmeSection(p, sections, actions, index, lang));
  }
  return out.filter((x): x is HTMLElement => x !== null);
}
