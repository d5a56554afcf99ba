/**
 * The figures tab: the ledger of every figure, sortable and filterable, each row selecting its feature and citing
 * itself, and the data downloads. Loaded on demand (a dynamic import from the sidebar), so the start-up code does
 * not carry it. The rows come from src/stats/ledger_rows.ts; this file only renders them.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import { featureLabel } from '../geo/feature_label.ts';
import type { SectionName } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { type LedgerStringKey, lt } from '../i18n/ledger_strings.ts';
import { t } from '../i18n/strings.ts';
import { LAYERS } from '../layers/registry.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import {
  type AppState,
  type FeatureRef,
  LEDGER_SORTS,
  type LedgerSort,
  type LinkState,
  sameRef,
} from '../state/types.ts';
import { featuresGeojson, ledgerCsv } from '../stats/export_data.ts';
import { currentRows, transportFeatures } from '../stats/ledger_of_index.ts';
import { citesText, type LedgerRow, whenText } from '../stats/ledger_rows.ts';
import { citation, viewRows } from '../stats/ledger_view.ts';
import { linkStateOfApp } from '../url/hash_codec.ts';
import { el, replaceChildren } from './dom.ts';
import { downloadText } from './download.ts';
import { selectButton } from './select_button.ts';

export interface LedgerContext {
  index: FeatureIndex;
  store: AppStore;
  actions: Actions;
  /** The full URL that opens the given link state. */
  linkOf: (state: LinkState) => string;
}

const SORT_LABEL: Record<LedgerSort, LedgerStringKey> = {
  report: 'ledgerSortReport',
  label: 'ledgerSortLabel',
  value: 'ledgerSortValue',
  asOf: 'ledgerSortAsOf',
  kind: 'ledgerSortKind',
  feature: 'ledgerSortFeature',
};

const refOf = (row: LedgerRow): FeatureRef | null =>
  row.feature ? { layer: row.feature.layer, id: row.feature.id } : null;

/** The link of a row in the downloads: the ledger with the row's feature selected and framed. */
function rowLink(row: LedgerRow, ctx: LedgerContext): string {
  const state = ctx.store.getState();
  const ref = refOf(row);
  return ctx.linkOf({
    ...linkStateOfApp(state),
    view: null,
    selection: ref,
    panel: 'figures',
    visible: ref ? [...state.visible, ref.layer] : state.visible,
    statusFilter: [],
  });
}

function select(
  label: string,
  id: string,
  options: [string, string][],
  value: string,
  onChange: (v: string) => void,
) {
  const box = el(
    'select',
    { id, class: 'ledger-input' },
    options.map(([v, text]) => el('option', { value: v, text, selected: v === value })),
  );
  box.addEventListener('change', () => onChange(box.value));
  return el('div', { class: 'ledger-control' }, [el('label', { for: id, text: label }), box]);
}

/** “Only the selected feature's figures”: names the selection, and waits disabled while there is none. */
function selectedOnlyBox(state: AppState, ctx: LedgerContext): HTMLElement {
  const box = el('input', {
    type: 'checkbox',
    id: 'ledger-selected-only',
    checked: state.ledger.selectedOnly,
  });
  box.addEventListener('change', () => ctx.actions.setLedger({ selectedOnly: box.checked }));
  const row = el('div', { class: 'ledger-control wide ledger-check' }, [
    box,
    el('label', { for: 'ledger-selected-only' }),
  ]);
  showSelection(row, state, ctx);
  return row;
}

function showSelection(root: ParentNode, state: AppState, ctx: LedgerContext): void {
  const box = root.querySelector<HTMLInputElement>('#ledger-selected-only');
  const label = root.querySelector<HTMLElement>('label[for="ledger-selected-only"]');
  if (!box || !label) return;
  const name = state.selection ? featureLabel(ctx.index, state.selection, state.lang)?.name : undefined;
  box.disabled = !name;
  label.textContent = name
    ? lt('ledgerSelectedOnly', state.lang, { name })
    : lt('ledgerSelectedNone', state.lang);
}

