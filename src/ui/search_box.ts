/**
 * The search box in the top bar (an ARIA combobox): type a place, a feature or a figure in Chinese, English or
 * toneless pinyin; arrow keys move through the results, Enter chooses, Esc clears. Choosing selects and frames it.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import { t } from '../i18n/strings.ts';
import { buildSearchEntries, type SearchEntry, search } from '../search/search_index.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { el, replaceChildren } from './dom.ts';

const LISTBOX = 'search-results';

/** One result: its name, and where it is (or that it lies outside the plan area). */
function optionFor(entry: SearchEntry, i: number, s: AppState, choose: () => void): HTMLElement {
  const where = entry.inScope ? entry.detail[s.lang] : `${entry.detail[s.lang]} · ${t('outside', s.lang)}`;
  const selected = String(i === s.search.active);
  const option = el('li', { role: 'option', id: `search-option-${i}`, 'aria-selected': selected }, [
    el('strong', { text: entry.name[s.lang] }),
    el('span', { text: where }),
  ]);
  // mousedown, not click: the input keeps focus and the list stays until the choice is made.
  option.addEventListener('mousedown', (e) => {
    e.preventDefault();
    choose();
  });
  return option;
}

/** The combobox's input: a search field that owns the results list. */
function searchInput(): HTMLInputElement {
  return el('input', {
    type: 'search',
    id: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-controls': LISTBOX,
    'aria-expanded': 'false',
    'data-testid': 'search',
  });
}

export function mountSearch(root: HTMLElement, store: AppStore, actions: Actions, index: FeatureIndex): void {
  const input = searchInput();
  const list = el('ul', { id: LISTBOX, role: 'listbox', class: 'search-results', hidden: true });
  root.append(input, list);

  let entries: SearchEntry[] = [];
  let builtAt = -1;
  let results: SearchEntry[] = [];
  const entriesNow = (): SearchEntry[] => {
    const { dataVersion } = store.getState();
    if (builtAt !== dataVersion) {
      entries = buildSearchEntries(index);
      builtAt = dataVersion;
    }
    return entries;
  };

  const choose = (entry: SearchEntry): void => {
    actions.setSearch('');
    // On a phone the focused box covers the title bar and raises the on-screen keyboard over the map it just framed.
    if (window.matchMedia?.('(max-width: 700px)').matches) input.blur();
    if (entry.target.kind === 'feature') actions.select(entry.target.ref, { focus: true });
    else actions.frameArea(entry.target.bounds);
  };

  const render = (s: AppState): void => {
    input.placeholder = t('searchPlaceholder', s.lang);
    input.setAttribute('aria-label', t('searchLabel', s.lang));
    input.title = t('searchLabel', s.lang);
    if (input.value !== s.search.query) input.value = s.search.query;
    results = search(entriesNow(), s.search.query, s.lang);
    const open = s.search.query.trim() !== '';
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    const options = results.map((entry, i) => optionFor(entry, i, s, () => choose(entry)));
    replaceChildren(
      list,
      options.length ? options : [el('li', { class: 'empty', text: t('searchNone', s.lang) })],
    );
    if (s.search.active >= 0) input.setAttribute('aria-activedescendant', `search-option-${s.search.active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => actions.setSearch(input.value));
  input.addEventListener('keydown', (e) => {
    // While an input method composes (pinyin), Enter, arrows and Esc belong to it, not to the results.
    if (e.isComposing || e.keyCode === 229) return;
    const { query, active } = store.getState().search;
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (move !== 0 && results.length > 0) {
      actions.setSearch(query, (active + move + results.length) % results.length);
      e.preventDefault();
    } else if (e.key === 'Enter') {
      const entry = results[Math.max(0, active)];
      if (entry) choose(entry);
      e.preventDefault();
    } else if (e.key === 'Escape' && query !== '') {
      actions.setSearch('');
      e.stopPropagation();
    }
  });
  input.addEventListener('blur', () => {
    if (store.getState().search.query !== '') actions.setSearch('');
  });
  store.subscribe((s, p) => {
    if (
      s.search !== p.search ||
      s.lang !== p.lang ||
      (s.dataVersion !== p.dataVersion && s.search.query !== '')
    )
      render(s);
  });
  render(store.getState());
}
