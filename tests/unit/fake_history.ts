import type { HashSyncEnv } from '../../src/url/hash_sync.ts';

/** A fake browser: a history stack, a clock, timers that run when the clock is advanced, and navigation events. */
export function fakeHistory(start = 'http://127.0.0.1:4173/', embedded = false) {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const entries = [start];
  let index = 0;
  const writes: { mode: 'push' | 'replace'; url: string }[] = [];
  const listeners = new Set<() => void>();
  const navigated = (): void => {
    for (const fn of listeners) fn();
  };
  const check = (url: string): void => {
    // What the browser does: a URL of another origin throws a SecurityError.
    if (new URL(url, entries[index]).origin !== new URL(start).origin) throw new Error('SecurityError');
  };
  const env: HashSyncEnv = {
    href: () => entries[index] ?? start,
    pushState(url) {
      check(url);
      entries.splice(index + 1, Infinity, url);
      index += 1;
      writes.push({ mode: 'push', url });
    },
    replaceState(url) {
      check(url);
      entries[index] = url;
      writes.push({ mode: 'replace', url });
    },
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(id) {
      timers.delete(id);
    },
    embedded,
    hash: () => {
      const url = entries[index] ?? start;
      const i = url.indexOf('#');
      return i === -1 ? '' : url.slice(i);
    },
    onNavigate(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  const advance = (ms: number): void => {
    const until = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return {
    env,
    entries,
    writes,
    advance,
    get index() {
      return index;
    },
    /** The Back button: moves in the stack and fires popstate. */
    back() {
      index -= 1;
      navigated();
    },
    forward() {
      index += 1;
      navigated();
    },
    /** A person edits the address bar's fragment (or another page sets location.hash). */
    typeHash(hash: string) {
      const base = (entries[index] ?? start).split('#')[0] ?? start;
      entries.splice(index + 1, Infinity, `${base}#${hash}`);
      index += 1;
      navigated();
    },
  };
}
