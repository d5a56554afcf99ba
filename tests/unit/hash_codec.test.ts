import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/geo/schema.ts';
import { INTERACTIVE_IDS, TOGGLEABLE_IDS } from '../../src/layers/registry.ts';
import { isSafeId } from '../../src/state/safe_names.ts';
import { MAX_TOUR_STEPS, PANELS } from '../../src/state/types.ts';
import {
  coordPrecision,
  decodeHash,
  encodeHash,
  type LinkState,
  linkStateOf,
  MAX_LINK_CHARS,
  roundView,
  wrapBearing,
} from '../../src/url/hash_codec.ts';
import { APP_CODEC } from './codec_context.ts';

const ctx = APP_CODEC;

const viewArb = fc
  .record({
    zoom: fc.double({ min: 3, max: 13, noNaN: true }),
    lat: fc.double({ min: -85, max: 85, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
    bearing: fc.double({ min: -179.9, max: 180, noNaN: true }),
    pitch: fc.double({ min: 0, max: 60, noNaN: true }),
  })
  .map(roundView);

const anyStateArb: fc.Arbitrary<LinkState> = fc.record({
  view: fc.option(viewArb, { nil: null }),
  visible: fc.subarray([...TOGGLEABLE_IDS]),
  selection: fc.option(
    fc.record({
      layer: fc.constantFrom(...INTERACTIVE_IDS),
      id: fc.stringMatching(/^[a-z0-9_]{1,24}$/).filter(isSafeId),
    }),
    { nil: null },
  ),
  panel: fc.constantFrom(...PANELS),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  theme: fc.constantFrom('light' as const, 'dark' as const),
  basemap: fc.boolean(),
  // A filter of every status is written as none, so the round trip sees [] for it.
  statusFilter: fc.subarray([...STATUSES]).map((x) => (x.length === STATUSES.length ? [] : x)),
  extraParams: fc.uniqueArray(
    fc.tuple(
      fc
        .stringMatching(/^[a-z][a-z0-9_-]{0,8}$/)
        .filter(
          (k) =>
            !['map', 'layers', 'sel', 'panel', 'step', 'lang', 'theme', 'base', 'status', 'v'].includes(k),
        ),
      fc.stringMatching(/^[\w\-.,~:/ ]{0,20}$/),
    ),
    { maxLength: 3, selector: ([k]) => k },
  ),
  tourStep: fc.integer({ min: 1, max: MAX_TOUR_STEPS }),
});

/** Valid states only: a selected feature's layer is visible; the tour's step is 1 outside the tour. */
const stateArb: fc.Arbitrary<LinkState> = anyStateArb
  .map((s) =>
    s.selection && !s.visible.includes(s.selection.layer)
      ? { ...s, visible: [...s.visible, s.selection.layer] }
      : s,
  )
  .map((s) => (s.panel === 'tour' ? s : { ...s, tourStep: 1 }));

/** What a state looks like after a trip through a link: absent keys fall back to the defaults. */
function applied(state: LinkState): LinkState {
  const d = decodeHash(encodeHash(state, ctx), ctx);
  expect(d.problems).toEqual([]);
  return linkStateOf(d, ctx);
}

/** The state of a link that sets nothing. */
const DEFAULT_STATE = linkStateOf({ extraParams: [], problems: [] }, ctx);

describe('link codec properties', () => {
  it('decoding never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const d = decodeHash(s, ctx);
        expect(Array.isArray(d.problems)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void decodeHash(`#${s}`, ctx)),
    );
  });

  it('decode(encode(state)) gives back the state', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const back = applied(s);
        expect(back).toEqual({ ...s, visible: TOGGLEABLE_IDS.filter((id) => s.visible.includes(id)) });
      }),
      { numRuns: 1000 },
    );
  });

  it('encoded links stay under the length budget', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const link = `http://127.0.0.1:4173/#${encodeHash(s, ctx)}`;
        expect(link.length).toBeLessThan(MAX_LINK_CHARS);
      }),
    );
  });
});

