/**
 * The tour's data (geodata/input/tour.json) and rules: every step valid, in the page's order, citing paragraphs that
 * exist, marking features that exist on layers it shows, framing what it marks, in our own words; and what a step
 * does to the state, entered from the tab, a link or Back/Forward, and left again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitReport } from '../../geodata/build/report.ts';
import tourJson from '../../geodata/input/tour.json' with { type: 'json' };
import { STATUSES } from '../../src/geo/schema.ts';
import {
  DEFAULT_VISIBLE_IDS,
  INTERACTIVE_IDS,
  layerById,
  TOGGLEABLE_IDS,
} from '../../src/layers/registry.ts';
import { createActions } from '../../src/state/actions.ts';
import { createAppStore } from '../../src/state/store.ts';
import { createTourActions } from '../../src/state/tour_actions.ts';
import { MAX_TOUR_STEPS, MIN_TOUR_STEPS } from '../../src/state/types.ts';
import { clampStep, parseRef, reconcileLink, stepPlan } from '../../src/tour/plan.ts';
import { tourSchema } from '../../src/tour/schema.ts';
import { REPORT_PATH, REPORT_PRESENT, readGeodata, tileLayerFile } from './helpers.ts';

const tour = tourSchema.parse(tourJson);
/** The order the tour reads the page in: the meeting's report first, the two local pieces after it. */
const READING_ORDER: readonly string[] = ['meeting', 'circle', 'effects', 'next', 'hejin', 'yuanqu'];

interface GeoFeature {
  properties: { id: string };
  geometry: { type: string; coordinates: unknown };
}

function featuresOf(layer: string): GeoFeature[] {
  const def = layerById(layer);
  if (!def) throw new Error(`no layer ${layer}`);
  const file = layer === 'counties' ? 'counties.geojson' : tileLayerFile(def.tileLayer);
  return (readGeodata(file) as { features: GeoFeature[] }).features;
}

function positions(coords: unknown): [number, number][] {
  if (Array.isArray(coords) && typeof coords[0] === 'number') return [coords as [number, number]];
  return Array.isArray(coords) ? coords.flatMap(positions) : [];
}

describe('tour data', () => {
  it(`has ${MIN_TOUR_STEPS}–${MAX_TOUR_STEPS} steps with unique ids`, () => {
    expect(tour.steps.length).toBeGreaterThanOrEqual(MIN_TOUR_STEPS);
    expect(tour.steps.length).toBeLessThanOrEqual(MAX_TOUR_STEPS);
    expect(new Set(tour.steps.map((s) => s.id)).size).toBe(tour.steps.length);
  });

  it('follows the page: the meeting, the scope, results, next steps, then Hejin and Yuanqu', () => {
    const rank = (s: (typeof tour.steps)[number]) => {
      const c = s.cites[0];
      if (!c) throw new Error(`${s.id} has no cite`);
      return READING_ORDER.indexOf(c.section) * 100 + c.paragraph;
    };
    const ranks = tour.steps.map(rank);
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(tour.steps[0]?.cites[0]?.section).toBe('meeting');
    expect(tour.steps.at(-1)?.cites.map((c) => c.section)).toEqual(['hejin', 'yuanqu']);
  });

  it.each(tour.steps.map((s) => [s.id, s] as const))(
    '%s: one to three sentences in each language',
    (_id, s) => {
      const zh = s.text_zh.split('。').filter((x) => x.trim() !== '');
      const en = s.text_en.split(/[.!?](?=\s|$)/).filter((x) => x.trim() !== '');
      expect(zh.length).toBeGreaterThanOrEqual(1);
      expect(zh.length).toBeLessThanOrEqual(3);
      expect(en.length).toBeGreaterThanOrEqual(1);
      expect(en.length).toBeLessThanOrEqual(3);
    },
  );

  it.each(tour.steps.map((s) => [s.id, s] as const))(
    '%s: shows layers that exist, marks features that exist on them, and frames them',
    (_id, s) => {
      for (const id of s.layers) expect(TOGGLEABLE_IDS, `${s.id} layer ${id}`).toContain(id);
      const [w, south, e, n] = s.camera.bounds;
      for (const text of s.highlight) {
        const ref = parseRef(text);
        expect(INTERACTIVE_IDS, `${text}`).toContain(ref.layer);
        // A marked feature on a hidden layer would not be drawn.
        expect(s.layers, `${text} is on a layer the step shows`).toContain(ref.layer);
        const feature = featuresOf(ref.layer).find((f) => f.properties.id === ref.id);
        expect(feature, `${text} exists`).toBeDefined();
        for (const [x, y] of positions(feature?.geometry.coordinates)) {
          expect(x, `${text} inside the step's camera`).toBeGreaterThanOrEqual(w);
          expect(x).toBeLessThanOrEqual(e);
          expect(y).toBeGreaterThanOrEqual(south);
          expect(y).toBeLessThanOrEqual(n);
        }
      }
    },
  );
});

describe.skipIf(!REPORT_PRESENT)('tour texts against the report (../shared/source)', () => {
  const report = REPORT_PRESENT ? readFileSync(REPORT_PATH, 'utf8') : '';
  const paragraphs = REPORT_PRESENT ? splitReport(report) : new Map<string, string[]>();

  it.each(tour.steps.map((s) => [s.id, s] as const))('%s cites paragraphs that exist', (_id, s) => {
    for (const c of s.cites)
      expect(paragraphs.get(c.section)?.[c.paragraph - 1], `${c.section} ¶${c.paragraph}`).toBeDefined();
  });

  it('no Chinese text repeats 14 characters of the report in a row (our own words)', () => {
    const flat = report.replace(/\s+/g, '');
    for (const s of tour.steps) {
      for (const text of [s.title_zh, s.text_zh]) {
        const t = text.replace(/\s+/g, '');
        for (let i = 0; i + 14 <= t.length; i++)
          expect(flat.includes(t.slice(i, i + 14)), `${s.id}: ${t.slice(i, i + 14)}`).toBe(false);
      }
    }
  });
});

