/** The overview: the cluster in figures, the 2021 meeting, and the headline transport figures as ways into the map. */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Figure, PanelsContent } from '../geo/schema.ts';
import { formatArea, formatCite, formatDate, formatFigure } from '../i18n/format.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { fillIn } from '../i18n/words.ts';
import type { Actions } from '../state/actions.ts';
import { el } from './dom.ts';
import { figureLabel } from './figure_rows.ts';
import { pageSection } from './page_facts.ts';
import { selectButton } from './select_button.ts';

function fig(label: string, value: string, meta: string, key: string): HTMLElement {
  return el('div', { class: 'fig', 'data-figure': key }, [
    el('dt', { text: label }),
    el('dd', {}, [
      el('span', { class: 'fig-value', text: value }),
      el('span', { class: 'fig-meta', text: meta }),
    ]),
  ]);
}

function headline(
  index: FeatureIndex,
  actions: Actions,
  lang: Lang,
  { layer, id, figures: keys }: PanelsContent['overview']['headlines'][number],
): HTMLElement | null {
  const found = index.get(layer, id);
  if (found?.kind !== 'transport') return null;
  const p = found.value.props;
  const figures = keys
    .map((k) => p.figures.find((f) => f.key === k))
    .filter((f): f is Figure => f !== undefined)
    .map((f) => `${figureLabel(f.key, lang)} ${formatFigure(f.value, f.unit, lang)}`);
  const button = selectButton({ layer, id }, actions, { class: 'row-button' }, [
    el('span', { class: 'row-title', text: pick(p, 'name', lang) }),
    el('span', { class: 'row-figures', text: figures.join(' · ') }),
  ]);
  return el('li', {}, [button]);
}

export function renderOverview(index: FeatureIndex, actions: Actions, lang: Lang): HTMLElement[] {
  const meta = index.meta;
  if (!meta) return [el('p', { class: 'empty', text: t('dataFailed', lang) })];
  const { plan, scope, sections } = meta;
  const content = meta.panels.overview;
  const periodCite = formatCite(plan.periodCite, sections, lang);
  const meeting = meta.programmes.find((p) => p.id === content.meeting_programme);
  const partial = scope.prefectures.filter((p) => p.rule !== 'whole').length;
  const meetingText = meeting
    ? fillIn(pick(content, 'meeting', lang), {
        date: meeting.date ? formatDate(meeting.date, lang) : '',
        cite: meeting.cites.map((c) => formatCite(c, sections, lang)).join('; '),
      })
    : '';
  return [
    el('h2', { text: t('overviewHeading', lang) }),
    el('p', { class: 'lead', text: pick(content, 'intro', lang) }),
    el('dl', { class: 'figs', 'data-testid': 'overview-figures' }, [
      fig(
        t('provincesCount', lang),
        String(scope.provinces.length),
        scope.provinces.map((p) => p[lang]).join(' · '),
        'provinces',
      ),
      fig(
        t('prefecturesCount', lang),
        String(scope.prefectures.length),
        t('prefecturesPartly', lang, { n: partial }),
        'prefectures',
      ),
      fig(
        t('unitsCount', lang),
        String(scope.units_in_scope),
        formatCite(plan.scopeCite, sections, lang),
        'units',
      ),
      fig(
        t('areaComputed', lang),
        formatArea(scope.computed_area_km2, lang),
        `${t('derived', lang)}: ${lang === 'zh' ? content.area_computed_how_zh : scope.computed_area_how}`,
        'area_computed',
      ),
      fig(
        t('areaStated', lang),
        lang === 'zh' ? plan.statedAreaWording : formatArea(plan.statedAreaKm2, lang),
        lang === 'zh' ? content.area_stated_source_zh : plan.statedAreaSource,
        'area_stated',
      ),
      fig(t('planPeriod', lang), `${plan.period[0]}–${plan.period[1]}`, periodCite, 'period'),
    ]),
    meeting
      ? el('section', { 'data-testid': 'meeting' }, [
          el('h3', { text: t('meeting', lang) }),
          el('p', { text: meetingText }),
        ])
      : null,
    el('section', {}, [
      el('h3', { text: t('headlineFigures', lang) }),
      el(
        'ul',
        { class: 'row-list', 'data-testid': 'overview-headlines' },
        content.headlines.map((h) => headline(index, actions, lang, h)),
      ),
    ]),
    pageSection(meta.page, sections, actions, lang, [meta.page_intro, meta.page_points_source]),
  ].filter((x): x is HTMLElement => x !== null);
}
