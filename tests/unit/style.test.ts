import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { GEODATA_SOURCE, isSelectionOnly, mapStyle, type TileSource } from '../../src/layers/map_style.ts';
import { DEFAULT_VISIBLE_IDS, LAYERS, TOGGLEABLE_IDS } from '../../src/layers/registry.ts';
import { DARK, THEME } from '../../src/layers/theme.ts';
import { layerOfStyleId } from '../../src/layers/types.ts';
import { clickableStyleIds } from '../../src/map/pick.ts';

const TILES: TileSource = {
  url: '/tiles/v/{z}/{x}/{y}.pbf',
  minzoom: 3,
  maxzoom: 8,
  bounds: [90, 26, 126, 53],
};

/** The map's opening style, built without a browser; data paths stay relative here. */
function fullStyle(lang: 'zh' | 'en'): StyleSpecification {
  return mapStyle(LAYERS, { lang, visible: DEFAULT_VISIBLE_IDS, selectedLayer: null, tiles: TILES });
}

describe('generated map style', () => {
  it.each(['zh', 'en'] as const)('passes the MapLibre style-spec validator (%s)', (lang) => {
    expect(validateStyleMin(fullStyle(lang))).toEqual([]);
  });

  it('hides exactly the toggleable layers the state leaves out', () => {
    const style = mapStyle(LAYERS, { lang: 'en', visible: ['rail'], selectedLayer: null, tiles: TILES });
    for (const spec of style.layers) {
      const layer = LAYERS.find((l) => l.id === layerOfStyleId(spec.id));
      const shown = (!layer?.toggleable || layer.id === 'rail') && !isSelectionOnly(spec);
      expect(spec.layout?.visibility, spec.id).toBe(shown ? 'visible' : 'none');
    }
    expect(TOGGLEABLE_IDS).toContain('rail');
  });

  it('draws a selection outline only while a feature of its own, visible layer is selected', () => {
    const outlines = (selectedLayer: string | null, visible = DEFAULT_VISIBLE_IDS) =>
      mapStyle(LAYERS, { lang: 'en', visible, selectedLayer, tiles: TILES })
        .layers.filter(isSelectionOnly)
        .map((s) => [s.id, s.layout?.visibility]);
    const shown = (selectedLayer: string | null, visible = DEFAULT_VISIBLE_IDS) =>
      outlines(selectedLayer, visible)
        .filter(([, v]) => v === 'visible')
        .map(([id]) => id);
    expect(outlines(null).length).toBeGreaterThan(1);
    expect(shown(null)).toEqual([]);
    expect(shown('counties')).toEqual(['counties:selection']);
    expect(shown('airports')).toEqual(['airports:selection']);
    expect(shown('counties', ['rail'])).toEqual([]);
  });

  it('has no background layer; the map container paints the same colour behind the transparent canvas', () => {
    expect(fullStyle('en').layers.some((s) => s.type === 'background')).toBe(false);
    const css = readFileSync(new URL('../../src/styles/main.css', import.meta.url), 'utf8');
    const rule = css.match(/\n#map \{([^}]*)\}/)?.[1] ?? '';
    expect(rule).toContain('background: var(--map-bg);');
    const root = css.match(/\n:root \{([^}]*)\}/)?.[1] ?? '';
    expect(root).toContain(`--map-bg: ${THEME.background};`);
    const dark = css.match(/\n\[data-theme="dark"\] \{([^}]*)\}/)?.[1] ?? '';
    expect(dark).toContain(`--map-bg: ${DARK.background};`);
  });

  it('needs no tile, glyph or sprite server', () => {
    const style = fullStyle('zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('names style layers <layer>:<role>, uniquely, each drawing its own tile layer or a named companion', () => {
    const layers = fullStyle('zh').layers;
    expect(new Set(layers.map((s) => s.id)).size).toBe(layers.length);
    for (const s of layers) {
      const owner = LAYERS.find((l) => l.id === layerOfStyleId(s.id));
      expect(owner, s.id).toBeDefined();
      expect('source' in s && s.source).toBe(GEODATA_SOURCE);
      // Its own tile layer, unless the registry names a companion one: the county borders, the province labels.
      const companions: Record<string, string> = {
        'counties:line': 'county_edges',
        'labels:province': 'province_labels',
        'prefectures:province': 'provinces',
        'bridges:crossing': 'bridges_crossings',
        'bridges:label': 'bridges_crossings',
      };
      const expected = companions[s.id] ?? owner?.tileLayer;
      expect('source-layer' in s && s['source-layer'], s.id).toBe(expected);
    }
    expect(layers.length).toBe(LAYERS.flatMap((l) => l.styleLayers('zh')).length);
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

describe('clickable style layers', () => {
  it('are the features’ own layers: not labels, not the county borders (an edge names no county)', () => {
    const CLICKABLE = clickableStyleIds(LAYERS);
    expect(CLICKABLE).toContain('counties:fill');
    expect(CLICKABLE).toContain('airports:icon');
    expect(CLICKABLE).not.toContain('counties:line');
    expect(CLICKABLE.some((id) => id.endsWith(':label'))).toBe(false);
  });
});
