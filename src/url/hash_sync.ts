/**
 * The only module that reads or writes location.hash. The store is written from the link at start and on
 * history navigation; the link is written from the store. Camera moves replace the current history entry
 * (throttled); every other change pushes one, so Back and Forward walk through selections, panels, layers
 * and languages, each with the camera it was left at.
 */
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { type CodecContext, decodeHash, encodeHash, type LinkState, linkStateOf } from './hash_codec.ts';

/** Safari allows about 100 history updates per 30 s; camera moves stay well under that. */
const REPLACE_THROTTLE_MS = 300;

function linkState(s: AppState): LinkState {
  return {
    view: s.view,
    visible: s.visible,
    selection: s.selection,
    panel: s.panel,
    lang: s.lang,
    basemap: s.basemap,
    extraParams: s.extraParams,
  };
}

function onlyViewDiffers(a: LinkState, b: LinkState, ctx: CodecContext): boolean {
  return encodeHash({ ...a, view: null }, ctx) === encodeHash({ ...b, view: null }, ctx);
}

export interface HashSyncOptions {
  onProblems: (problems: string[]) => void;
  /** Language used when the link does not name one (remembered choice or the browser's). */
  fallbackLang: AppState['lang'];
}

export interface HashSync {
  /** Runs a store change whose link update replaces the current history entry instead of adding one. */
  withoutHistory: (change: () => void) => void;
  dispose: () => void;
}

export function startHashSync(
  store: AppStore,
  actions: Actions,
  ctx: CodecContext,
  options: HashSyncOptions,
): HashSync {
  let lastWritten: string | null = null;
  let lastState = linkState(store.getState());
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** True while the store is being written from the link, so that write does not echo back into history. */
  let applying = false;
  /** True while a correction runs that should not add a history entry (e.g. dropping an unknown selection). */
  let replacing = false;

  const readLink = (initial: boolean): void => {
    const hash = window.location.hash;
    if (!initial && hash.replace(/^#/, '') === lastWritten) return;
    const decoded = decodeHash(hash, ctx);
    applying = true;
    actions.applyLink(linkStateOf(decoded, ctx, initial ? options.fallbackLang : ctx.defaultLang));
    applying = false;
    if (decoded.problems.length > 0) options.onProblems(decoded.problems);
    lastState = linkState(store.getState());
    // A link that did not round-trip (bad parts, unnormalised numbers) is rewritten in place to the state shown.
    const normalized = encodeHash(lastState, ctx);
    if (normalized !== hash.replace(/^#/, '')) writeNow(normalized, 'replace');
    else lastWritten = normalized;
  };

  const writeNow = (encoded: string, mode: 'push' | 'replace'): void => {
    lastWritten = encoded;
    const url = `${window.location.pathname}${window.location.search}${encoded ? `#${encoded}` : ''}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  const flushReplace = (): void => {
    timer = null;
    const encoded = encodeHash(linkState(store.getState()), ctx);
    if (encoded !== lastWritten) writeNow(encoded, 'replace');
  };

  const unsubscribe = store.subscribe((state) => {
    const next = linkState(state);
    if (applying) {
      lastState = next;
      return;
    }
    const encoded = encodeHash(next, ctx);
    const previous = lastState;
    lastState = next;
    if (encoded === lastWritten) return;
    if (replacing) {
      writeNow(encoded, 'replace');
      return;
    }
    if (onlyViewDiffers(previous, next, ctx)) {
      if (timer === null) timer = setTimeout(flushReplace, REPLACE_THROTTLE_MS);
      return;
    }
    // The camera the previous entry was left at is saved first, so Back returns to it.
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      const settled = encodeHash(previous, ctx);
      if (settled !== lastWritten) writeNow(settled, 'replace');
    }
    writeNow(encoded, 'push');
  });

  const onNavigate = (): void => readLink(false);
  window.addEventListener('hashchange', onNavigate);
  window.addEventListener('popstate', onNavigate);
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
      if (timer !== null) clearTimeout(timer);
      window.removeEventListener('hashchange', onNavigate);
      window.removeEventListener('popstate', onNavigate);
    },
  };
}
