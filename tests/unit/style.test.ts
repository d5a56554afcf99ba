import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/layers/registry.ts';
import { THEME } from '../../src/layers/theme.ts';
import { layerOfStyleId } from '../../src/layers/types.ts';

/** The style the map ends up with once every layer has loaded, built without a browser. */
function fullStyle(lang: 'zh' | 'en'): StyleSpecification {
  return {
    version: 8,
    sources: Object.fromEntries(
      LAYERS.map((l) => [
        l.id,
        { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
      ]),
    ),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': THEME.background } },
      ...LAYERS.flatMap((l) => l.styleLayers(lang)),
    ],
  } as StyleSpecification;
}

describe('generated map style', () => {
  it.each(['zh', 'en'] as const)('passes the MapLibre style-spec validator (%s)', (lang) => {
    expect(validateStyleMin(fullStyle(lang))).toEqual([]);
  });

  it('needs no tile, glyph or sprite server', () => {
    const style = fullStyle('zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('names style layers <layer>:<role>, uniquely, each drawing its own source', () => {
    const ids = LAYERS.flatMap((l) => l.styleLayers('zh').map((s) => ({ l, s })));
    expect(new Set(ids.map((x) => x.s.id)).size).toBe(ids.length);
    for (const { l, s } of ids) {
      expect(layerOfStyleId(s.id)).toBe(l.id);
      expect('source' in s ? s.source : l.id).toBe(l.id);
    }
  });

  it('gives every toggleable layer a label in both languages, and every drawn layer a legend or a label', () => {
    for (const l of LAYERS) {
      expect(l.label.zh.length).toBeGreaterThan(0);
      expect(l.label.en.length).toBeGreaterThan(0);
      if (l.toggleable && l.id !== 'labels') expect(l.legend.length).toBeGreaterThan(0);
    }
  });

  it('keeps layer ids stable: they are part of the public link format', () => {
    expect(LAYERS.filter((l) => l.toggleable).map((l) => l.id)).toEqual([
      'counties',
      'yellow_river',
      'water',
      'tourist_roads',
      'highways',
      'rail',
      'bridges',
      'ports',
      'airports',
      'labels',
    ]);
  });
});
