/** Store ⇄ link: which changes add history entries, how Back and Forward restore state, and what a link may do. */
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/geo/schema.ts';
import { DEFAULT_VISIBLE_IDS, TOGGLEABLE_IDS } from '../../src/layers/registry.ts';
import { createActions } from '../../src/state/actions.ts';
import { createAppStore } from '../../src/state/store.ts';
import type { FeatureRef } from '../../src/state/types.ts';
import { startHashSync } from '../../src/url/hash_sync.ts';
import { APP_CODEC } from './codec_context.ts';
import { fakeHistory } from './fake_history.ts';

const ctx = APP_CODEC;
const ORIGIN = 'http://127.0.0.1:4173/';
const view = (lng: number) => ({ zoom: 7, lat: 35, lng, bearing: 0, pitch: 0 });

function setup(start = ORIGIN, exists: (ref: FeatureRef) => boolean | undefined = () => undefined) {
  const h = fakeHistory(start);
  const store = createAppStore([...DEFAULT_VISIBLE_IDS]);
  const actions = createActions(store, TOGGLEABLE_IDS, STATUSES);
  const problems: string[][] = [];
  const sync = startHashSync(store, actions, ctx, {
    fallbackLang: 'zh',
    onProblems: (p) => problems.push(p),
    selectionExists: exists,
    env: h.env,
  });
  const hash = () => h.env.hash().replace(/^#/, '');
  return { h, store, actions, problems, sync, hash };
}

describe('hash sync', () => {
  it('a selection, a panel, a layer and a language each push an entry; Back walks them in order', () => {
    const { h, store, actions, hash } = setup();
    actions.select({ layer: 'airports', id: 'yuncheng_zhangxiao' });
    actions.setPanel('stats');
    actions.toggleLayer('rail', false);
    actions.setLang('en');
    expect(h.entries).toHaveLength(5);
    expect(hash()).toContain('lang=en');
    h.back();
    expect(store.getState().lang).toBe('zh');
    expect(store.getState().visible).not.toContain('rail');
    h.back();
    expect(store.getState().visible).toContain('rail');
    h.back();
    expect(store.getState().panel).toBe('overview');
    h.back();
    expect(store.getState().selection).toBeNull();
    h.forward();
    expect(store.getState().selection).toEqual({ layer: 'airports', id: 'yuncheng_zhangxiao' });
  });

  it('camera moves replace the entry, at most every 300 ms, and the latest camera lands', () => {
    const { h, actions, hash } = setup();
    for (let i = 0; i < 20; i += 1) {
      actions.setView(view(108 + i / 100), 'map');
      h.advance(20);
    }
    h.advance(400);
    expect(h.entries).toHaveLength(1);
    expect(h.writes.filter((w) => w.mode === 'replace').length).toBeLessThanOrEqual(3);
    expect(hash()).toBe('map=7/35/108.19');
  });

  it('the camera an entry was left at is saved before the next entry, so Back returns to it', () => {
    const { h, store, actions } = setup();
    actions.setView(view(108), 'map');
    actions.select({ layer: 'airports', id: 'yuncheng_zhangxiao' });
    h.back();
    expect(store.getState().view?.lng).toBe(108);
    expect(store.getState().viewSource).toBe('url');
  });

  it('a live hash change naming a feature that does not exist is dropped with a notice and the link rewritten', () => {
    const { h, store, problems, hash } = setup(ORIGIN, (ref) => ref.id === 'yuncheng_zhangxiao');
    h.typeHash('sel=airports/no_such_airport&lang=en');
    expect(store.getState().selection).toBeNull();
    expect(problems.at(-1)).toContain('the selected feature does not exist');
    expect(hash()).toBe('lang=en');
  });

  it('while a layer’s file is still loading, a link’s selection is kept for main to decide', () => {
    const { store, hash } = setup(`${ORIGIN}#sel=airports/yuncheng_zhangxiao`, () => undefined);
    expect(store.getState().selection).toEqual({ layer: 'airports', id: 'yuncheng_zhangxiao' });
    expect(hash()).toBe('sel=airports/yuncheng_zhangxiao');
  });

  it('a hostile link is normalised in place without a new entry', () => {
    const { h, store, hash, problems } = setup(`${ORIGIN}#map=zz&sel=airports/__proto__&lang=en&lang=zh`);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().lang).toBe('en');
    expect(hash()).toBe('lang=en');
    expect(h.entries).toHaveLength(1);
    expect(problems[0]?.length).toBeGreaterThanOrEqual(3);
  });

  it('at a page address starting with // the app writes links on its own host', () => {
    const { h, actions } = setup('http://127.0.0.1:4173//');
    actions.setLang('en');
    actions.setPanel('stats');
    expect(h.entries.at(-1)).toBe('http://127.0.0.1:4173//#panel=stats&lang=en');
  });
});

describe('action rules', () => {
  it('a link may not select a feature of a hidden layer', () => {
    const { store } = setup(`${ORIGIN}#layers=counties&sel=airports/yuncheng_zhangxiao`);
    expect(store.getState().selection).toBeNull();
  });

  it('hiding a layer drops its selection; hiding another keeps it', () => {
    const { store, actions } = setup();
    actions.select({ layer: 'airports', id: 'yuncheng_zhangxiao' });
    actions.toggleLayer('rail', false);
    expect(store.getState().selection).not.toBeNull();
    actions.toggleLayer('airports', false);
    expect(store.getState().selection).toBeNull();
  });

  it('Home asks for the opening frame; notices are data and one of each kind shows', () => {
    const { store, actions } = setup();
    actions.setView(view(108), 'map');
    actions.goHome();
    expect(store.getState().view).toBeNull();
    expect(store.getState().viewSource).toBe('home');
    actions.notify('warning', { key: 'contextLost' });
    actions.notify('warning', { key: 'contextLost' });
    expect(store.getState().notices).toHaveLength(1);
    actions.withdraw({ key: 'contextLost' });
    expect(store.getState().notices).toHaveLength(0);
  });

  it('the feature-list filter and the opened county groups are state, kept out of the link', () => {
    const { h, store, actions, hash } = setup();
    const entries = h.entries.length;
    actions.setListFilter('运城');
    actions.setGroupOpen('1408', true);
    actions.setGroupOpen('1408', true);
    actions.setGroupOpen('6105', true);
    actions.setGroupOpen('1408', false);
    expect(store.getState().listFilter).toBe('运城');
    expect(store.getState().openGroups).toEqual(['6105']);
    expect(h.entries).toHaveLength(entries);
    expect(decodeURIComponent(hash())).not.toMatch(/运城|1408|6105/);
  });
});