function controls(state: AppState, ctx: LedgerContext): HTMLElement {
  const { lang, ledger } = state;
  const sections = ctx.index.meta?.sections ?? [];
  const filter = el('input', {
    type: 'search',
    id: 'ledger-filter',
    class: 'ledger-input',
    value: ledger.query,
    placeholder: lt('ledgerFilterPlaceholder', lang),
    autocomplete: 'off',
  });
  filter.addEventListener('input', () => ctx.actions.setLedger({ query: filter.value }));
  const reverse = el('button', {
    type: 'button',
    id: 'ledger-reverse',
    class: 'ledger-reverse',
    'aria-pressed': String(ledger.descending),
    text: `⇅ ${lt('ledgerDescending', lang)}`,
  });
  reverse.addEventListener('click', () =>
    ctx.actions.setLedger({ descending: !ctx.store.getState().ledger.descending }),
  );
  return el('div', { class: 'ledger-controls', role: 'group', 'aria-label': lt('ledgerControls', lang) }, [
    el('div', { class: 'ledger-control wide' }, [
      el('label', { for: 'ledger-filter', text: lt('ledgerFilter', lang) }),
      filter,
    ]),
    select(
      lt('ledgerKind', lang),
      'ledger-kind',
      [
        ['all', lt('ledgerKindAll', lang)],
        ['stated', lt('ledgerKindStated', lang)],
        ['derived', lt('ledgerKindDerived', lang)],
      ],
      ledger.kind,
      (v) => ctx.actions.setLedger({ kind: v === 'stated' || v === 'derived' ? v : 'all' }),
    ),
    select(
      lt('ledgerSection', lang),
      'ledger-section',
      [['', lt('ledgerSectionAll', lang)], ...sections.map((s): [string, string] => [s.id, s[lang]])],
      ledger.section,
      (v) => ctx.actions.setLedger({ section: v }),
    ),
    select(
      lt('ledgerSort', lang),
      'ledger-sort',
      LEDGER_SORTS.map((s): [string, string] => [s, lt(SORT_LABEL[s], lang)]),
      ledger.sort,
      (v) => ctx.actions.setLedger({ sort: LEDGER_SORTS.find((s) => s === v) ?? 'report' }),
    ),
    reverse,
    selectedOnlyBox(state, ctx),
  ]);
}

/** What the figure is, which feature it belongs to, and when it holds and where the report says it. */
function figureCell(
  row: LedgerRow,
  state: AppState,
  sections: readonly SectionName[],
  ctx: LedgerContext,
): HTMLElement {
  const { lang } = state;
  const ref = refOf(row);
  // The button is the keyboard's way to what a click anywhere on the row does.
  const feature =
    ref && row.feature
      ? selectButton(ref, ctx.actions, {
          class: 'link-button ledger-feature',
          'aria-pressed': String(sameRef(state.selection, ref)),
          text: row.feature.name[lang],
        })
      : el('span', { class: 'note', text: `${row.owner.name[lang]} · ${lt('ledgerNoFeature', lang)}` });
  return el('td', { class: 'ledger-figure' }, [
    el('span', { class: 'ledger-label', text: row.label[lang] }),
    feature,
    el('span', {
      class: 'ledger-source',
      text: `${whenText(row, lang)} · ${citesText(row, sections, lang)}`,
    }),
    row.how
      ? el('span', { class: 'ledger-how', text: `${lt('ledgerFormula', lang)}: ${row.how[lang]}` })
      : null,
  ]);
}

function rowElement(row: LedgerRow, state: AppState, ctx: LedgerContext): HTMLTableRowElement {
  const { lang } = state;
  const sections = ctx.index.meta?.sections ?? [];
  const ref = refOf(row);
  const cite = el('button', {
    type: 'button',
    class: 'ledger-cite',
    'data-testid': 'ledger-cite',
    'aria-label': lt('citeLabel', lang, { label: `${row.label[lang]} ${row.text[lang]}` }),
    text: lt('cite', lang),
  });
  const tr = el(
    'tr',
    {
      'data-row': row.id,
      'data-kind': row.kind,
      class: ref && sameRef(state.selection, ref) ? 'selected' : undefined,
    },
    [
      figureCell(row, state, sections, ctx),
      el('td', { class: 'ledger-value' }, [
        el('span', { class: 'ledger-number', text: row.text[lang] }),
        el('span', { class: `badge ${row.kind}`, text: t(row.kind, lang) }),
      ]),
      el('td', { class: 'ledger-actions' }, [cite]),
    ],
  );
  tr.addEventListener('click', (e) => {
    // The row's buttons do their own thing (the feature's selects, Cite cites).
    if (e.target instanceof Element && e.target.closest('button')) return;
    if (ref) ctx.actions.select(ref, { focus: true });
  });
  // Citing leaves the map and the card as they are (on a phone a selection would cover the ledger).
  cite.addEventListener('click', () => void citeRow(row, tr, ctx));
  return tr;
}

/**
 * The link a citation carries: this view; for a figure of a feature that is not the one selected, this view with
 * that feature selected and no camera, so the link opens framed on it.
 */
