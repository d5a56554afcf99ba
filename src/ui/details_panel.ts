/** The details card of the selected feature: a county or a transport/project feature. */
import type { FeatureIndex, IndexedCounty, IndexedTransport } from '../geo/feature_index.ts';
import type { PageItem, Programme, TransportProps } from '../geo/schema.ts';
import { formatArea, formatCite, formatKm, type SectionName } from '../i18n/format.ts';
import { type Lang, otherLang, pick, pickOwn } from '../i18n/lang.ts';
import { PRECISION_LABELS, STATUS_LABELS, t } from '../i18n/strings.ts';
import { layerById } from '../layers/registry.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import { asOfText, dataAsOf } from './as_of.ts';
import { el, replaceChildren } from './dom.ts';
import { citeText, derivedRow, statedRow, statusSourceText } from './figure_rows.ts';
import { pageItemBlock } from './page_facts.ts';
import { focusKey } from './select_button.ts';

function row(label: string, value: string, attrs: Record<string, string> = {}): HTMLElement {
  return el('div', { class: 'fig', ...attrs }, [el('dt', { text: label }), el('dd', { text: value })]);
}

/** When a context line opened and the page that says so, or that no page was found; nothing for other features. */
function openedLine(opened: TransportProps['opened'], lang: Lang): HTMLElement | null {
  if (opened === undefined) return null;
  const s = opened?.source;
  return el('p', { class: 'fig-meta opened', 'data-testid': 'opened' }, [
    el('strong', { text: `${t('openedLabel', lang)}: ` }),
    opened
      ? `${opened.year} (${opened.date}) — ${s?.publisher}: “${s?.title}”${s?.published ? `, ${s.published}` : ''} `
      : t('openedUnverified', lang),
    s
      ? el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', text: new URL(s.url).hostname })
      : null,
  ]);
}

/** The report's own wording of a name it garbles, and why the map shows another. */
function aliasBlock(
  reportName: string | undefined,
  reason: string | undefined,
  cite: string | undefined,
  lang: Lang,
): HTMLElement | null {
  if (!reportName) return null;
  return el('div', { class: 'alias', 'data-testid': 'alias' }, [
    el('p', {}, [
      el('strong', { text: `${t('reportName', lang)}: ` }),
      el('span', { lang: 'zh', text: reportName }),
    ]),
    el('p', {}, [el('strong', { text: `${t('whyRenamed', lang)}: ` }), reason ?? '']),
    cite ? el('p', { class: 'cite', text: cite }) : null,
  ]);
}

function scopeText(inScope: 'inside' | 'partly' | 'outside' | boolean, lang: Lang): string {
  if (inScope === true || inScope === 'inside') return t('inPlan', lang);
  if (inScope === 'partly') return t('partlyInPlan', lang);
  return t('notInPlan', lang);
}

