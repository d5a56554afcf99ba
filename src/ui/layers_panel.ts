/** Layer toggles with their legends, the optional online basemap, and the keyboard-usable feature list. */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { CountyProps } from '../geo/schema.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { LAYERS } from '../layers/registry.ts';
import { THEMES, type Theme } from '../layers/theme.ts';
import type { LegendItem } from '../layers/types.ts';
import type { Actions } from '../state/actions.ts';
import { type AppState, type FeatureRef, sameRef } from '../state/types.ts';
import { el } from './dom.ts';
import { swatch } from './legend_swatch.ts';
import { selectButton } from './select_button.ts';
import { statusFilter, statusShown } from './status_filter.ts';

function legendList(items: LegendItem[], lang: Lang, theme: Theme): HTMLElement | null {
  if (items.length === 0) return null;
  return el(
    'ul',
    { class: 'legend' },
    items.map((i) => el('li', {}, [swatch(i, theme), el('span', { text: i.label[lang] })])),
  );
}

/** A list entry that selects a feature and frames it; aria-pressed tells which one is selected. */
function featureButton(
  ref: FeatureRef,
  text: string,
  names: string,
  state: AppState,
  actions: Actions,
  extraClass = '',
): HTMLElement {
  const b = selectButton(ref, actions, {
    class: `feature-button${extraClass}`,
    'aria-pressed': sameRef(state.selection, ref) ? 'true' : 'false',
    text,
  });
  // Both names are searchable whatever the interface language.
  const search = names.toLowerCase();
  return el('li', { 'data-search': search, hidden: !matchesFilter(search, state.listFilter) }, [b]);
}

function featureButtons(
  layer: string,
  index: FeatureIndex,
  actions: Actions,
  state: AppState,
): HTMLElement[] {
  return index.idsOf(layer).flatMap((id) => {
    const found = index.get(layer, id);
    if (found?.kind !== 'transport' || !statusShown(state, found.value.props.status)) return [];
    const p = found.value.props;
    const label = pick(p, 'name', state.lang);
    return [featureButton({ layer, id }, label, `${p.name_zh} ${p.name_en}`, state, actions)];
  });
}

/** Marks a county group opened by the filter rather than by the reader. */
const AUTO_OPEN = 'data-auto-open';

/** The county list by prefecture; groups the reader opened (in the store) stay open, so none snaps shut. */
function countyGroups(layer: string, index: FeatureIndex, actions: Actions, state: AppState): HTMLElement {
  const byPrefecture = new Map<string, { zh: string; en: string; counties: CountyProps[] }>();
  for (const { props } of index.allCounties()) {
    const group = byPrefecture.get(props.prefecture_code) ?? {
      zh: props.prefecture_zh,
      en: props.prefecture_en,
      counties: [],
    };
    group.counties.push(props);
    byPrefecture.set(props.prefecture_code, group);
  }
  const filtering = state.listFilter.trim() !== '';
  const groups = [...byPrefecture].map(([code, g]) => {
    const holdsSelection = g.counties.some((c) => sameRef(state.selection, { layer, id: c.id }));
    const items = g.counties.map((c) =>
      featureButton(
        { layer, id: c.id },
        `${pick(c, 'name', state.lang)}${c.in_scope ? '' : ` (${t('outside', state.lang)})`}`,
        `${c.name_zh} ${c.name_en} ${c.former_zh ?? ''} ${c.former_en ?? ''} ${c.prefecture_zh} ${c.prefecture_en}`,
        state,
        actions,
        c.in_scope ? '' : ' out',
      ),
    );
    const matching = items.some((i) => !i.hidden);
    const chosen = state.openGroups.includes(code) || holdsSelection;
    const byFilter = !chosen && filtering && matching;
    const details = el(
      'details',
      {
        open: chosen || byFilter,
        hidden: filtering && !matching,
        'data-code': code,
        [AUTO_OPEN]: byFilter,
      },
      [
        el('summary', {
          text: `${g[state.lang]} (${g.counties.filter((c) => c.in_scope).length}/${g.counties.length})`,
        }),
        el('ul', { class: 'feature-list' }, items),
      ],
    );
    // A group the filter opened is not the reader's choice: its (late) toggle event is not remembered.
    details.addEventListener('toggle', () => {
      if (details.hasAttribute(AUTO_OPEN)) details.removeAttribute(AUTO_OPEN);
      else actions.setGroupOpen(code, details.open);
    });
    return details;
  });
  return el('div', { class: 'county-groups' }, groups);
}