describe('link codec examples', () => {
  it('even the largest link this codec accepts stays under the budget', () => {
    const extras = Array.from({ length: 10 }, (_, i) => `k${'x'.repeat(30)}${i}=${'v'.repeat(100)}`).join(
      '&',
    );
    const worst = `#map=13/-85.0511/-179.99999/-179.9/60&layers=counties,water,rail&sel=counties/${'z'.repeat(64)}&panel=progress&lang=en&base=osm&${extras}`;
    const d = decodeHash(worst, ctx);
    const state = linkStateOf(d, ctx);
    expect(d.extraParams.length).toBeLessThanOrEqual(4);
    expect(`https://example.org/guanzhong-plain-map/#${encodeHash(state, ctx)}`.length).toBeLessThan(
      MAX_LINK_CHARS,
    );
  });

  it('writes nothing for the default state', () => {
    expect(encodeHash(DEFAULT_STATE, ctx)).toBe('');
  });

  it('follows the named-hash format with zoom-dependent precision', () => {
    const hash = encodeHash(
      {
        view: { zoom: 7.256, lat: 35.123456, lng: 110.98765, bearing: 0, pitch: 0 },
        visible: ['airports', 'bridges'],
        selection: { layer: 'airports', id: 'yuncheng_zhangxiao' },
        panel: 'stats',
        lang: 'en',
        theme: 'light',
        basemap: false,
        statusFilter: ['planned', 'under_construction'],
        extraParams: [['utm', 'x']],
        tourStep: 1,
      },
      ctx,
    );
    expect(hash).toBe(
      'map=7.26/35.123/110.988&layers=bridges,airports&sel=airports/yuncheng_zhangxiao&panel=stats&lang=en&status=under_construction,planned&utm=x',
    );
    expect(coordPrecision(7.26)).toBe(3);
  });

  it('names the language in a link made to be sent, so a Chinese view opens in Chinese for an English browser', () => {
    const shared = encodeHash({ ...DEFAULT_STATE, panel: 'stats' }, ctx, true);
    expect(shared).toBe('panel=stats&lang=zh');
    expect(linkStateOf(decodeHash(`#${shared}`, ctx), ctx, 'en').lang).toBe('zh');
    // The address bar keeps writing only what differs from the defaults.
    expect(encodeHash({ ...DEFAULT_STATE, panel: 'stats' }, ctx)).toBe('panel=stats');
  });

  it('keeps the dark theme in the link, and leaves a link without a theme to the reader’s own setting', () => {
    expect(encodeHash({ ...DEFAULT_STATE, theme: 'dark' }, ctx)).toBe('theme=dark');
    expect(decodeHash('#theme=dark', ctx).theme).toBe('dark');
    expect(linkStateOf(decodeHash('', ctx), ctx, 'zh', 'dark').theme).toBe('dark');
    expect(linkStateOf(decodeHash('#theme=light', ctx), ctx, 'zh', 'dark').theme).toBe('light');
  });

  it('writes bearing and pitch only when the map is rotated or tilted', () => {
    const hash = encodeHash(
      { ...DEFAULT_STATE, view: { zoom: 9, lat: 35, lng: 111, bearing: -45, pitch: 30 } },
      ctx,
    );
    expect(hash).toBe('map=9/35/111/-45/30');
  });

  it.each([
    ['#map=abc/1/2', 'map position is not a valid'],
    ['#map=7/999/110', 'out of range'],
    ['#map=-2/35/110', 'out of range'],
    ['#map=NaN/35/110', 'not a valid'],
    ['#map=Infinity/35/110', 'not a valid'],
    ['#map=1e400/35/110', 'not a valid'],
    ['#layers=airports,nope', 'unknown layers'],
    ['#layers=', 'no value'],
    ['#sel=airports', 'not valid'],
    ['#sel=nolayer/x', 'not valid'],
    ['#sel=airports/<script>', 'not valid'],
    ['#panel=evil', 'unknown panel'],
    ['#lang=fr', 'unknown language'],
    ['#theme=sepia', 'unknown theme'],
    ['#map=7/35/110&map=8/35/110', 'more than once'],
    ['#%E0%A4%A=1', 'percent-encoding'],
    ['#__proto__=1', 'invalid name'],
    ['#constructor=1', 'invalid name'],
    ['#v=9', 'another version'],
    ['#x=%3Cb%3E', 'unknown part'],
  ])('%s is dropped with a notice', (hash, problem) => {
    const d = decodeHash(hash, ctx);
    expect(d.problems.join(' ')).toContain(problem);
  });

  it('drops a selection whose layer the link hides', () => {
    const d = decodeHash('#layers=counties&sel=airports/linfen_yaodu', ctx);
    expect(d.selection).toBeUndefined();
    expect(d.visible).toEqual(['counties']);
    expect(d.problems.join(' ')).toContain('hidden');
  });

  it('keeps the valid parts of a partly bad link', () => {
    const d = decodeHash('#map=7/999/110&layers=airports,bogus&lang=en&sel=airports/linfen_yaodu', ctx);
    expect(d.view).toBeUndefined();
    expect(d.visible).toEqual(['airports']);
    expect(d.lang).toBe('en');
    expect(d.selection).toEqual({ layer: 'airports', id: 'linfen_yaodu' });
  });

  it('normalises bearing 720 and clamps zoom to the map limits', () => {
    const d = decodeHash('#map=20/35/110/720/10', ctx);
    expect(d.view).toEqual({ zoom: 13, lat: 35, lng: 110, bearing: 0, pitch: 10 });
    expect(wrapBearing(-190)).toBe(170);
    expect(wrapBearing(180)).toBe(180);
  });

  it('does not pollute prototypes', () => {
    decodeHash('#__proto__[x]=1&constructor.prototype.y=2&a=1', ctx);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });

  it('reads only the start of a 20,000-character hash, quickly and without throwing', () => {
    const d = decodeHash(`#lang=en&${'x'.repeat(20_000)}`, ctx);
    expect(d.lang).toBe('en');
    expect(d.problems.join(' ')).toContain('too long');
  });

  it('never echoes raw input in its notices', () => {
    const d = decodeHash('#<img src=x onerror=alert(1)>=1&panel=<b>x</b>', ctx);
    expect(d.problems.join(' ')).not.toMatch(/<|onerror/);
  });
});

