import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { mapStyle } from '../../src/layers/map_style.ts';
import { DEFAULT_VISIBLE_IDS, LAYERS } from '../../src/layers/registry.ts';
import { DARK, LIGHT, type Theme } from '../../src/layers/theme.ts';
import { chroma, contrast, deltaE, type Vision } from './color.ts';

const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia'];
const THEMES = [LIGHT, DARK];

function style(theme: Theme): StyleSpecification {
  return mapStyle(LAYERS, {
    lang: 'zh',
    visible: DEFAULT_VISIBLE_IDS,
    selectedLayer: null,
    theme,
    tiles: { url: '/t/{z}/{x}/{y}.pbf', minzoom: 3, maxzoom: 8, bounds: [90, 26, 126, 53] },
  });
}

/** Every colour literal inside a paint value (a colour or an expression choosing between colours). */
function colours(value: unknown): string[] {
  if (typeof value === 'string') return /^#[0-9a-f]{6}$/i.test(value) ? [value] : [];
  return Array.isArray(value) ? value.flatMap(colours) : [];
}

describe.each(THEMES)('the $name theme', (theme) => {
  it('draws every label at a text/halo contrast of at least 4.5:1 (WCAG AA)', () => {
    const labels = style(theme).layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field']);
    expect(labels.length).toBeGreaterThan(5);
    for (const l of labels) {
      if (l.type !== 'symbol') continue;
      const halo = colours(l.paint?.['text-halo-color']);
      const texts = colours(l.paint?.['text-color']);
      expect(halo.length, l.id).toBe(1);
      expect(texts.length, l.id).toBeGreaterThan(0);
      for (const t of texts) expect(contrast(t, halo[0] ?? ''), `${l.id} ${t}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(VISIONS)('keeps the transport line classes apart under %s vision (CIE76 ΔE ≥ 20)', (vision) => {
    const classes = [
      'highway',
      'rail',
      'touristRoad',
      'water',
      'river',
      'contextHighway',
      'contextRail',
    ] as const;
    for (const a of classes)
      for (const b of classes)
        if (a < b) expect(deltaE(theme[a], theme[b], vision), `${a}/${b}`).toBeGreaterThanOrEqual(20);
  });

  it.each(VISIONS)('never lets a context line read as a border under %s vision', (vision) => {
    const borders = ['countyLine', 'prefectureLine', 'provinceLine', 'clusterLine', 'contextLine'] as const;
    for (const b of borders) expect(chroma(theme[b], vision), b).toBeLessThan(12);
    expect(chroma(theme.contextHighway, vision)).toBeGreaterThanOrEqual(20);
    for (const b of borders)
      expect(deltaE(theme.contextHighway, theme[b], vision), b).toBeGreaterThanOrEqual(15);
  });

  it('tells a context railway from a river and a border by its pattern: cross-ticks no other line carries', () => {
    // As authored: the map's style holds constants as per-feature expressions (src/layers/program_shape.ts).
    const lines = LAYERS.flatMap((l) => l.styleLayers('en', theme)).filter((l) => l.type === 'line');
    const ticks = lines.find((l) => l.id === 'rail:ticks');
    const railLine = lines.find((l) => l.id === 'rail:line');
    if (ticks?.type !== 'line' || railLine?.type !== 'line')
      throw new Error('rail:ticks or rail:line missing');
    // Drawn for the context features only, in their colour, above their line.
    expect(JSON.stringify(ticks.filter)).toContain('in_report');
    expect(colours(ticks.paint?.['line-color'])).toContain(theme.contextRail);
    expect(lines.indexOf(ticks)).toBeGreaterThan(lines.indexOf(railLine));
    // Ticks: short dashes far apart on a line wider than the rail itself (at every zoom stop).
    const dash = ticks.paint?.['line-dasharray'] as unknown as ['literal', [number, number]];
    const [on, off] = dash[1];
    expect(off / on).toBeGreaterThanOrEqual(5);
    const widths = ((ticks.paint?.['line-width'] ?? []) as unknown as unknown[]).filter(
      (x) => typeof x === 'number',
    );
    const tickWidths = widths.filter((_, i) => i % 2 === 1) as number[];
    for (const w of tickWidths) expect(w).toBeGreaterThanOrEqual(2.5 * 2.6 * 0.65);
    // Rivers and borders carry no such pattern: rivers are solid, borders solid or dash-dot.
    for (const l of lines) {
      if (!/^(yellow_river|provinces|counties|prefectures|cluster):/.test(l.id)) continue;
      const d = JSON.stringify(l.paint?.['line-dasharray'] ?? null);
      expect(d, l.id).not.toContain(JSON.stringify(dash[1]));
      if (l.id.startsWith('yellow_river')) expect(l.paint?.['line-dasharray'], l.id).toBeUndefined();
    }
  });

  it('uses 6-digit hex colours only, with the same tokens as the other theme', () => {
    for (const [k, v] of Object.entries(theme)) if (k !== 'name') expect(v, k).toMatch(/^#[0-9a-f]{6}$/);
    expect(Object.keys(theme).sort()).toEqual(Object.keys(LIGHT).sort());
  });
});
