/**
 * Everything a saved image or a fact sheet prints besides the map itself, gathered from the state in one place:
 * title, what is selected, the date the data holds for, the attribution the map shows, the link, the legend.
 */
import { OSM_ATTRIBUTION } from '../config.ts';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { featureLabel } from '../geo/feature_label.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { CONTEXT_KEY, SCHEMATIC_KEY, STATUS_KEY } from '../layers/legend.ts';
import type { LegendItem } from '../layers/types.ts';
import type { AppState } from '../state/types.ts';
import { asOfText, dataAsOf } from '../ui/as_of.ts';
import { shownLegend } from '../ui/map_legend.ts';

export interface ImageTexts {
  lang: Lang;
  title: string;
  /** The selected feature's name and kind, if any. */
  subtitle: string | null;
  asOf: string | null;
  attribution: string;
  link: string;
  legend: LegendItem[];
}

/** The OSM credit without its markup (the map's control shows it as a link; an image carries plain text). */
function plain(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

export function imageTexts(state: AppState, index: FeatureIndex, link: string): ImageTexts {
  const lang = state.lang;
  const sel = state.selection ? featureLabel(index, state.selection, lang) : null;
  const asOf = dataAsOf(index);
  const { transport } = shownLegend(state);
  return {
    lang,
    title: t('appTitle', lang),
    subtitle: sel ? `${sel.name} · ${sel.detail}` : null,
    asOf: asOf ? asOfText(asOf, lang) : null,
    attribution: [t('dataAttribution', lang), state.basemap ? plain(OSM_ATTRIBUTION) : null]
      .filter(Boolean)
      .join(' · '),
    link,
    legend: transport.length ? [...transport, ...STATUS_KEY, SCHEMATIC_KEY, CONTEXT_KEY] : [],
  };
}
