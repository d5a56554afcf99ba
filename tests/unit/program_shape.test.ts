/**
 * The opening style compiles one GL program per kind of layer (src/layers/program_shape.ts), judged with MapLibre's
 * own expression parser, and putting paint into that shared form changes nothing that is drawn.
 */
import {
  createPropertyExpression,
  type LayerSpecification,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { mapStyle, type TileSource } from '../../src/layers/map_style.ts';
import { inSharedForm } from '../../src/layers/program_shape.ts';
import { LAYERS, TOGGLEABLE_IDS } from '../../src/layers/registry.ts';
import { DARK, LIGHT, type Theme } from '../../src/layers/theme.ts';

const TILES: TileSource = { url: '/t/{z}/{x}/{y}.pbf', minzoom: 3, maxzoom: 8, bounds: [90, 26, 126, 53] };

/** The paint properties MapLibre binds into each program, by program. */
const PROGRAM_PROPS: Record<string, string[]> = {
  fill: ['fill-color', 'fill-opacity', 'fill-outline-color'],
  line: ['line-color', 'line-width', 'line-opacity', 'line-blur', 'line-gap-width', 'line-offset'],
  lineSDF: [
    'line-color',
    'line-width',
    'line-opacity',
    'line-blur',
    'line-gap-width',
    'line-offset',
    'line-dasharray',
  ],
  symbolSDF: ['text-color', 'text-halo-color', 'text-halo-width', 'text-halo-blur', 'text-opacity'],
  symbolIcon: ['icon-color', 'icon-halo-color', 'icon-halo-width', 'icon-halo-blur', 'icon-opacity'],
  circle: ['circle-radius', 'circle-color', 'circle-opacity', 'circle-stroke-color', 'circle-stroke-width'],
};

type Paint = Record<string, unknown>;

/** A plain constant array (a dash pattern) is a value, not an expression. */
function asExpression(value: unknown): unknown {
  return Array.isArray(value) && typeof value[0] !== 'string' ? ['literal', value] : value;
}

function paintSpec(type: string, key: string): StylePropertySpecification {
  const table = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${type}`
  ];
  const spec = table?.[key];
  if (!spec) throw new Error(`no spec for ${type} ${key}`);
  return spec;
}

/** How MapLibre binds one property: a uniform (constant or zoom only), per feature, or per feature and zoom. */
function binding(type: string, key: string, value: unknown): 'u' | 'a' | 'z' {
  if (value === undefined) return 'u';
  const parsed = createPropertyExpression(asExpression(value), key, paintSpec(type, key));
  if (parsed.result !== 'success') throw new Error(`${key}: ${JSON.stringify(parsed.value)}`);
  const kind = parsed.value.kind;
  return kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u';
}

/** The programs a style layer needs, each with the binding of every property it reads. */
function programsOf(spec: LayerSpecification): string[] {
  const paint = ('paint' in spec ? spec.paint : undefined) as Paint | undefined;
  const layout = ('layout' in spec ? spec.layout : undefined) as Paint | undefined;
  const names: string[] = [];
  if (spec.type === 'fill' || spec.type === 'circle') names.push(spec.type);
  if (spec.type === 'line') names.push(paint?.['line-dasharray'] === undefined ? 'line' : 'lineSDF');
  if (spec.type === 'symbol' && layout?.['text-field'] !== undefined) names.push('symbolSDF');
  if (spec.type === 'symbol' && layout?.['icon-image'] !== undefined) names.push('symbolIcon');
  return names.map((name) => {
    const props = PROGRAM_PROPS[name] ?? [];
    return `${name}/${props.map((k) => `${binding(spec.type, k, paint?.[k])}_${k}`).join('/')}`;
  });
}

function allLayers(theme: Theme): LayerSpecification[] {
  // Every layer, visible or not: a layer switched on later would compile its program then.
  return mapStyle(LAYERS, {
    lang: 'zh',
    visible: TOGGLEABLE_IDS,
    selectedLayer: null,
    tiles: TILES,
    theme,
  }).layers as LayerSpecification[];
}

describe('one GL program per kind of layer', () => {
  it.each([LIGHT, DARK])('the $name style needs one program for each kind it draws', (theme) => {
    // Program → its variants → the style layers asking for each.
    const byProgram = new Map<string, Map<string, string[]>>();
    for (const spec of allLayers(theme))
      for (const program of programsOf(spec)) {
        const name = program.split('/')[0] ?? program;
        const variants = byProgram.get(name) ?? new Map<string, string[]>();
        variants.set(program, [...(variants.get(program) ?? []), spec.id]);
        byProgram.set(name, variants);
      }
    for (const [name, variants] of byProgram)
      expect(Object.fromEntries(variants), name).toSatisfy((v: object) => Object.keys(v).length === 1);
    // The kinds the map draws today; a new kind is fine, a second variant of one is what the test stops.
    expect([...byProgram.keys()].sort()).toEqual([
      'circle',
      'fill',
      'line',
      'lineSDF',
      'symbolIcon',
      'symbolSDF',
    ]);
  });
});

/** Sample features and states: every value the style's expressions branch on. */
const FEATURES = [
  {
    in_report: true,
    in_scope: true,
    in_plan: true,
    status: 'operating',
    precision: 'schematic',
    rank: 'main',
  },
  {
    in_report: false,
    in_scope: false,
    in_plan: false,
    status: 'planned',
    precision: 'approximate',
    rank: 'county',
  },
  {
    in_report: true,
    in_scope: true,
    in_plan: true,
    status: 'under_construction',
    rank: 'prefecture',
    ref: 'G5',
  },
  { in_report: true, in_scope: false, in_plan: true, status: 'under_study', rank: 'minor' },
];
const STATES = [{}, { selected: true }, { hover: true }];
const ZOOMS = [3, 5, 6.3, 7, 8.5, 10, 14];

function evaluate(type: string, key: string, value: unknown, zoom: number, i: number, state: Paint): unknown {
  const parsed = createPropertyExpression(asExpression(value), key, paintSpec(type, key));
  if (parsed.result !== 'success') throw new Error(key);
  const feature = { type: 'LineString' as const, id: i, properties: FEATURES[i] ?? {}, geometry: [] };
  const out: unknown = parsed.value.evaluate({ zoom }, feature as never, state);
  return JSON.parse(JSON.stringify(out));
}

describe('the shared form draws the same', () => {
  it.each([LIGHT, DARK])('every paint property of every $name layer evaluates as before', (theme) => {
    let compared = 0;
    for (const layer of LAYERS)
      for (const spec of layer.styleLayers('en', theme)) {
        const before = ('paint' in spec ? spec.paint : {}) as Paint;
        const after = ('paint' in inSharedForm(spec) ? inSharedForm(spec).paint : {}) as Paint;
        expect(Object.keys(after).sort(), spec.id).toEqual(Object.keys(before ?? {}).sort());
        for (const key of Object.keys(before ?? {}))
          for (const zoom of ZOOMS)
            for (let i = 0; i < FEATURES.length; i++)
              for (const state of STATES) {
                const was = evaluate(spec.type, key, before[key], zoom, i, state);
                expect(
                  evaluate(spec.type, key, after[key], zoom, i, state),
                  `${spec.id} ${key} z${zoom}`,
                ).toEqual(was);
                compared++;
              }
      }
    expect(compared).toBeGreaterThan(1000);
  });
});
