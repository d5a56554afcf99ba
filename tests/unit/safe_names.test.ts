/**
 * No name of an Object.prototype member may reach a plain object: not from a link, not from a data file. MapLibre
 * keeps feature state in plain objects keyed by feature id, so `sel=airports/__proto__` once set
 * `Object.prototype.selected` for the whole page and froze the map.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { transportPropsSchema } from '../../src/geo/schema.ts';
import { INTERACTIVE_IDS } from '../../src/layers/registry.ts';
import { isReservedName, isSafeId } from '../../src/state/safe_names.ts';
import { decodeHash } from '../../src/url/hash_codec.ts';
import { APP_CODEC } from './codec_context.ts';

const ctx = APP_CODEC;

const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];
const protoName = fc.constantFrom(...PROTO_NAMES);
/** Spellings a link may use for them: as is, percent-encoded, or with `+`/case games. */
const spelled = protoName.chain((name) =>
  fc.constantFrom(name, encodeURIComponent(name), name.replace(/_/g, '%5F'), name.replace(/o/g, '%6F')),
);

function prototypeIsClean(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    Object.getPrototypeOf(probe) === Object.prototype && !('selected' in probe) && !('polluted' in probe)
  );
}

afterEach(() => {
  expect(prototypeIsClean()).toBe(true);
});

describe('reserved names', () => {
  it('every Object.prototype member is reserved, and ordinary ids are not', () => {
    for (const name of PROTO_NAMES) expect(isReservedName(name)).toBe(true);
    for (const id of ['yuncheng_zhangxiao', 'g30', 'linyi_bridge', '610100']) expect(isSafeId(id)).toBe(true);
  });

  it('a link can never select a feature whose id is an Object.prototype member', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INTERACTIVE_IDS), spelled, fc.boolean(), (layer, id, live) => {
        const d = decodeHash(`${live ? '#' : ''}sel=${layer}/${id}&lang=en`, ctx);
        expect(d.selection).toBeUndefined();
        expect(d.problems).toContain('the selected feature is not valid');
        expect(d.lang).toBe('en');
      }),
      { numRuns: 300 },
    );
  });

  it('a link key that is an Object.prototype member is dropped, never kept as an extra', () => {
    fc.assert(
      fc.property(spelled, fc.stringMatching(/^[a-z0-9]{0,8}$/), (key, value) => {
        const d = decodeHash(`${key}=${value}&polluted=1`, ctx);
        expect(d.extraParams.map(([k]) => k)).not.toContain(decodeURIComponent(key));
        expect(isReservedName(decodeURIComponent(key)) ? d.problems.length : 1).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a data file whose feature id is an Object.prototype member is rejected by the schema', () => {
    const file = JSON.parse(readFileSync('geodata/generated/layers/airports.geojson', 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const real = file.features[0]?.properties ?? {};
    expect(transportPropsSchema.safeParse(real).success).toBe(true);
    fc.assert(
      fc.property(protoName, (id) => {
        const parsed = transportPropsSchema.safeParse({ ...real, id });
        expect(parsed.success).toBe(false);
      }),
    );
  });
});
