/**
 * README screenshots and the transport layers' pixel share, from the e2e build (`npm run build:e2e` first; the production build plus the map hook):
 * `tsx tests/screens/shoot.ts [--measure-only]`. Starts `vite preview` on E2E_PORT (default 4176), opens the
 * opening view at 1440×900 and 390×844 (touch), light and dark, zh and en, and writes tests/screens/*.png.
 * The pixel share is the fraction of the map canvas's pixels that change when every transport style layer is
 * hidden (the opening view, desktop, light, en).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'tests', 'screens');
const PORT = Number(process.env.E2E_PORT ?? 4176);
const BASE = `http://127.0.0.1:${PORT}/`;
// Written out, not read from the registry: this script runs under tsx, where the registry's `?url` imports of the
// data files do not resolve. tests/unit/style.test.ts keeps the registry's ids stable.
const TRANSPORT = ['water', 'tourist_roads', 'highways', 'rail', 'bridges', 'ports', 'airports'];

async function startServer(): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', 'dist-e2e', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('preview server did not start');
}

async function open(
  browser: Browser,
  size: { width: number; height: number },
  scheme: 'light' | 'dark',
  lang: 'zh' | 'en',
): Promise<Page> {
  const phone = size.width < 700;
  const context = await browser.newContext({
    viewport: size,
    colorScheme: scheme,
    hasTouch: phone,
    isMobile: phone,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.goto(`${BASE}#lang=${lang}`);
  await page.locator('#map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('#map[data-data-ready="true"]').waitFor({ timeout: 60_000 });
  await idle(page);
  return page;
}

async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__gzMap;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** RGBA pixels of the map canvas, read back after a fresh frame. */
async function canvasPixels(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const map = window.__gzMap;
        map.once('render', () => {
          const c = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = c.width;
          copy.height = c.height;
          const ctx = copy.getContext('2d');
          if (!ctx) return resolve([]);
          ctx.drawImage(c, 0, 0);
          resolve([...ctx.getImageData(0, 0, c.width, c.height).data]);
        });
        map.triggerRepaint();
      }),
  );
}

async function setTransport(page: Page, visible: boolean): Promise<void> {
  await page.evaluate(
    ({ ids, visible }) => {
      const map = window.__gzMap;
      for (const l of map.getStyle().layers) {
        if (ids.includes(l.id.split(':')[0] ?? ''))
          map.setLayoutProperty(l.id, 'visibility', visible ? 'visible' : 'none');
      }
    },
    { ids: TRANSPORT, visible },
  );
  await idle(page);
}

async function measure(browser: Browser): Promise<void> {
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    const page = await open(browser, { width: w, height: h }, 'light', 'en');
    const withT = await canvasPixels(page);
    await setTransport(page, false);
    const without = await canvasPixels(page);
    let changed = 0;
    for (let i = 0; i < withT.length; i += 4) {
      if (
        Math.abs((withT[i] ?? 0) - (without[i] ?? 0)) +
          Math.abs((withT[i + 1] ?? 0) - (without[i + 1] ?? 0)) +
          Math.abs((withT[i + 2] ?? 0) - (without[i + 2] ?? 0)) >
        12
      )
        changed++;
    }
    console.log(
      `${w}x${h}: transport layers change ${((100 * changed) / (withT.length / 4)).toFixed(1)} % of the map's pixels`,
    );
    await page.context().close();
  }
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  await measure(browser);
  if (!process.argv.includes('--measure-only')) {
    for (const [w, h] of [
      [1440, 900],
      [390, 844],
    ] as const)
      for (const scheme of ['light', 'dark'] as const)
        for (const lang of ['zh', 'en'] as const) {
          const page = await open(browser, { width: w, height: h }, scheme, lang);
          await page.screenshot({ path: join(OUT, `map-${w}x${h}-${scheme}-${lang}.png`) });
          await page.context().close();
        }
  }
} finally {
  await browser.close();
  server.kill();
}
