/**
 * The ledger's rows (src/stats/ledger_rows.ts) for the data loaded so far: the figures tab, its downloads and the
 * fact sheet all read their figures through here, so the product has one list of figures.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import { LAYERS } from '../layers/registry.ts';
import { type LedgerRow, ledgerRows } from './ledger_rows.ts';

const TRANSPORT_LAYER_IDS = LAYERS.filter((l) => l.schema === 'transport').map((l) => l.id);

/** Transport and project features in registry order (files arrive in any order). */
export function transportFeatures(index: FeatureIndex) {
  return TRANSPORT_LAYER_IDS.flatMap((layer) =>
    index.idsOf(layer).flatMap((id) => {
      const f = index.get(layer, id);
      return f?.kind === 'transport' ? [{ layer, props: f.value.props, geometry: f.value.geometry }] : [];
    }),
  );
}

let cache: { index: FeatureIndex; version: number; rows: LedgerRow[] } | null = null;

/** The ledger's rows for the data loaded so far, rebuilt when a file arrives (`dataVersion` changes). */
export function currentRows(index: FeatureIndex, dataVersion: number): LedgerRow[] {
  if (cache?.index === index && cache.version === dataVersion) return cache.rows;
  const meta = index.meta;
  const rows = meta
    ? ledgerRows({
        meta,
        transport: transportFeatures(index),
        countyName: (id) => {
          const c = index.get('counties', id);
          return c?.kind === 'county' ? { zh: c.value.props.name_zh, en: c.value.props.name_en } : null;
        },
      })
    : [];
  cache = { index, version: dataVersion, rows };
  return rows;
}
