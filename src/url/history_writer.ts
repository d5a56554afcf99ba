/**
 * Writes the link into the address bar without ever breaking the app:
 * - the URL is built from `location.href`, so a page path such as `//` (from joining a site address ending in "/" and "/#…")
 *   is never read as another host;
 * - a write the browser refuses (a sandbox, a security rule) is caught: the app keeps working, only the address
 *   bar stays behind;
 * - writes are rate-limited (a token bucket) below the browsers' throttles (Chrome ignores history writes for ~10 s
 *   after about 200 in 10 s; Safari throws after 100 in 30 s: the bucket allows at most 95 in any 30 s); when the
 *   bucket is empty the latest state is written as soon as a token is free, so the link always catches up, and
 *   rapid pushes in that window become one entry; a refused write is tried again a few times;
 * - inside a frame every write replaces, so an embedding page's Back button leaves the map instead of walking it.
 */

export interface HistoryEnv {
  href: () => string;
  pushState: (url: string) => void;
  replaceState: (url: string) => void;
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** True when the page is inside a frame. */
  embedded: boolean;
}

export const browserHistoryEnv = (): HistoryEnv => ({
  href: () => window.location.href,
  pushState: (url) => window.history.pushState(null, '', url),
  replaceState: (url) => window.history.replaceState(null, '', url),
  now: () => performance.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  embedded: isEmbedded(),
});

function isEmbedded(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent refuses even the comparison
  }
}

/** Bucket size and refill: bursts of a person's clicks pass at once; floods are coalesced. */
export const BURST = 20;
export const REFILL_PER_SECOND = 2.5;
/** A write the browser refused is tried again this many times, this far apart. */
const RETRIES = 3;
const RETRY_MS = 2000;

/** The page's URL with its fragment replaced; empty `hash` leaves no '#'. */
export function urlWithHash(href: string, hash: string): string {
  const url = new URL(href);
  url.hash = hash;
  const text = url.href;
  return hash === '' && text.endsWith('#') ? text.slice(0, -1) : text;
}

export interface HistoryWriter {
  write: (hash: string, mode: 'push' | 'replace') => void;
  /** Writes anything pending now. */
  flush: () => void;
  /** Drops anything pending (a navigation made it stale). */
  cancel: () => void;
}

export function createHistoryWriter(env: HistoryEnv, onFailure: (err: unknown) => void): HistoryWriter {
  let tokens = BURST;
  let refilledAt = env.now();
  let pending: { hash: string; mode: 'push' | 'replace' } | null = null;
  let timer: number | null = null;
  let failures = 0;

  const refill = (): void => {
    const now = env.now();
    tokens = Math.min(BURST, tokens + ((now - refilledAt) / 1000) * REFILL_PER_SECOND);
    refilledAt = now;
  };

  const commit = (hash: string, mode: 'push' | 'replace'): void => {
    tokens -= 1;
    try {
      const url = urlWithHash(env.href(), hash);
      if (mode === 'push' && !env.embedded) env.pushState(url);
      else env.replaceState(url);
      failures = 0;
    } catch (err) {
      onFailure(err);
      failures += 1;
      // Throttled writes succeed later; a newer write, if one comes, replaces this retry.
      if (failures <= RETRIES && pending === null && timer === null) {
        pending = { hash, mode };
        timer = env.setTimeout(flush, RETRY_MS);
      }
    }
  };

  function flush(): void {
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { hash, mode } = pending;
    pending = null;
    refill();
    commit(hash, mode);
  }

  return {
    write(hash, mode) {
      refill();
      if (pending === null && tokens >= 1) {
        commit(hash, mode);
        return;
      }
      // Coalesce: the newest state wins; it is a new entry if any write it stands for was one.
      pending = { hash, mode: pending?.mode === 'push' || mode === 'push' ? 'push' : 'replace' };
      if (timer === null) {
        const wait = Math.max(0, ((1 - tokens) / REFILL_PER_SECOND) * 1000);
        timer = env.setTimeout(flush, wait);
      }
    },
    flush,
    cancel() {
      if (timer !== null) env.clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
