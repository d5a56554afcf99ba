/**
 * The rest of the report page — meeting outcomes, fairs, research, health, rivers, tourism, and the Hejin and Yuanqu
 * pieces — as read from `meta.page`: one block per item, with its figures (stated and derived) and citations. The
 * overview lists them all; a county's card lists those that belong to it.
 */
import type { PageItem } from '../geo/schema.ts';
import type { SectionName } from '../i18n/format.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import { el } from './dom.ts';
import { citeText, derivedRow, statedRow } from './figure_rows.ts';
import { selectButton } from './select_button.ts';

/** One item: title, our description, where it is, its figures and the paragraphs it comes from. */
export function pageItemBlock(
  item: PageItem,
  sections: readonly SectionName[],
  lang: Lang,
  actions: Actions | null,
): HTMLElement {
  const figures = [
    ...item.figures.map((f) => statedRow(f, sections, lang)),
    ...item.derived.map((d) => derivedRow(d, lang)),
  ];
  let show: HTMLElement | null = null;
  if (actions && item.county) {
    show = selectButton({ layer: 'counties', id: item.county }, actions, {
      class: 'link-button',
      text: t('showOnMap', lang),
    });
  }
  return el('section', { class: 'page-item', 'data-page-item': item.id }, [
    el('h4', { text: pick(item, 'title', lang) }),
    item.outside_plan
      ? el('p', { class: 'scope-pill out', 'data-testid': 'outside-plan', text: t('notInPlan', lang) })
      : null,
    el('p', { text: pick(item, 'text', lang) }),
    item.place ? el('p', { class: 'fig-meta', text: `${t('placeLevel', lang)}: ${item.place[lang]}` }) : null,
    figures.length ? el('dl', { class: 'figs' }, figures) : null,
    el('p', { class: 'cite', text: `${t('source', lang)}: ${citeText(item.cites, sections, lang)}` }),
    show,
  ]);
}

/** Every item of the page, grouped by the report section it comes from, in the report's order. */
export function pageSection(
  items: readonly PageItem[],
  sections: readonly SectionName[],
  actions: Actions,
  lang: Lang,
  notes: Record<Lang, string>[],
): HTMLElement | null {
  if (items.length === 0) return null;
  const groups = sections
    .map((s) => ({ s, list: items.filter((i) => i.piece === s.id) }))
    .filter((g) => g.list.length > 0);
  return el('section', { class: 'page-facts', 'data-testid': 'page-facts' }, [
    el('h3', { text: t('restOfPage', lang) }),
    ...notes.map((n) => el('p', { class: 'note', text: n[lang] })),
    ...groups.map((g) =>
      el('div', { class: 'page-group' }, [
        el('p', { class: 'kicker', text: g.s[lang] }),
        ...g.list.map((i) => pageItemBlock(i, sections, lang, actions)),
      ]),
    ),
  ]);
}
