/**
 * "Fact sheet": a printable page of the current view — the map image (the saved image's picture), the figures of the
 * selection with where the report gives each or how it was derived, the report cited, the link and a QR code of
 * it. Shown over the app; while it is open, print CSS prints only it. Loaded on demand with its QR library.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { featureLabel } from '../geo/feature_label.ts';
import { nearbyData } from '../geo/nearby.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { tt } from '../i18n/strings_take_away.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { type FigureLine, selectionFigures } from '../stats/selection_figures.ts';
import { el } from '../ui/dom.ts';
import { distanceText, NEAREST } from '../ui/my_county.ts';
import { imageTexts } from './image_texts.ts';
import { renderImage } from './save_image.ts';

export interface FactSheetDeps {
  store: AppStore;
  index: FeatureIndex;
  mapOf: () => MlMap | null;
  link: () => string;
  returnFocus: HTMLElement | null;
}

function figureTable(rows: readonly FigureLine[], lang: Lang): HTMLElement {
  if (!rows.length) return el('p', { class: 'note', text: tt('factSheetNoFigures', lang) });
  const head = [
    'factSheetOwner',
    'factSheetFigure',
    'factSheetValue',
    'factSheetWhen',
    'factSheetSource',
  ] as const;
  return el('table', { class: 'fact-sheet-figures', 'data-testid': 'fact-sheet-figures' }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        head.map((k) => el('th', { scope: 'col', text: tt(k, lang) })),
      ),
    ]),
    el(
      'tbody',
      {},
      rows.map((r) =>
        el('tr', { 'data-kind': r.kind }, [
          el('td', { text: r.owner }),
          el('td', { text: r.label }),
          el('td', {}, [r.value, el('span', { class: `badge ${r.kind}`, text: t(r.kind, lang) })]),
          el('td', { text: r.when }),
          el('td', { text: r.source }),
        ]),
      ),
    ),
  ]);
}

/** For a county: the My county distances, as text (the card's buttons have no place on paper). */
function countyDistances(state: AppState, index: FeatureIndex): HTMLElement | null {
  const { selection, lang } = state;
  const data = nearbyData();
  const n = selection?.layer === 'counties' && data?.ok ? data.value.counties[selection.id] : undefined;
  if (!n || !data?.ok) return null;
  const name = (layer: string, id: string) => {
    const found = index.get(layer, id);
    return found?.kind === 'transport' ? pick(found.value.props, 'name', lang) : id;
  };
  const [colon, comma] = lang === 'zh' ? [':', ','] : [': ', ', '];
  const rows = NEAREST.flatMap(([kind, label]) => {
    const ref = n[kind];
    return ref
      ? [
          el('li', {
            text: `${tt(label, lang)}${colon}${name(ref.layer, ref.id)}${comma}${distanceText(ref.km, lang)}`,
          }),
        ]
      : [];
  });
  const projects = n.projects.map((p) =>
    el('li', {
      text: `${name(p.layer, p.id)}${comma}${p.inside ? tt('myCountyInside', lang) : distanceText(p.km, lang)}`,
    }),
  );
  return el('section', { 'data-testid': 'fact-sheet-county' }, [
    el('h2', { text: t('myCountyHeading', lang) }),
    el('ul', {}, rows),
    el('h3', { text: tt('myCountyProjects', lang) }),
    el('ul', {}, projects),
    el('p', { class: 'fig-meta', text: data.value.how[lang] }),
  ]);
}

async function qrImage(link: string, lang: Lang): Promise<HTMLImageElement> {
  const mod = await import('qrcode');
  const qr = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const src = await qr.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, scale: 4 });
  return el('img', {
    class: 'fact-sheet-qr',
    'data-testid': 'fact-sheet-qr',
    src,
    alt: tt('factSheetQr', lang),
  });
}

function reportCitation(
  report: { titleZh: string; titleEn: string; publishedApprox: string },
  lang: Lang,
): string {
  const [year = Number.NaN, month = Number.NaN] = report.publishedApprox.split('-').map(Number);
  const known = Number.isInteger(year) && Number.isInteger(month);
  const when = !known
    ? report.publishedApprox
    : lang === 'zh'
      ? `${year}年${month}月`
      : new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          Date.UTC(year, month - 1, 1),
        );
  return lang === 'zh'
    ? `${tt('factSheetReport', lang)}《${report.titleZh}》,约${when}刊出。${tt('factSheetCiteHow', lang)}`
    : `${tt('factSheetReport', lang)}“${report.titleEn}” (${report.titleZh}), published about ${when}. ${tt('factSheetCiteHow', lang)}`;
}

function citationBlock(state: AppState, index: FeatureIndex, link: string, qr: HTMLElement): HTMLElement {
  const lang = state.lang;
  const report = index.meta?.report;
  const texts = imageTexts(state, index, link);
  return el('section', { class: 'fact-sheet-cite' }, [
    el('h2', { text: tt('factSheetSources', lang) }),
    report ? el('p', { 'data-testid': 'fact-sheet-report', text: reportCitation(report, lang) }) : null,
    el('p', { class: 'fig-meta', text: texts.attribution }),
    el('div', { class: 'fact-sheet-link' }, [
      qr,
      el('p', {}, [
        el('strong', { text: `${t('printLink', lang)} ` }),
        el('span', { class: 'fact-sheet-url', 'data-testid': 'fact-sheet-link', text: link }),
      ]),
    ]),
  ]);
}

