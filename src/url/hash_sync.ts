/**
 * The only module that reads or writes location.hash. The store is written from the link at start and on
 * history navigation; the link is written from the store. Camera moves replace the current history entry
 * (throttled); every other change pushes one, so Back and Forward walk through selections, panels, layers
 * and languages, each with the camera it was left at.
 */
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState, FeatureRef } from '../state/types.ts';
import {
  type CodecContext,
  decodeHash,
  encodeHash,
  type LinkState,
  linkStateOf,
  linkStateOfApp,
} from './hash_codec.ts';
import { browserHistoryEnv, createHistoryWriter, type HistoryEnv } from './history_writer.ts';

/** What hash sync needs of the browser; tests pass a fake. */
export interface HashSyncEnv extends HistoryEnv {
  hash: () => string;
  /** Calls back on hashchange and popstate; returns the unsubscribe. */
  onNavigate: (fn: () => void) => () => void;
}

export function browserHashSyncEnv(): HashSyncEnv {
  return {
    ...browserHistoryEnv(),
    hash: () => window.location.hash,
    onNavigate(fn) {
      // A fragment that names an element of the page (an in-page link, e.g. a skip link) is not a map link.
      const handler = (): void => {
        const hash = window.location.hash.slice(1);
        if (hash !== '' && !hash.includes('=') && document.getElementById(hash)) return;
        fn();
      };
      window.addEventListener('hashchange', handler);
      window.addEventListener('popstate', handler);
      return () => {
        window.removeEventListener('hashchange', handler);
        window.removeEventListener('popstate', handler);
      };
    },
  };
}

/** Camera moves replace the entry at most this often; history_writer.ts keeps all writes within the browsers' limits. */
const REPLACE_THROTTLE_MS = 300;

const linkState = linkStateOfApp;

function onlyViewDiffers(a: LinkState, b: LinkState, ctx: CodecContext): boolean {
  return encodeHash({ ...a, view: null }, ctx) === encodeHash({ ...b, view: null }, ctx);
}

export interface HashSyncOptions {
  onProblems: (problems: string[]) => void;
  /** Language used when the link does not name one (remembered choice or the browser's). */
  fallbackLang: AppState['lang'];
  /**
   * Whether a selection names a feature that exists: false drops it with a problem; undefined while its data is
   * still loading (the start-up check in main.ts decides then).
   */
  selectionExists?: (ref: FeatureRef) => boolean | undefined;
  /** A history write the browser refused (the app goes on; only the address bar stays behind). */
  onHistoryFailure?: (err: unknown) => void;
  env?: HashSyncEnv;
  /** Theme used when the link does not name one (remembered choice or the system's). */
  fallbackTheme?: AppState['theme'];
  /**
   * Called once a link (at start, or Back/Forward) has been applied and the address bar normalised; changes made
   * here go through `withoutHistory` to correct the entry rather than add one (the tour fills in its step).
   */
  onLinkApplied?: () => void;
}

export interface HashSync {
  /** Runs a store change whose link update replaces the current history entry instead of adding one. */
  withoutHistory: (change: () => void) => void;
  dispose: () => void;
}

/** A link read for the store: its state (defaults filled in) and what had to be repaired. */
function readLinkState(
  hash: string,
  ctx: CodecContext,
  options: HashSyncOptions,
  initial: boolean,
): { link: LinkState; problems: string[] } {
  const decoded = decodeHash(hash, ctx);
  if (decoded.selection && options.selectionExists?.(decoded.selection) === false) {
    delete decoded.selection;
    decoded.problems.push('the selected feature does not exist');
  }
  // At start a link without a language or theme gets the reader's own; on navigation the link's defaults.
  const link = initial
    ? linkStateOf(decoded, ctx, options.fallbackLang, options.fallbackTheme)
    : linkStateOf(decoded, ctx, ctx.defaultLang);
  return { link, problems: decoded.problems };
}

/**
 * Store → address bar. Camera moves replace the entry (throttled); every other change pushes one, after saving
 * the camera the previous entry was left at, so Back returns to it.
 */
function createLinkWriter(env: HashSyncEnv, ctx: CodecContext, onFailure: (err: unknown) => void) {
  const writer = createHistoryWriter(env, onFailure);
  let lastWritten: string | null = null;
  let timer: number | null = null;
  const writeNow = (encoded: string, mode: 'push' | 'replace'): void => {
    lastWritten = encoded;
    writer.write(encoded, mode);
  };
  const stopTimer = (): void => {
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
  };
  return {
    isWritten: (encoded: string): boolean => encoded === lastWritten,
    markWritten(encoded: string): void {
      lastWritten = encoded;
    },
    writeNow,
    /** A change of the store's link state; `current` reads the latest when a throttled write fires. */
    change(previous: LinkState, next: LinkState, replacing: boolean, current: () => LinkState): void {
      const encoded = encodeHash(next, ctx);
      if (encoded === lastWritten) return;
      if (replacing) {
        writeNow(encoded, 'replace');
        return;
      }
      if (onlyViewDiffers(previous, next, ctx)) {
        if (timer === null)
          timer = env.setTimeout(() => {
            timer = null;
            const latest = encodeHash(current(), ctx);
            if (latest !== lastWritten) writeNow(latest, 'replace');
          }, REPLACE_THROTTLE_MS);
        return;
      }
      if (timer !== null) {
        stopTimer();
        const settled = encodeHash(previous, ctx);
        if (settled !== lastWritten) writeNow(settled, 'replace');
      }
      writeNow(encoded, 'push');
    },
    cancel(): void {
      stopTimer();
      writer.cancel();
    },
    /** Drops writes not yet made (a navigation wins over them), keeping the throttle timer. */
    cancelPending: (): void => writer.cancel(),
  };
}

export function startHashSync(
  store: AppStore,
  actions: Actions,
  ctx: CodecContext,
  options: HashSyncOptions,
): HashSync {
  const env = options.env ?? browserHashSyncEnv();
  const links = createLinkWriter(env, ctx, options.onHistoryFailure ?? (() => undefined));
  let lastState = linkState(store.getState());
  /** True while the store is being written from the link, so that write does not echo back into history. */
  let applying = false;
  /** True while a correction runs that should not add a history entry (e.g. dropping an unknown selection). */
  let replacing = false;

  const readLink = (initial: boolean): void => {
    const hash = env.hash().replace(/^#/, '');
    if (!initial && links.isWritten(hash)) return;
    const { link, problems } = readLinkState(hash, ctx, options, initial);
    applying = true;
    actions.applyLink(link);
    applying = false;
    if (problems.length > 0) options.onProblems(problems);
    lastState = linkState(store.getState());
    // A link that did not round-trip (bad parts, unnormalised numbers) is rewritten in place to the state shown.
    const normalized = encodeHash(lastState, ctx);
    if (normalized !== hash) links.writeNow(normalized, 'replace');
    else links.markWritten(normalized);
    options.onLinkApplied?.();
  };

  const unsubscribe = store.subscribe((state) => {
    const next = linkState(state);
    const previous = lastState;
    lastState = next;
    if (!applying) links.change(previous, next, replacing, () => linkState(store.getState()));
  });

  const stopListening = env.onNavigate(() => {
    // A navigation wins over anything not yet written: the address bar is what the reader now asked for.
    links.cancelPending();
    readLink(false);
  });
  readLink(true);

  return {
    withoutHistory(change) {
      replacing = true;
      try {
        change();
      } finally {
        replacing = false;
      }
    },
    dispose() {
      unsubscribe();
      links.cancel();
      stopListening();
    },
  };
}
