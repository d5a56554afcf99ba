/** The overview: the cluster in figures, the 2021 meeting, and the headline transport figures as ways into the map. */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Figure } from '../geo/schema.ts';
import { formatArea, formatCite, formatDate, formatFigure } from '../i18n/format.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import { el } from './dom.ts';
import { figureLabel } from './figure_rows.ts';
import { pageSection } from './page_facts.ts';

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
  layer: string,
  id: string,
  keys: string[],
): HTMLElement | null {
  const found = index.get(layer, id);
  if (found?.kind !== 'transport') return null;
  const p = found.value.props;
  const figures = keys
    .map((k) => p.figures.find((f) => f.key === k))
    .filter((f): f is Figure => f !== undefined)
    .map((f) => `${figureLabel(f.key, lang)} ${formatFigure(f.value, f.unit, lang)}`);
  const button = el('button', { type: 'button', class: 'row-button', 'data-select': `${layer}/${id}` }, [
    el('span', { class: 'row-title', text: pick(p, 'name', lang) }),
    el('span', { class: 'row-figures', text: figures.join(' · ') }),
  ]);
  button.addEventListener('click', () => actions.select({ layer, id }, { focus: true }));
  return el('li', {}, [button]);
}

export function renderOverview(index: FeatureIndex, actions: Actions, lang: Lang): HTMLElement[] {
  const meta = index.meta;
  if (!meta) return [el('p', { class: 'empty', text: t('dataFailed', lang) })];
  const { plan, scope, sections } = meta;
  const periodCite = formatCite(plan.periodCite, sections, lang);
  const meeting = meta.programmes.find((p) => p.id === 'joint_meeting_2021');
  const partial = scope.prefectures.filter((p) => p.rule !== 'whole').length;
  const meetingDate = meeting?.date ? formatDate(meeting.date, lang) : '';
  const meetingCite = meeting ? meeting.cites.map((c) => formatCite(c, sections, lang)).join('; ') : '';
  const intro =
    lang === 'zh'
      ? '2018年国家批复的城市群规划,以西安为中心,覆盖山西、陕西、甘肃三省的部分地区。本图依据2021年12月的一篇报道,标出其范围、机场、黄河大桥、高速公路、旅游公路等项目及报道中的数据。报道原文把名称误作“关中原城市群”(漏了“平”字)。'
      : "A national plan of 2018 groups parts of Shanxi, Shaanxi and Gansu around Xi'an. This map shows its scope and the airports, Yellow River bridges, roads and other projects named in one December 2021 newspaper report, with the report's figures. The report misprints the name as 关中原 (the 平 of “plain” is missing).";
  return [
    el('h2', { text: t('overviewHeading', lang) }),
    el('p', { class: 'lead', text: intro }),
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
        lang === 'zh' ? `其中${partial}个只纳入部分县区` : `${partial} of them only in part`,
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
        `${t('derived', lang)}: ${lang === 'zh' ? '规划范围内各县区边界多边形面积之和' : scope.computed_area_how}`,
        'area_computed',
      ),
      fig(
        t('areaStated', lang),
        lang === 'zh' ? plan.statedAreaWording : formatArea(plan.statedAreaKm2, lang),
        lang === 'zh' ? '2018年规划公布数(非报道内容)' : plan.statedAreaSource,
        'area_stated',
      ),
      fig(t('planPeriod', lang), `${plan.period[0]}–${plan.period[1]}`, periodCite, 'period'),
    ]),
    meeting
      ? el('section', { 'data-testid': 'meeting' }, [
          el('h3', { text: t('meeting', lang) }),
          el('p', {
            text:
              lang === 'zh'
                ? `${meetingDate}下午,山西、陕西、甘肃三省召开联席会议,主题为优势互补、协同发展;西安、运城、天水等市代表发言。报道未写明举办城市。(${meetingCite})`
                : `On the afternoon of ${meetingDate} Shanxi, Shaanxi and Gansu held a joint meeting on complementary strengths and joint development; Xi'an, Yuncheng and Tianshui among others spoke. The report does not name the host city. (${meetingCite})`,
          }),
        ])
      : null,
    el('section', {}, [
      el('h3', { text: lang === 'zh' ? '报道中的主要数字' : 'Headline figures in the report' }),
      el('ul', { class: 'row-list', 'data-testid': 'overview-headlines' }, [
        headline(index, actions, lang, 'airports', 'yuncheng_zhangxiao', ['routes', 'passengers']),
        headline(index, actions, lang, 'airports', 'linfen_yaodu', ['routes', 'passengers']),
        headline(index, actions, lang, 'bridges', 'linyi_yellow_river_bridge', [
          'invested',
          'invested_share',
        ]),
        headline(index, actions, lang, 'tourist_roads', 'yellow_river_no1_road', ['planned_length']),
      ]),
    ]),
    pageSection(meta.page, sections, actions, lang, [meta.page_intro, meta.page_points_source]),
  ].filter((x): x is HTMLElement => x !== null);
}
