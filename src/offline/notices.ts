/** What the reader is told about the offline copy, and when the app starts fetching it. */
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import type { OfflineEvent } from './register.ts';

const READY_NOTICE_MS = 10_000;

/** Ready offline (a notice that goes by itself), or a new version waiting for the next load (one that stays). */
export function offlineNotices(_store: AppStore, actions: Actions): (event: OfflineEvent) => void {
  return (event) => {
    if (event === 'update-waiting') {
      actions.notify('info', { key: 'updateWaiting' });
      return;
    }
    // Being ready offline is good news, not a task: it goes by itself, so it does not sit over the map controls.
    actions.notify('info', { key: 'offlineReady' });
    setTimeout(() => actions.withdraw({ key: 'offlineReady' }), READY_NOTICE_MS);
  };
}

/** Resolves once the map has drawn its first view, or is known not to be able to. */
export function firstViewDone(store: AppStore): Promise<void> {
  const done = (s: AppState): boolean => s.mapReady || s.mapProblem !== null;
  return new Promise((resolve) => {
    if (done(store.getState())) {
      resolve();
      return;
    }
    const unsubscribe = store.subscribe((s) => {
      if (!done(s)) return;
      unsubscribe();
      resolve();
    });
  });
}
