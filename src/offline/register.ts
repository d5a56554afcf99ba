/**
 * Registers the Workbox service worker (built by vite-plugin-pwa, see vite.config.ts) that keeps the app, the
 * panels' files and the tile pyramid for offline use, and decides when a new version takes over.
 *
 * A new version never replaces the one in use: when it is found while the page is open it is only announced, and it
 * waits. On the next load, if it is still waiting and the reader has not touched the page yet, it is applied and
 * the page reloads once (the link, and with it the view, is kept). A controller change caused by another tab
 * never reloads this one.
 */
import { registerSW } from 'virtual:pwa-register';

export type OfflineEvent = 'offline-ready' | 'update-waiting';

const USE_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function registerOffline(announce: (event: OfflineEvent) => void): void {
  if (!('serviceWorker' in navigator)) return;
  let inUse = false;
  const markInUse = (): void => {
    inUse = true;
  };
  for (const type of USE_EVENTS)
    window.addEventListener(type, markInUse, { capture: true, once: true, passive: true });

  let settleStart: (waiting: boolean) => void = () => undefined;
  /** Whether a new version was already waiting when this page registered, i.e. was found on an earlier visit. */
  const waitingAtStart = new Promise<boolean>((resolve) => {
    settleStart = resolve;
  });
  let applying = false;
  const applyUpdate = registerSW({
    onRegisteredSW: (_url, registration) => settleStart(Boolean(registration?.waiting)),
    onRegisterError: (error: unknown) => {
      settleStart(false);
      // No service worker (blocked, private mode, an old browser): the app works online as before.
      console.info('offline copy unavailable:', error instanceof Error ? error.message : error);
    },
    onOfflineReady: () => announce('offline-ready'),
    onNeedRefresh: () => {
      void waitingAtStart.then((waiting) => {
        if (waiting && !inUse && !applying) {
          applying = true;
          void applyUpdate();
        } else announce('update-waiting');
      });
    },
    onNeedReload: () => {
      if (applying) window.location.reload();
    },
  });
}
