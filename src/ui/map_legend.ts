/**
 * The legend on the map: compact and collapsible, one entry per visible layer class, one shared status key, one
 * entry for context features, and the date the statuses hold for. Follows the layer toggles, language and theme.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { CONTEXT_KEY, GROUND_HEADING, SCHEMATIC_KEY, STATUS_HEADING, STATUS_KEY } from '../layers/legend.ts';
import { LAYERS } from '../layers/registry.ts';
import type { Theme } from '../layers/theme.ts';
import type { LegendItem } from '../layers/types.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { asOfText, dataAsOf } from './as_of.ts';
import { el, replaceChildren } from './dom.ts';
import { swatch } from './legend_swatch.ts';

function rows(items: readonly LegendItem[], lang: Lang, theme: Theme): HTMLElement {
  return el(
    'ul',
    { class: 'legend' },
    items.map((i) => el('li', {}, [swatch(i, theme), el('span', { text: i.label[lang] })])),
  );
}

/** The legend entries of what is drawn now: transport layers (which share the status key) and the ground. */
export function shownLegend(state: Pick<AppState, 'visible'>): {
  transport: LegendItem[];
  ground: LegendItem[];
} {
  const shown = LAYERS.filter((l) => (!l.toggleable || state.visible.includes(l.id)) && l.legend.length);
  return {
    transport: shown.filter((l) => l.hasStatus).flatMap((l) => l.legend),
    ground: shown.filter((l) => !l.hasStatus).flatMap((l) => l.legend),
  };
}

/** The legend's sections for a state: what is drawn now, then the shared keys. */
export function legendSections(state: AppState, theme: Theme, asOf: string | null): HTMLElement[] {
  const lang = state.lang;
  const { transport, ground } = shownLegend(state);
  const status = [
    el('h4', {}, [
      STATUS_HEADING[lang],
      asOf
        ? el('span', { class: 'as-of', 'data-testid': 'legend-as-of', text: ` · ${asOfText(asOf, lang)}` })
        : null,
    ]),
    rows([...STATUS_KEY, SCHEMATIC_KEY], lang, theme),
    rows([CONTEXT_KEY], lang, theme),
  ];
  // The ground is folded away: the figure is the transport.
  const groundBox = el('details', { class: 'legend-ground' }, [
    el('summary', { text: GROUND_HEADING[lang] }),
    rows(ground, lang, theme),
  ]);
  return [
    transport.length ? rows(transport, lang, theme) : null,
    transport.length ? el('div', { class: 'legend-status' }, status) : null,
    groundBox,
  ].filter((x): x is HTMLElement => x !== null);
}

/**
 * Tells the camera how much of a left corner of the map the legend covers, so framing keeps clear of it. Returns
 * the measuring function: it is also called right after a redraw, so a tour step that changes the layers (and so the
 * legend) is framed clear of the legend it will have, not the one it had.
 */
function reportBox(details: HTMLElement, actions: Actions): () => void {
  const measure = (): void => {
    const map = details.closest('.map-wrap')?.getBoundingClientRect();
    const box = details.getBoundingClientRect();
    // Bottom-left on wide screens; folded at the top-left on a phone. Nothing when hidden (no box).
    const top = map && box.top + box.bottom < map.top + map.bottom;
    const shown = map && box.width > 0;
    actions.setMapInsets({
      legend: {
        width: shown ? Math.round(box.right - map.left) : 0,
        height: shown ? Math.round(top ? box.bottom - map.top : map.bottom - box.top) : 0,
        at: top ? 'top' : 'bottom',
      },
    });
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(measure).observe(details);
  measure();
  return measure;
}

export function mountMapLegend(
  host: HTMLElement,
  store: AppStore,
  actions: Actions,
  index: FeatureIndex,
  themeOf: (state: AppState) => Theme,
): () => void {
  // Folded where it would cover much of the cluster: phones, and windows under about 1100 × 780 (a 1366 × 768
  // laptop's map is 720 px tall; the open legend is about 300).
  const small = window.matchMedia?.('(max-width: 1100px), (max-height: 780px)').matches ?? false;
  const details = el('details', { class: 'map-legend', 'data-testid': 'map-legend', open: !small });
  const summary = el('summary', {});
  const body = el('div', { class: 'map-legend-body' });
  details.append(summary, body);
  host.appendChild(details);
  const render = (state: AppState): void => {
    const asOf = dataAsOf(index);
    replaceChildren(summary, [
      el('span', { class: 'legend-title', text: t('legendHeading', state.lang) }),
      asOf ? el('span', { class: 'legend-date', text: asOfText(asOf, state.lang) }) : null,
    ]);
    replaceChildren(body, legendSections(state, themeOf(state), asOf));
  };
  render(store.getState());
  const measure = reportBox(details, actions);
  return store.subscribe((s, p) => {
    if (
      s.lang !== p.lang ||
      s.visible !== p.visible ||
      s.dataVersion !== p.dataVersion ||
      themeOf(s) !== themeOf(p)
    ) {
      render(s);
      measure();
    }
  });
}
