/** Address-bar writes: built from the full URL, never throwing, rate-limited with a trailing write that catches up. */
import { describe, expect, it } from 'vitest';
import { BURST, createHistoryWriter, REFILL_PER_SECOND, urlWithHash } from '../../src/url/history_writer.ts';
import { fakeHistory } from './fake_history.ts';

describe('urlWithHash', () => {
  it('keeps a path that starts with // on this host (it is not another host)', () => {
    expect(urlWithHash('http://127.0.0.1:4173//', 'lang=en')).toBe('http://127.0.0.1:4173//#lang=en');
    expect(urlWithHash('http://127.0.0.1:4173//#lang=en', 'panel=stats')).toBe(
      'http://127.0.0.1:4173//#panel=stats',
    );
  });
  it('keeps the path and query and leaves no # for an empty hash', () => {
    expect(urlWithHash('https://h/a/b?x=1#old', '')).toBe('https://h/a/b?x=1');
    expect(urlWithHash('https://h/a/b?x=1', 'map=5/34/109')).toBe('https://h/a/b?x=1#map=5/34/109');
  });
});

describe('history writer', () => {
  it('writes at a page address starting with // without throwing', () => {
    const h = fakeHistory('http://127.0.0.1:4173//');
    const failures: unknown[] = [];
    const w = createHistoryWriter(h.env, (e) => failures.push(e));
    w.write('lang=en', 'replace');
    w.write('lang=en&panel=stats', 'push');
    expect(failures).toEqual([]);
    expect(h.entries).toEqual([
      'http://127.0.0.1:4173//#lang=en',
      'http://127.0.0.1:4173//#lang=en&panel=stats',
    ]);
  });

  it('a write the browser refuses is reported, not thrown', () => {
    const h = fakeHistory();
    h.env.pushState = () => {
      throw new Error('SecurityError');
    };
    const failures: unknown[] = [];
    const w = createHistoryWriter(h.env, (e) => failures.push(e));
    expect(() => w.write('panel=stats', 'push')).not.toThrow();
    expect(failures).toHaveLength(1);
  });

  it('a refused write is tried again and lands once the browser takes it', () => {
    const h = fakeHistory();
    const push = h.env.pushState;
    let refusals = 1;
    h.env.pushState = (url) => {
      if (refusals-- > 0) throw new Error('SecurityError');
      push(url);
    };
    const w = createHistoryWriter(h.env, () => undefined);
    w.write('panel=stats', 'push');
    expect(h.entries).toHaveLength(1);
    h.advance(2500);
    expect(h.entries.at(-1)).toBe('http://127.0.0.1:4173/#panel=stats');
  });

  it('never more than 100 writes in any 30 s (Safari throws beyond that)', () => {
    const h = fakeHistory();
    const w = createHistoryWriter(h.env, () => undefined);
    const times: number[] = [];
    const replace = h.env.replaceState;
    let now = 0;
    h.env.replaceState = (url) => {
      times.push(now);
      replace(url);
    };
    for (let i = 0; i < 9000; i += 1) {
      w.write(`map=${i}`, 'replace');
      h.advance(10);
      now += 10;
    }
    const worst = Math.max(...times.map((t0) => times.filter((t) => t >= t0 && t < t0 + 30_000).length));
    expect(worst).toBeLessThanOrEqual(100);
  });

  it('inside a frame every write replaces, so the host page keeps its own Back', () => {
    const h = fakeHistory('http://127.0.0.1:4173/', true);
    const w = createHistoryWriter(h.env, () => undefined);
    w.write('panel=stats', 'push');
    w.write('panel=layers', 'push');
    expect(h.writes.map((x) => x.mode)).toEqual(['replace', 'replace']);
    expect(h.entries).toEqual(['http://127.0.0.1:4173/#panel=layers']);
  });

  it('a person’s clicks each get an entry', () => {
    const h = fakeHistory();
    const w = createHistoryWriter(h.env, () => undefined);
    for (let i = 0; i < 10; i += 1) {
      w.write(`n=${i}`, 'push');
      h.advance(50);
    }
    expect(h.entries).toHaveLength(11);
  });

  it('a flood stays far under the browsers’ throttle, and the last state always lands', () => {
    const h = fakeHistory();
    const w = createHistoryWriter(h.env, () => undefined);
    // 400 toggles, 5 ms apart (2 s), then nothing.
    for (let i = 0; i < 400; i += 1) {
      w.write(`layers=${i}`, 'push');
      h.advance(5);
    }
    const inFlood = h.writes.length;
    expect(inFlood).toBeLessThanOrEqual(BURST + 2 * REFILL_PER_SECOND + 1);
    h.advance(1000);
    expect(h.entries[h.index]).toBe('http://127.0.0.1:4173/#layers=399');
    // Chrome ignores writes after ~200 in 10 s; a minute of flooding must stay under that rate.
    const h2 = fakeHistory();
    const w2 = createHistoryWriter(h2.env, () => undefined);
    for (let i = 0; i < 6000; i += 1) {
      w2.write(`layers=${i}`, i % 3 ? 'replace' : 'push');
      h2.advance(10);
    }
    h2.advance(1000);
    expect(h2.writes.length).toBeLessThan((200 / 10) * 61);
    expect(h2.entries[h2.index]).toBe('http://127.0.0.1:4173/#layers=5999');
  });

  it('a coalesced run that held a push adds an entry; replaces alone do not', () => {
    const h = fakeHistory();
    const w = createHistoryWriter(h.env, () => undefined);
    for (let i = 0; i < BURST; i += 1) w.write(`a=${i}`, 'replace');
    w.write('b=1', 'replace');
    w.write('b=2', 'push');
    w.write('b=3', 'replace');
    h.advance(1000);
    expect(h.writes.at(-1)).toEqual({ mode: 'push', url: 'http://127.0.0.1:4173/#b=3' });
  });

  it('cancel drops a pending write (a navigation made it stale)', () => {
    const h = fakeHistory();
    const w = createHistoryWriter(h.env, () => undefined);
    for (let i = 0; i < BURST; i += 1) w.write(`a=${i}`, 'replace');
    w.write('stale=1', 'push');
    w.cancel();
    h.advance(5000);
    expect(h.writes.some((x) => x.url.endsWith('stale=1'))).toBe(false);
  });
});