function citeLink(row: LedgerRow, ctx: LedgerContext): string {
  const state = ctx.store.getState();
  const ref = refOf(row);
  if (!ref || sameRef(ref, state.selection)) return ctx.linkOf(linkStateOfApp(state));
  return ctx.linkOf({
    ...linkStateOfApp(state),
    view: null,
    selection: ref,
    visible: [...state.visible, ref.layer],
  });
}

/** Copies the row's citation and shows it under the row (to copy by hand where the clipboard is refused). */
async function citeRow(row: LedgerRow, tr: HTMLTableRowElement, ctx: LedgerContext): Promise<void> {
  const state = ctx.store.getState();
  const meta = ctx.index.meta;
  if (!meta) return;
  const lang = state.lang;
  const link = citeLink(row, ctx);
  const text = citation(
    row,
    { sections: meta.sections, report: meta.report, mapTitle: t('appTitle', lang), link },
    lang,
  );
  tr.parentElement?.querySelectorAll('.ledger-cite-row').forEach((r) => {
    r.remove();
  });
  const status = el('p', { class: 'share-status', role: 'status', 'data-testid': 'cite-status' });
  const box = el('textarea', {
    readonly: true,
    rows: 4,
    'aria-label': lt('citeText', lang),
    'data-testid': 'cite-text',
  });
  box.value = text;
  tr.after(el('tr', { class: 'ledger-cite-row' }, [el('td', { colspan: 3 }, [status, box])]));
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    status.textContent = lt('citeCopied', lang);
  } catch {
    box.focus();
    box.select();
    status.textContent = lt('citeFailed', lang);
  }
}

function downloads(rows: readonly LedgerRow[], state: AppState, ctx: LedgerContext): HTMLElement {
  const { lang } = state;
  const features = transportFeatures(ctx.index);
  const csv = el('button', {
    type: 'button',
    class: 'download',
    'data-testid': 'download-csv',
    text: lt('downloadCsv', lang),
  });
  csv.addEventListener('click', () => {
    const sections = ctx.index.meta?.sections ?? [];
    downloadText(
      ledgerCsv(rows, sections, (r) => rowLink(r, ctx)),
      'guanzhong-figures.csv',
      'text/csv;charset=utf-8',
    );
  });
  const geojson = el('button', {
    type: 'button',
    class: 'download',
    'data-testid': 'download-geojson',
    text: lt('downloadGeojson', lang),
  });
  geojson.addEventListener('click', () => {
    const meta = ctx.index.meta;
    if (!meta) return;
    const link = ctx.linkOf(linkStateOfApp(ctx.store.getState()));
    const fc = featuresGeojson({ transport: transportFeatures(ctx.index), rows, meta, link });
    downloadText(
      `${JSON.stringify(fc, null, 1)}\n`,
      'guanzhong-transport-features.geojson',
      'application/geo+json',
    );
  });
  const note = lt('downloadNote', lang, { rows: rows.length, features: features.length });
  return el('section', { class: 'ledger-downloads', 'data-testid': 'downloads' }, [
    el('h3', { text: lt('downloadHeading', lang) }),
    el('div', { class: 'download-buttons' }, [csv, geojson]),
    el('p', { class: 'note', text: note }),
  ]);
}

/** Column headers; the figure and value columns sort by a click (again: the other way), as the select does. */
function tableHead(ctx: LedgerContext, lang: Lang): HTMLElement {
  const sortable = (key: LedgerStringKey, sort: LedgerSort): HTMLElement => {
    // The arrow is decoration: aria-sort on the header says the same to a screen reader.
    const b = el('button', { type: 'button', class: 'ledger-sort-head' }, [
      lt(key, lang),
      el('span', { class: 'sort-arrow', 'aria-hidden': 'true', text: ' ⇅' }),
    ]);
    b.addEventListener('click', () => {
      const view = ctx.store.getState().ledger;
      ctx.actions.setLedger(
        view.sort === sort ? { descending: !view.descending } : { sort, descending: false },
      );
    });
    return el('th', { scope: 'col', 'data-sort': sort }, [b]);
  };
  return el('thead', {}, [
    el('tr', {}, [
      sortable('ledgerColFigure', 'label'),
      sortable('ledgerColValue', 'value'),
      el('th', { scope: 'col', text: lt('ledgerColActions', lang) }),
    ]),
  ]);
}