function countyBody(
  c: IndexedCounty,
  lang: Lang,
  boundaryNote: string,
  sections: readonly SectionName[],
  page: readonly PageItem[],
): HTMLElement[] {
  const p = c.props;
  const aliasCite =
    p.alias_cite_section && p.alias_cite_paragraph
      ? formatCite({ section: p.alias_cite_section, paragraph: p.alias_cite_paragraph }, sections, lang)
      : undefined;
  const name = pick(p, 'name', lang);
  const other = pick(p, 'name', otherLang(lang));
  const parts: (HTMLElement | null)[] = [
    el('h2', { id: 'details-title', tabindex: '-1', text: name }),
    el('p', { class: 'subtitle', text: other }),
    aliasBlock(p.report_name_zh, pick(p, 'alias_reason', lang), aliasCite, lang),
    el('p', {
      class: `scope-pill ${p.in_scope ? 'in' : 'out'}`,
      'data-testid': 'scope-pill',
      text: scopeText(p.in_scope, lang),
    }),
    el(
      'dl',
      { class: 'figs' },
      [
        row(t('prefecture', lang), pick(p, 'prefecture', lang)),
        row(t('province', lang), pick(p, 'province', lang)),
        row(t('area', lang), `${formatArea(p.area_km2, lang)} (${t('areaHow', lang)})`, {
          'data-figure': 'area',
        }),
        row(t('code', lang), p.code),
        p.former_zh
          ? row(
              t('formerName', lang),
              `${lang === 'zh' ? p.former_zh : `${p.former_en} (${p.former_zh})`} · ${t('renamedIn', lang)} ${p.renamed_year}`,
              { 'data-figure': 'former_name' },
            )
          : null,
        row(t('planWording', lang), pick(p, 'plan_wording', lang)),
      ].filter((x): x is HTMLElement => x !== null),
    ),
    p.note_en || p.note_zh ? el('p', { class: 'note', text: pickOwn(p, 'note', lang) ?? '' }) : null,
    ...countyPageItems(page, p.id, sections, lang),
    el('p', { class: 'precision', text: `${t('boundaryPrecision', lang)}: ${boundaryNote}` }),
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}

/** What the report says about this county beyond transport (Hejin's and Yuanqu's pieces). */
function countyPageItems(
  page: readonly PageItem[],
  id: string,
  sections: readonly SectionName[],
  lang: Lang,
): HTMLElement[] {
  const items = page.filter((i) => i.county === id);
  if (items.length === 0) return [];
  return [
    el('section', { class: 'county-report', 'data-testid': 'county-report' }, [
      el('h3', { text: t('inTheReport', lang) }),
      ...items.map((i) => pageItemBlock(i, sections, lang, null)),
    ]),
  ];
}

/** Province-wide figures the report ties to this feature (trains from Shanxi at the Houma port, say). */
function relatedProgrammes(
  programmes: readonly Programme[],
  id: string,
  sections: readonly SectionName[],
  lang: Lang,
) {
  return programmes
    .filter((prog) => prog.related === id)
    .map((prog) =>
      el('section', { class: 'related', 'data-programme': prog.id }, [
        el('h3', { text: pick(prog, 'name', lang) }),
        el('p', { class: 'note', text: pick(prog, 'scope', lang) }),
        el('dl', { class: 'figs' }, [
          ...prog.figures.map((fig) => statedRow(fig, sections, lang)),
          ...prog.derived.map((d) => derivedRow(d, lang)),
        ]),
      ]),
    );
}

function transportBody(
  f: IndexedTransport,
  layer: string,
  sections: readonly SectionName[],
  programmes: readonly Programme[],
  lang: Lang,
  asOf: string | null = null,
): HTMLElement[] {
  const p = f.props;
  const layerLabel = layerById(layer)?.label[lang] ?? layer;
  const stated = p.figures.map((fig) => statedRow(fig, sections, lang));
  const derived = p.derived.map((d) => derivedRow(d, lang));
  const computed: HTMLElement[] = [];
  if (p.county_zh) computed.push(row(t('county', lang), `${pick(p, 'county', lang)}`));
  if (p.dist_xian_km !== undefined)
    computed.push(row(t('distXian', lang), `${formatKm(p.dist_xian_km, lang)} (${t('computedTurf', lang)})`));
  if (p.nearest_seat_km != null && p.nearest_seat_zh) {
    computed.push(
      row(t('nearestSeat', lang), `${pick(p, 'nearest_seat', lang)}, ${formatKm(p.nearest_seat_km, lang)}`),
    );
  }
  if (p.length_km !== undefined) {
    computed.push(
      row(t('lineLength', lang), `${formatKm(p.length_km, lang)} (${t('lineLengthNote', lang)})`),
    );
  }
  if (p.in_scope_share !== undefined) computed.push(row(t('planShare', lang), `${p.in_scope_share}%`));
  return [
    el('p', { class: 'kicker', text: layerLabel }),
    el('h2', { id: 'details-title', tabindex: '-1', text: pick(p, 'name', lang) }),
    el('p', { class: 'subtitle', text: pick(p, 'name', otherLang(lang)) }),
    el('p', { class: 'pills' }, [
      el('span', {
        class: `status-pill ${p.status}`,
        'data-testid': 'status-pill',
        text: STATUS_LABELS[p.status]?.[lang] ?? p.status,
      }),
      // The report's statuses hold for the month its figures do; a context feature's status is not the report's.
      p.in_report && asOf
        ? el('span', { class: 'as-of-pill', 'data-testid': 'status-as-of', text: asOfText(asOf, lang) })
        : null,
      el('span', {
        class: `scope-pill ${p.in_scope === 'outside' ? 'out' : 'in'}`,
        text: scopeText(p.in_scope, lang),
      }),
      p.in_report ? null : el('span', { class: 'context-pill', text: t('notInReport', lang) }),
    ]),
    p.status_source
      ? el('p', {
          class: 'fig-meta status-source',
          'data-testid': 'status-source',
          text: statusSourceText(p.status_source, sections, lang) ?? '',
        })
      : null,
    aliasBlock(p.report_name_zh, pick(p, 'alias_reason', lang), undefined, lang),
    p.note_zh || p.note_en ? el('p', { class: 'note', text: pickOwn(p, 'note', lang) ?? '' }) : null,
    openedLine(p.opened, lang),
    stated.length || derived.length
      ? el('section', {}, [
          el('h3', { text: t('figures', lang) }),
          el('dl', { class: 'figs' }, [...stated, ...derived]),
        ])
      : null,
    computed.length ? el('dl', { class: 'figs computed' }, computed) : null,
    ...relatedProgrammes(programmes, p.id, sections, lang),
    el('p', { class: 'precision', 'data-testid': 'precision' }, [
      el('strong', { text: `${t('precision', lang)}: ` }),
      `${PRECISION_LABELS[p.precision]?.[lang] ?? p.precision} — ${pick(p, 'coord_source', lang)}`,
    ]),
    p.cites.length
      ? el('p', { class: 'cite', text: `${t('source', lang)}: ${citeText(p.cites, sections, lang)}` })
      : null,
  ].filter((x): x is HTMLElement => x !== null);
}

type MyCountyModule = typeof import('./my_county.ts');
let myCounty: MyCountyModule | null = null;
let myCountyAsked = false;

/** "My county" (its code and its data) is read the first time a county is chosen; `arrived` puts its section in
 * (not a data-version bump, which would redraw every panel and move the reader's focus). */
function requestMyCounty(arrived: () => void): void {
  if (myCountyAsked) return;
  myCountyAsked = true;
  void import('./my_county.ts').then(
    (m) => {
      myCounty = m;
      m.requestNearby(arrived);
    },
    (err: unknown) => console.warn('My county could not load:', err),
  );
}

function myCountyPart(id: string, index: FeatureIndex, actions: Actions, lang: Lang): HTMLElement {
  if (myCounty) return myCounty.myCountySection(id, index, actions, lang);
  return el('section', { class: 'my-county', 'data-testid': 'my-county' }, [
    el('h3', { text: t('myCountyHeading', lang) }),
    el('p', { class: 'note', text: t('detailsLoading', lang) }),
  ]);
}

/** "My county" goes just above the boundary-precision line that ends a county's card. */
function withMyCounty(body: HTMLElement[], section: HTMLElement): HTMLElement[] {
  return [...body.slice(0, -1), section, ...body.slice(-1)];
}

/** The card of a linked feature whose file is still arriving, or failed: it says so instead of showing nothing. */
function pendingBody(layerId: string, failed: boolean, lang: Lang): HTMLElement[] {
  return [
    el('h2', { id: 'details-title', tabindex: '-1', text: layerById(layerId)?.label[lang] ?? '' }),
    el('p', {
      class: 'details-pending',
      'data-testid': 'details-pending',
      text: t(failed ? 'detailsUnavailable' : 'detailsLoading', lang),
    }),
  ];
}

/** Remembers what had focus when the card opened, and gives it back when the card closes. */
function focusReturn(container: HTMLElement) {
  let returnFocus: HTMLElement | null = null;
  /** How to find the opener again if a panel redraw replaced it (its data-select or id). */
  let returnKey: string | null = null;
  return {
    remember(): void {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement) || container.contains(active)) return;
      returnFocus = active;
      returnKey = focusKey(active);
    },
    restore(): void {
      const target =
        returnFocus && document.contains(returnFocus)
          ? returnFocus
          : returnKey
            ? document.querySelector<HTMLElement>(returnKey)
            : null;
      target?.focus();
      returnFocus = null;
      returnKey = null;
    },
  };
}