export function renderLayers(index: FeatureIndex, actions: Actions, state: AppState): HTMLElement[] {
  const lang = state.lang;
  const county = LAYERS.find((l) => l.schema === 'county' && l.interactive);
  const theme = THEMES[state.theme];
  const toggles = LAYERS.filter((l) => l.toggleable).map((layer) => {
    const id = `toggle-${layer.id}`;
    const input = el('input', {
      type: 'checkbox',
      id,
      'data-layer': layer.id,
      checked: state.visible.includes(layer.id),
    });
    input.addEventListener('change', () => actions.toggleLayer(layer.id, input.checked));
    return el('li', { class: 'toggle' }, [
      el('div', { class: 'toggle-row' }, [input, el('label', { for: id, text: layer.label[lang] })]),
      legendList(layer.legend, lang, theme),
    ]);
  });
  const basemapInput = el('input', { type: 'checkbox', id: 'toggle-basemap', checked: state.basemap });
  basemapInput.addEventListener('change', () => actions.setBasemap(basemapInput.checked));
  const list: HTMLElement[] = [];
  for (const l of LAYERS.filter(
    (x) => x.interactive && x.schema === 'transport' && state.visible.includes(x.id),
  )) {
    const buttons = featureButtons(l.id, index, actions, state);
    if (buttons.length) {
      list.push(
        el('li', { 'data-list-layer': l.id, hidden: buttons.every((b) => b.hidden) }, [
          el('h4', { text: l.label[lang] }),
          el('ul', { class: 'feature-list' }, buttons),
        ]),
      );
    }
  }
  return [
    el('h2', { text: t('layersHeading', lang) }),
    el('ul', { class: 'toggles', 'data-testid': 'layer-toggles' }, toggles),
    statusFilter(actions, state),
    el('p', { class: 'note', text: t('legendOnMap', lang) }),
    el('div', { class: 'basemap' }, [
      el('div', { class: 'toggle-row' }, [
        basemapInput,
        el('label', { for: 'toggle-basemap', text: t('basemap', lang) }),
      ]),
      el('p', { class: 'note', text: t('basemapNote', lang) }),
    ]),
    el('h3', { text: t('featureListHeading', lang) }),
    filterBox(lang, state.listFilter, actions),
    list.length
      ? el('ul', { class: 'feature-groups', 'data-testid': 'feature-list' }, list)
      : el('p', { class: 'empty', text: t('featureListEmpty', lang) }),
    county && state.visible.includes(county.id) && index.isLoaded(county.id)
      ? countyGroups(county.id, index, actions, state)
      : null,
  ].filter((x): x is HTMLElement => x !== null);
}

/** Whether a list entry's searchable text (both languages, lower case) passes the filter. */
function matchesFilter(search: string, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  return needle === '' || search.includes(needle);
}

/**
 * While the reader types, the lists already drawn are filtered in place (a redraw would take the focus from the
 * box); a redraw builds them filtered from the store.
 */
function applyFilter(root: ParentNode, filter: string): void {
  const needle = filter.trim().toLowerCase();
  for (const item of root.querySelectorAll<HTMLElement>('.feature-list > li')) {
    item.hidden = !matchesFilter(item.dataset.search ?? '', filter);
  }
  for (const group of root.querySelectorAll<HTMLDetailsElement>('.county-groups details')) {
    const matches = group.querySelectorAll('.feature-list > li:not([hidden])').length;
    group.hidden = needle !== '' && matches === 0;
    if (needle !== '' && matches > 0 && !group.open) {
      group.setAttribute(AUTO_OPEN, '');
      group.open = true;
    }
  }
  for (const block of root.querySelectorAll<HTMLElement>('[data-list-layer]')) {
    block.hidden = needle !== '' && block.querySelectorAll('.feature-list > li:not([hidden])').length === 0;
  }
}

function filterBox(lang: Lang, filter: string, actions: Actions): HTMLElement {
  const input = el('input', {
    type: 'search',
    id: 'feature-filter',
    value: filter,
    autocomplete: 'off',
    placeholder: t('filterPlaceholder', lang),
    'data-testid': 'feature-filter',
  });
  input.addEventListener('input', () => {
    actions.setListFilter(input.value);
    const panel = input.closest('.panel-body');
    if (panel) applyFilter(panel, input.value);
  });
  return el('div', { class: 'filter' }, [
    el('label', { for: 'feature-filter', text: t('filterLabel', lang) }),
    input,
  ]);
}
