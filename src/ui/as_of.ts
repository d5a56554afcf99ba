/** When the report's statuses and figures hold: one date for the legend, the cards, the progress tab and print. */
import type { FeatureIndex } from '../geo/feature_index.ts';
import { formatAsOf } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { LAYERS } from '../layers/registry.ts';

/**
 * The month the report's figures and statuses hold for (YYYY-MM): the month most figures of the loaded data name
 * (the report's January–November statistics; one planned length is from the December meeting). Null before the
 * data has loaded.
 */
export function dataAsOf(index: FeatureIndex): string | null {
  const counts = new Map<string, number>();
  for (const layer of LAYERS) {
    for (const id of index.idsOf(layer.id)) {
      const found = index.get(layer.id, id);
      if (found?.kind !== 'transport') continue;
      for (const f of found.value.props.figures) counts.set(f.asOf, (counts.get(f.asOf) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]));
  return ranked[0]?.[0] ?? null;
}

/** "Data as of end-Nov 2021" in the reader's language. */
export function asOfText(asOf: string, lang: Lang): string {
  return `${t('dataAsOf', lang)}${formatAsOf(asOf, 'cumulative', lang)}`;
}