/** Keeps the details card in step with the selection; Esc and the close button clear it and return focus. */
export function mountDetailsPanel(
  container: HTMLElement,
  store: AppStore,
  actions: Actions,
  index: FeatureIndex,
) {
  const focus = focusReturn(container);
  const body = el('div', { class: 'details-body' });
  const closeButton = el('button', { type: 'button', class: 'close', 'data-testid': 'details-close' });
  closeButton.addEventListener('click', () => actions.select(null));
  container.append(closeButton, body);

  closeButton.textContent = '×';
  let labelLang: Lang | null = null;
  const show = (feature: string, children: HTMLElement[]): void => {
    const wasHidden = container.hidden;
    if (wasHidden) focus.remember();
    container.hidden = false;
    container.setAttribute('data-feature', feature);
    replaceChildren(body, children);
    if (wasHidden) body.querySelector<HTMLElement>('#details-title')?.focus({ preventScroll: false });
  };
  // When My county arrives, only its section is replaced: redrawing the card would take the focus off its title.
  const refreshMyCounty = (): void => {
    const { selection, lang } = store.getState();
    const old = body.querySelector('[data-testid="my-county"]');
    if (old && selection) old.replaceWith(myCountyPart(selection.id, index, actions, lang));
  };
  const render = (): void => {
    const { selection, lang, failedLayers } = store.getState();
    const found = selection ? index.get(selection.layer, selection.id) : undefined;
    if (labelLang !== lang) {
      closeButton.setAttribute('aria-label', t('closeDetails', lang));
      labelLang = lang;
    }
    if (selection && !found && !index.isLoaded(selection.layer)) {
      const failed = failedLayers.includes(selection.layer);
      show(`${selection.layer}/${selection.id}`, pendingBody(selection.layer, failed, lang));
      return;
    }
    // The distances are read the first time a county is chosen; their arrival redraws the card.
    if (found?.kind === 'county') requestMyCounty(refreshMyCounty);
    if (!selection || !found) {
      // Files arriving at start-up call this with nothing selected: leave the closed card untouched then.
      if (container.hidden && !body.firstChild) return;
      container.hidden = true;
      container.removeAttribute('data-feature');
      replaceChildren(body, []);
      return;
    }
    const sections = index.meta?.sections ?? [];
    const boundaries = index.meta?.boundaries;
    const boundaryNote = (boundaries && pickOwn(boundaries, 'precision', lang)) ?? '';
    show(
      `${selection.layer}/${selection.id}`,
      found.kind === 'county'
        ? withMyCounty(
            countyBody(found.value, lang, boundaryNote, sections, index.meta?.page ?? []),
            myCountyPart(found.value.props.id, index, actions, lang),
          )
        : transportBody(
            found.value,
            selection.layer,
            sections,
            index.meta?.programmes ?? [],
            lang,
            dataAsOf(index),
          ),
    );
  };

  let previous = store.getState();
  store.subscribe((state) => {
    const closed = previous.selection && !state.selection;
    if (
      state.selection !== previous.selection ||
      state.lang !== previous.lang ||
      state.dataVersion !== previous.dataVersion ||
      state.failedLayers !== previous.failedLayers
    ) {
      render();
    }
    if (closed) focus.restore();
    previous = state;
  });
  document.addEventListener('keydown', (e) => {
    // Esc inside a dialog closes that dialog only.
    if (e.key === 'Escape' && store.getState().selection && !document.querySelector('dialog[open]')) {
      actions.select(null);
      e.preventDefault();
    }
  });
  return { render };
}