function mapFigure(
  deps: FactSheetDeps,
  state: AppState,
  link: string,
): { node: HTMLElement; done: Promise<void> } {
  const lang = state.lang;
  const slot = el('figure', { class: 'fact-sheet-map', 'data-testid': 'fact-sheet-map' }, [
    el('p', { class: 'note', text: tt('imagePreparing', lang) }),
  ]);
  const map = deps.mapOf();
  if (!map) {
    slot.replaceChildren(el('p', { class: 'note', text: tt('imageNoMap', lang) }));
    return { node: slot, done: Promise.resolve() };
  }
  const done = renderImage({ map, state, index: deps.index, link }, { header: false })
    .then(async (blob) => {
      const img = el('img', { src: URL.createObjectURL(blob), alt: tt('factSheetMapAlt', lang) });
      await img.decode();
      slot.replaceChildren(img);
    })
    .catch((err: unknown) => {
      console.warn('the fact sheet has no map image:', err);
      slot.replaceChildren(el('p', { class: 'note', text: tt('imageFailed', lang) }));
    });
  return { node: slot, done };
}

function toolbar(lang: Lang, close: () => void): HTMLElement {
  const print = el('button', {
    type: 'button',
    'data-testid': 'fact-sheet-print',
    text: tt('factSheetPrint', lang),
  });
  print.addEventListener('click', () => window.print());
  const closeButton = el('button', {
    type: 'button',
    'data-testid': 'fact-sheet-close',
    text: t('close', lang),
  });
  closeButton.addEventListener('click', close);
  return el('div', { class: 'fact-sheet-tools' }, [print, closeButton]);
}

/** The printed page: title, what is selected, as-of, the map image, the figures, My county, sources and link. */
function sheetPage(deps: FactSheetDeps, state: AppState, link: string, image: HTMLElement, qr: HTMLElement) {
  const { lang, selection } = state;
  const label = selection ? featureLabel(deps.index, selection, lang) : null;
  // On a tour step with nothing selected, the sheet is the step's: the figures of the features it marks.
  const marked = state.panel === 'tour' ? state.highlight : [];
  const what = label
    ? `${label.name} · ${label.detail}`
    : marked.length > 0
      ? `${t('tabTour', lang)} · ${state.tourStep}`
      : tt('factSheetView', lang);
  return el('article', { class: 'fact-sheet-page', lang: lang === 'zh' ? 'zh-CN' : 'en' }, [
    el('h1', { id: 'fact-sheet-title', tabindex: '-1', text: t('appTitle', lang) }),
    el('p', {
      class: 'subtitle',
      text: what,
    }),
    el('p', { class: 'fig-meta', text: imageTexts(state, deps.index, link).asOf ?? '' }),
    image,
    el('section', {}, [
      el('h2', { text: tt('factSheetFigures', lang) }),
      figureTable(
        selectionFigures(deps.index, selection, state.visible, lang, marked, state.dataVersion),
        lang,
      ),
    ]),
    countyDistances(state, deps.index),
    citationBlock(state, deps.index, link, qr),
  ]);
}

/** Opens the sheet over the app (only one at a time); resolves once its map image and QR code are in place. */
export async function openFactSheet(deps: FactSheetDeps): Promise<void> {
  document.getElementById('fact-sheet')?.remove();
  const state = deps.store.getState();
  const link = deps.link();
  const image = mapFigure(deps, state, link);
  const qrSlot = el('div', { class: 'fact-sheet-qr-slot' });
  const root = el('div', {
    id: 'fact-sheet',
    class: 'fact-sheet',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'fact-sheet-title',
    'data-testid': 'fact-sheet',
  });
  // Behind the sheet the app is inert: Tab stays in the sheet and a screen reader reads only it.
  const behind = [...document.body.children].filter(
    (c): c is HTMLElement => c instanceof HTMLElement && !c.inert,
  );
  const close = (): void => {
    for (const node of behind) node.inert = false;
    root.remove();
    delete document.body.dataset.factSheet;
    document.removeEventListener('keydown', onKey);
    for (const img of root.querySelectorAll<HTMLImageElement>('img[src^="blob:"]'))
      URL.revokeObjectURL(img.src);
    deps.returnFocus?.focus();
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  root.append(toolbar(state.lang, close), sheetPage(deps, state, link, image.node, qrSlot));
  document.body.dataset.factSheet = 'open';
  for (const node of behind) node.inert = true;
  document.body.appendChild(root);
  document.addEventListener('keydown', onKey);
  root.querySelector<HTMLElement>('#fact-sheet-title')?.focus();
  const qr = qrImage(link, state.lang).then((img) => {
    qrSlot.replaceChildren(img);
    return img.decode();
  });
  await Promise.all([image.done, qr]);
  root.dataset.ready = 'true';
}
