/**
 * End-to-end tests in a real Chromium against the e2e build (vite preview of dist-e2e: the production build plus
 * the one test hook, see tests/e2e/test_hook.d.ts; `npm run test:e2e` builds it first).
 * Debian's Chromium is used because Playwright's own browser download is not reachable here; CHROMIUM_PATH
 * points elsewhere when needed.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { E2E_PORT } from './origin.ts';

const PORT = E2E_PORT;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    // Each spec starts as a first visit, so routes that break a file reach the page instead of the service worker's
    // copy; offline.spec.ts allows the worker and tests it on a server of its own.
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --outDir dist-e2e --port ${PORT} --strictPort`,
    // Playwright runs the command from this folder; the build and vite.config.ts are at the project root.
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
