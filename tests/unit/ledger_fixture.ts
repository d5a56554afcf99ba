/** The ledger's input read from the committed geodata, as the browser's panels read it. */
import type { Geometry } from 'geojson';
import {
  countyCollectionSchema,
  type Meta,
  metaSchema,
  type TransportProps,
  transportCollectionSchema,
} from '../../src/geo/schema.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import type { LedgerSource } from '../../src/stats/ledger_rows.ts';
import { readGeodata } from './helpers.ts';

export const META: Meta = metaSchema.parse(readGeodata('meta.json'));

/** Every transport and project feature, in registry order. */
export const TRANSPORT: { layer: string; props: TransportProps; geometry: Geometry }[] = LAYERS.filter(
  (l) => l.schema === 'transport',
).flatMap((l) =>
  transportCollectionSchema
    .parse(readGeodata(`layers/${l.id}.geojson`))
    .features.map((f) => ({ layer: l.id, props: f.properties, geometry: f.geometry })),
);

const COUNTIES = countyCollectionSchema.parse(readGeodata('panels/counties.geojson')).features;

export const SOURCE: LedgerSource = {
  meta: META,
  transport: TRANSPORT,
  countyName: (id) => {
    const c = COUNTIES.find((f) => f.properties.id === id);
    return c ? { zh: c.properties.name_zh, en: c.properties.name_en } : null;
  },
};
