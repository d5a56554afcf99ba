import { expect, test } from '@playwright/test';
import {
  countSkyShaders,
  openApp,
  paintedDarkPixels,
  renderedCount,
  skyShaders,
  waitForMap,
  waitIdle,
  watch,
} from './driver.ts';
import { E2E_HOST } from './origin.ts';

test.describe('bad input and a hostile environment', () => {
  test('a missing geodata file gives a clear message while the rest works', async ({ page }) => {
    const w = watch(page);
    await page.route('**/assets/counties-*.geojson', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await openApp(page, '#lang=en');
    await expect(page.locator('[data-notice="error"]')).toContainText('counties.geojson');
    await expect(page.locator('[data-notice="error"]')).toContainText('HTTP 404');
    await expect(page.getByTestId('overview-headlines')).toContainText('1.823 million passengers');
    expect(await renderedCount(page, 'airports')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'cluster')).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
  });

  test('a corrupt geodata file is rejected with a message, never half drawn', async ({ page }) => {
    const w = watch(page);
    await page.route('**/assets/airports-*.geojson', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"<b>x</b>"},"geometry":null}]}',
      }),
    );
    await page.route('**/assets/bridges-*.geojson', (route) =>
      route.fulfill({ status: 200, body: '{not json' }),
    );
    await openApp(page, '#lang=en');
    const errors = page.locator('[data-notice="error"]');
    await expect(errors).toHaveCount(2);
    await expect(errors.filter({ hasText: 'airports.geojson' })).toContainText('unexpected content');
    await expect(errors.filter({ hasText: 'bridges.geojson' })).toContainText('not valid JSON');
    expect(await renderedCount(page, 'airports')).toBe(0);
    expect(await renderedCount(page, 'counties')).toBeGreaterThan(0);
    expect(await page.locator('b').count()).toBe(0);
    expect(w.errors).toEqual([]);
  });

  test('when the map tiles fail, one message says so and the panels and list still work', async ({
    page,
  }) => {
    const w = watch(page);
    await page.route('**/tiles/**', (route) => route.fulfill({ status: 500, body: 'server error' }));
    await page.goto('/#lang=en');
    await expect(page.locator('[data-notice="error"]')).toHaveCount(1);
    await expect(page.locator('[data-notice="error"]')).toContainText('map tiles could not load');
    await expect(page.locator('#map')).toHaveAttribute('data-data-ready', 'true');
    await expect(page.getByTestId('overview-headlines')).toContainText('1.823 million passengers');
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page
      .getByRole('button', { name: /Yuncheng Zhangxiao/ })
      .first()
      .click();
    await expect(page.getByTestId('details').locator('h2')).toContainText('Yuncheng Zhangxiao Airport');
    expect(w.errors).toEqual([]);
  });

  test('without WebGL there is a clear message, and the panels and feature list still work', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    const w = watch(page);
    await page.goto('/#lang=en');
    await expect(page.getByTestId('map-message')).toContainText('cannot use WebGL');
    await expect(page.locator('#map')).toHaveAttribute('data-data-ready', 'true');
    await expect(page.getByTestId('overview-headlines')).toContainText('1.823 million passengers');
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' }).click();
    await expect(page.getByTestId('details').locator('[data-figure="routes"]')).toContainText('15 routes');
    expect(w.errors).toEqual([]);
  });

  test('a lost WebGL context is announced and the map recovers', async ({ page }) => {
    const w = watch(page);
    await countSkyShaders(page);
    await openApp(page, '#lang=en');
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose?: WEBGL_lose_context | null }).__lose = ext ?? null;
      ext?.loseContext();
    });
    await expect(page.locator('[data-notice="warning"]')).toContainText('graphics context was lost');
    await page.evaluate(() =>
      (window as unknown as { __lose?: WEBGL_lose_context }).__lose?.restoreContext(),
    );
    await expect(page.locator('[data-notice="warning"]')).toHaveCount(0);
    await waitIdle(page);
    expect(await renderedCount(page, 'cluster')).toBeGreaterThan(0);
    expect(await paintedDarkPixels(page)).toBeGreaterThan(4000);
    // The rebuilt renderer still skips the sky pass while the map is flat (src/map/sky_pass.ts).
    expect(await skyShaders(page)).toBe(0);
    expect(w.errors).toEqual([]);
  });

  test('offline: the default map attempts no request beyond its own origin', async ({ page }) => {
    const attempted: string[] = [];
    await page.route(
      (url) => url.host !== E2E_HOST,
      (route) => {
        attempted.push(route.request().url());
        return route.abort();
      },
    );
    await openApp(page, '#lang=en');
    for (const tab of ['Route statistics', 'Project progress', 'Layers', 'Overview']) {
      await page.getByRole('tab', { name: tab }).click();
    }
    await page
      .getByRole('button', { name: /Yuncheng Zhangxiao Airport/ })
      .first()
      .click();
    await waitIdle(page);
    expect(attempted).toEqual([]);
  });

  test('the online basemap is off by default; when it cannot load, the map says so and keeps working', async ({
    page,
  }) => {
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    await openApp(page, '#panel=layers&lang=en');
    await page.getByLabel('Online basemap (OpenStreetMap)').check();
    await expect(page.locator('[data-notice="warning"]')).toContainText('basemap could not load');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
    expect(await renderedCount(page, 'counties')).toBeGreaterThan(0);
    expect(page.url()).toContain('base=osm');
  });

  test('the app runs under a strict Content-Security-Policy (no inline script, eval or style attributes)', async ({
    page,
  }) => {
    const violations: string[] = [];
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    const response = await page.goto('/#panel=progress&lang=en');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    await waitForMap(page);
    await page.locator('[data-project="linyi_yellow_river_bridge"]').getByRole('button').click();
    await waitIdle(page);
    expect(violations).toEqual([]);
  });
});