/** Says on the sortable headers which one the rows are sorted by, and which way. */
function markSort(thead: HTMLElement, sort: LedgerSort, descending: boolean): void {
  for (const th of thead.querySelectorAll<HTMLElement>('th[data-sort]')) {
    const on = th.dataset.sort === sort;
    if (on) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    else th.removeAttribute('aria-sort');
    const arrow = th.querySelector('.sort-arrow');
    if (arrow) arrow.textContent = on ? (descending ? ' ↓' : ' ↑') : ' ⇅';
  }
}

/** Fills the table body and the count line for the current sort and filter. */
function fill(tbody: HTMLElement, count: HTMLElement, all: readonly LedgerRow[], ctx: LedgerContext): void {
  const state = ctx.store.getState();
  const sections = ctx.index.meta?.sections ?? [];
  const shown = viewRows(all, state.ledger, sections, state.lang, state.selection);
  replaceChildren(
    tbody,
    shown.length
      ? shown.map((r) => rowElement(r, state, ctx))
      : [el('tr', {}, [el('td', { colspan: 3, class: 'empty', text: lt('ledgerNone', state.lang) })])],
  );
  count.textContent = lt('ledgerCount', state.lang, { shown: shown.length, total: all.length });
}

/** Marks the selected feature's rows (and its buttons' pressed state) without redrawing the table. */
function markSelection(tbody: HTMLElement, all: readonly LedgerRow[], selection: FeatureRef | null): void {
  for (const tr of tbody.querySelectorAll<HTMLElement>('tr[data-row]')) {
    const row = all.find((r) => r.id === tr.dataset.row);
    const on = Boolean(row && sameRef(refOf(row), selection));
    tr.classList.toggle('selected', on);
    tr.querySelector('.ledger-feature')?.setAttribute('aria-pressed', String(on));
  }
}

export function renderLedger(ctx: LedgerContext): HTMLElement[] {
  const state = ctx.store.getState();
  const { lang } = state;
  const all = currentRows(ctx.index, state.dataVersion);
  if (all.length === 0)
    return [
      el('h2', { text: lt('ledgerHeading', lang) }),
      el('p', { class: 'empty', text: lt('ledgerNoData', lang) }),
    ];
  const stated = all.filter((r) => r.kind === 'stated').length;
  const intro = lt('ledgerIntro', lang, { stated, derived: all.length - stated });
  const tbody = el('tbody');
  const count = el('p', { class: 'ledger-count', role: 'status', 'data-testid': 'ledger-count' });
  const thead = tableHead(ctx, lang);
  markSort(thead, state.ledger.sort, state.ledger.descending);
  const table = el('table', { class: 'ledger', 'data-testid': 'ledger' }, [
    el('caption', { class: 'visually-hidden', text: lt('ledgerHeading', lang) }),
    thead,
    tbody,
  ]);
  fill(tbody, count, all, ctx);
  const form = controls(state, ctx);
  // The table follows its own sort, filter and the selection in place; anything else redraws the whole tab.
  const unsubscribe = ctx.store.subscribe((s, p) => {
    if (!table.isConnected) return unsubscribe();
    if (s.ledger !== p.ledger) {
      fill(tbody, count, all, ctx);
      form.querySelector('#ledger-reverse')?.setAttribute('aria-pressed', String(s.ledger.descending));
      const sortBox = form.querySelector<HTMLSelectElement>('#ledger-sort');
      if (sortBox) sortBox.value = s.ledger.sort;
      markSort(thead, s.ledger.sort, s.ledger.descending);
    } else if (s.selection !== p.selection) {
      if (s.ledger.selectedOnly) fill(tbody, count, all, ctx);
      else markSelection(tbody, all, s.selection);
    }
    if (s.selection !== p.selection) showSelection(form, s, ctx);
  });
  // A layer whose file failed is named, so neither the table nor a download passes for complete.
  const missing = state.failedLayers
    .map((id) => LAYERS.find((l) => l.id === id && l.schema === 'transport')?.label[lang])
    .filter((x): x is string => Boolean(x));
  return [
    el('h2', { text: lt('ledgerHeading', lang) }),
    el('p', { class: 'lead', text: intro }),
    missing.length
      ? el('p', {
          class: 'note ledger-warning',
          role: 'alert',
          'data-testid': 'ledger-missing',
          text: lt('ledgerMissing', lang, { layers: missing.join(lt('listSeparator', lang)) }),
        })
      : null,
    downloads(all, state, ctx),
    form,
    count,
    el('div', { class: 'ledger-scroll' }, [table]),
    el('p', { class: 'note', text: lt('ledgerScopeNote', lang) }),
  ].filter((x): x is HTMLElement => x !== null);
}
