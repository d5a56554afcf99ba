/**
 * Installable and offline after one visit (vite-plugin-pwa + Workbox). The app is served by a static server of this
 * spec's own (static_server.ts, with the CSP of vite.config.ts) on a port the system picks, so the network can really
 * be cut by stopping it; a second, genuinely rebuilt version is then served on the same origin as the update.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { build, resolveConfig } from 'vite';
import { ROOT_DIR, SCREENSHOT_DIR, waitForMap } from './driver.ts';
import { type StaticServer, serveStatic } from './static_server.ts';

const CONFIG = join(ROOT_DIR, 'vite.config.ts');
const DIST = join(ROOT_DIR, 'dist-e2e');
const NEXT_MARK = 'gz-e2e-next-build';

function countFiles(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const path = join(dir, f);
    return n + (statSync(path).isDirectory() ? countFiles(path) : 1);
  }, 0);
}

/** Serves a build with the headers `vite preview` sends (the strict CSP of vite.config.ts). */
async function serve(outDir: string, port: number): Promise<StaticServer> {
  const config = await resolveConfig({ configFile: CONFIG, root: ROOT_DIR, logLevel: 'silent' }, 'serve');
  const headers = Object.fromEntries(
    Object.entries(config.preview.headers ?? {}).map(([k, v]) => [k, String(v)]),
  );
  return serveStatic(outDir, headers, port);
}

/** Number of precached tiles and whether the OSM host appears anywhere in the caches. */
async function cacheContents(page: Page): Promise<{ tiles: number; offOrigin: number; total: number }> {
  return page.evaluate(async () => {
    let tiles = 0;
    let offOrigin = 0;
    let total = 0;
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        total++;
        const url = new URL(request.url);
        if (url.origin !== location.origin) offOrigin++;
        else if (/^\/tiles\/[0-9a-f]+\/\d+\/\d+\/\d+\.pbf$/.test(url.pathname)) tiles++;
      }
    }
    return { tiles, offOrigin, total };
  });
}

async function renderedCounties(page: Page): Promise<number> {
  return page.evaluate(() => window.__gzMap.queryRenderedFeatures({ layers: ['counties:fill'] }).length);
}

test.describe('installable app, offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });
  test.describe.configure({ timeout: 180_000 });

  let server: StaticServer | null = null;
  let nextDir = '';
  test.afterAll(async () => {
    await server?.close();
    if (nextDir) rmSync(nextDir, { recursive: true, force: true });
  });

  test('visit, cut the network, reload: map, panels, a linked selection and the language switch work; a new build is offered, not forced', async ({
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    server = await serve(DIST, 0);
    const port = server.port;
    const origin = `http://127.0.0.1:${port}`;

    // The first visit: the manifest is linked, the worker installs and keeps the whole app.
    await page.goto(`${origin}/#lang=en`);
    await waitForMap(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link
        ? ((await (await fetch(link.href)).json()) as { name: string; icons: { sizes: string }[] })
        : null;
    });
    expect(manifest?.name).toContain('关中平原城市群');
    expect(manifest?.name).toContain('Guanzhong');
    expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await expect(page.getByTestId('notices')).toContainText('Saved on this device: works offline', {
      timeout: 60_000,
    });
    await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready));
    const cached = await cacheContents(page);
    expect(cached.tiles).toBe(countFiles(join(DIST, 'tiles')));
    expect(cached.offOrigin).toBe(0);

    // The network goes: the server stops and the browser is offline.
    await server.close();
    server = null;
    await context.setOffline(true);
    await page.goto('about:blank');
    await page.goto(`${origin}/#sel=airports/yuncheng_zhangxiao&lang=en`);
    await waitForMap(page);
    await expect(page.getByTestId('details')).toContainText('Yuncheng Zhangxiao Airport');
    expect(await renderedCounties(page)).toBeGreaterThan(10);
    await page.getByRole('tab', { name: 'Project progress' }).click();
    await expect(page.getByTestId('panel-body')).not.toBeEmpty();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('#app-title')).toHaveText(/^关中平原城市群交通地图/);
    await expect(page.getByTestId('details')).toContainText('运城张孝机场');
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', '放大');
    // A view never visited before: its tiles come from the precached pyramid.
    await page.evaluate(() =>
      window.__gzMap.jumpTo({
        center: [107.1, 34.4],
        zoom: 8.5,
      }),
    );
    await expect.poll(() => renderedCounties(page), { timeout: 15_000 }).toBeGreaterThan(2);
    await expect(page.locator('[data-notice="error"]')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/offline-reload-zh.png` });

    // A new build on the same origin: found while the page is in use, it is announced and waits.
    nextDir = mkdtempSync(join(tmpdir(), 'gz-next-'));
    await build({
      configFile: CONFIG,
      root: ROOT_DIR,
      mode: 'e2e',
      logLevel: 'silent',
      build: { outDir: nextDir, emptyOutDir: true },
      plugins: [
        {
          name: 'e2e-next-build',
          transformIndexHtml: (html: string) =>
            html.replace('</head>', `<meta name="${NEXT_MARK}" content="1" /></head>`),
        },
      ],
    });
    server = await serve(nextDir, port);
    await context.setOffline(false);
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(page.getByTestId('notices')).toContainText('下次打开时启用', { timeout: 60_000 });
    await page.waitForTimeout(1000);
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await expect(page.locator(`meta[name="${NEXT_MARK}"]`)).toHaveCount(0);

    // The next load applies it (once, before the reader touches the page) and keeps the link.
    await page.reload();
    await expect(page.locator(`meta[name="${NEXT_MARK}"]`)).toHaveCount(1, { timeout: 30_000 });
    await waitForMap(page);
    await expect(page.getByTestId('details')).toContainText('运城张孝机场');
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