describe('tour plans', () => {
  it('clamps a step to the tour', () => {
    expect(clampStep(0, 9)).toBe(1);
    expect(clampStep(12, 9)).toBe(9);
    expect(clampStep(Number.NaN, 9)).toBe(1);
    expect(stepPlan(tour, 99, false).step).toBe(tour.steps.length);
  });

  it('a bare step link takes the step’s layers and frames it without flying', () => {
    const fix = reconcileLink(
      { tourStep: 3, visible: [...DEFAULT_VISIBLE_IDS], view: null },
      tour,
      DEFAULT_VISIBLE_IDS,
    );
    expect(fix.missingStep).toBeNull();
    expect(fix.plan).toMatchObject({
      step: 3,
      visible: tour.steps[2]?.layers,
      bounds: tour.steps[2]?.camera.bounds,
      jump: true,
    });
    expect(fix.highlight).toEqual(tour.steps[2]?.highlight.map(parseRef));
  });

  it('a step link with its own camera and layers keeps them; only the marks are set', () => {
    const view = { zoom: 8, lat: 35, lng: 111, bearing: 0, pitch: 0 };
    const fix = reconcileLink(
      { tourStep: 3, visible: ['counties', 'rail'], view },
      tour,
      DEFAULT_VISIBLE_IDS,
    );
    expect(fix.plan).toBeNull();
    expect(fix.highlight.length).toBeGreaterThan(0);
  });

  it('a step beyond the tour shows the last and says which was asked for', () => {
    const fix = reconcileLink(
      { tourStep: MAX_TOUR_STEPS + 1, visible: [...DEFAULT_VISIBLE_IDS], view: null },
      tour,
      DEFAULT_VISIBLE_IDS,
    );
    expect(fix.missingStep).toBe(MAX_TOUR_STEPS + 1);
    expect(fix.plan?.step).toBe(tour.steps.length);
  });
});

describe('tour state rules', () => {
  const setup = () => {
    const store = createAppStore([...DEFAULT_VISIBLE_IDS]);
    const actions = {
      ...createActions(store, TOGGLEABLE_IDS, STATUSES, DEFAULT_VISIBLE_IDS),
      ...createTourActions(store, TOGGLEABLE_IDS, DEFAULT_VISIBLE_IDS),
    };
    let changes = 0;
    store.subscribe(() => {
      changes += 1;
    });
    return { store, actions, changes: () => changes };
  };

  it('a step is one change: panel, step, layers, marks and the area to frame together', () => {
    const { store, actions, changes } = setup();
    actions.setPanel('stats');
    const before = changes();
    actions.showTourStep(stepPlan(tour, 3, false));
    expect(changes() - before).toBe(1);
    const s = store.getState();
    expect(s).toMatchObject({ panel: 'tour', tourStep: 3, sheet: 'half' });
    expect(s.visible).toEqual(TOGGLEABLE_IDS.filter((id) => tour.steps[2]?.layers.includes(id)));
    expect(s.highlight).toHaveLength(2);
    expect(s.frameRequest?.bounds).toEqual(tour.steps[2]?.camera.bounds);
    expect(s.tourReturn).toEqual({ panel: 'stats', visible: [...DEFAULT_VISIBLE_IDS] });
  });

  it('leaving (Esc) gives back the panel and layers the reader had, and unmarks', () => {
    const { store, actions } = setup();
    actions.setPanel('layers');
    actions.toggleLayer('rail', false);
    const had = store.getState().visible;
    actions.showTourStep(stepPlan(tour, 2, false));
    actions.showTourStep(stepPlan(tour, 5, false));
    actions.leaveTour();
    expect(store.getState()).toMatchObject({
      panel: 'layers',
      visible: had,
      highlight: [],
      tourStep: 1,
      tourReturn: null,
    });
  });

  it('another tab leaves the tour too; after a tour link the default layers come back', () => {
    const { store, actions } = setup();
    actions.applyLink({ ...store.getState(), panel: 'tour', tourStep: 4, visible: ['counties', 'bridges'] });
    actions.setHighlight([{ layer: 'bridges', id: 'linyi_yellow_river_bridge' }]);
    actions.setPanel('progress');
    expect(store.getState()).toMatchObject({
      panel: 'progress',
      visible: [...DEFAULT_VISIBLE_IDS],
      highlight: [],
    });
  });

  it('a selection on a layer the step hides is closed', () => {
    const { store, actions } = setup();
    actions.select({ layer: 'rail', id: 'yuncheng_houma_jincheng_hsr' });
    actions.showTourStep(stepPlan(tour, 3, false));
    expect(store.getState().selection).toBeNull();
  });

  it('a link or Back/Forward outside the tour clears the marks', () => {
    const { store, actions } = setup();
    actions.showTourStep(stepPlan(tour, 3, false));
    actions.applyLink({ ...store.getState(), panel: 'overview', tourStep: 1 });
    expect(store.getState().highlight).toEqual([]);
  });
});
