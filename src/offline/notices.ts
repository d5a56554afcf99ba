/** What the reader is told about the offline copy, and when the app starts fetching it. */
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import type { OfflineEvent } from './register.ts';

const READY_NOTICE_MS = 10_000;

/** Ready offline (a notice that goes by itself), or a new version waiting for the next load (one that stays). */
export function offlineNotices(actions: Actions): (event: OfflineEvent) => void {
  return (event) => {
    const key = event === 'offline-ready' ? 'offlineReady' : 'updateWaiting';
    actions.notify('info', { key });
    // Being ready offline is good news, not a task: it goes by itself, so it does not sit over the map controls.
    if (key === 'offlineReady') setTimeout(() => actions.withdraw({ key }), READY_NOTICE_MS);
  };
}

/** Resolves once the map has drawn its first view, or is known not to be able to (the check after that is a no-op). */
export function firstViewDone(store: AppStore): Promise<void> {
  return new Promise((resolve) => {
    const check = (s: AppState): void => {
      if (s.mapReady || s.mapProblem) resolve();
    };
    check(store.getState());
    store.subscribe(check);
  });
}