describe('tour steps in links (panel=tour&step=N, added compatibly)', () => {
  it('writes every step of the tour as its own link, the first included', () => {
    expect(encodeHash({ ...DEFAULT_STATE, panel: 'tour', tourStep: 1 }, ctx)).toBe('panel=tour&step=1');
    expect(encodeHash({ ...DEFAULT_STATE, panel: 'tour', tourStep: 7, lang: 'en' }, ctx)).toBe(
      'panel=tour&step=7&lang=en',
    );
    // Outside the tour the step is not part of the link.
    expect(encodeHash({ ...DEFAULT_STATE, panel: 'stats', tourStep: 7 }, ctx)).toBe('panel=stats');
  });

  it('reads a step link, in any key order', () => {
    const d = decodeHash('#step=4&lang=en&panel=tour', ctx);
    expect(d.problems).toEqual([]);
    expect(linkStateOf(d, ctx)).toMatchObject({ panel: 'tour', tourStep: 4, lang: 'en' });
  });

  it('opens the first step for panel=tour without a step', () => {
    const d = decodeHash('#panel=tour', ctx);
    expect(d.problems).toEqual([]);
    expect(linkStateOf(d, ctx).tourStep).toBe(1);
  });

  it.each([['0'], ['-1'], ['2.5'], ['11'], ['999'], ['x'], ['__proto__']])(
    'drops step=%s with one notice and keeps the tour',
    (value) => {
      const d = decodeHash(`#panel=tour&step=${value}`, ctx);
      expect(d.problems).toEqual(['no such tour step']);
      expect(linkStateOf(d, ctx)).toMatchObject({ panel: 'tour', tourStep: 1 });
    },
  );

  it('drops a step given without the tour, with a notice, and keeps the rest', () => {
    const d = decodeHash('#panel=stats&step=3&lang=en', ctx);
    expect(d.problems).toEqual(['step without the tour']);
    expect(linkStateOf(d, ctx)).toMatchObject({ panel: 'stats', lang: 'en', tourStep: 1 });
  });

  it('a step link from a later version (more steps than this page allows) is shown, not lost', () => {
    // An older page sees `panel=tour` as an unknown panel (one notice) and keeps `step` as an unknown key; this page
    // does the same for whatever a later version adds to the tour, e.g. a key of its own.
    const d = decodeHash('#panel=tour&step=3&tourmode=quiz', ctx);
    expect(d.problems).toEqual([]);
    expect(d.extraParams).toEqual([['tourmode', 'quiz']]);
    expect(encodeHash(linkStateOf(d, ctx), ctx)).toBe('panel=tour&step=3&tourmode=quiz');
  });

  it('behaves as an older page would for a panel it does not know: one notice, unknown keys kept', () => {
    // What a version-1 page without the tour did with a tour link: the same rules now apply to any newer panel.
    const d = decodeHash('#panel=quiz&question=3&lang=en', ctx);
    expect(d.problems).toEqual(['unknown panel']);
    expect(d.extraParams).toEqual([['question', '3']]);
    expect(linkStateOf(d, ctx)).toMatchObject({ panel: 'overview', lang: 'en' });
  });
});
