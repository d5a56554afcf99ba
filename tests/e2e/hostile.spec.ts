/**
 * Regression tests for what a probe of hostile links, odd page addresses, broken servers and embedding found
 * (issue #18). Each fails on the build before the fix.
 */
import { chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { currentHash, openApp, renderedCount, settledHash, waitForMap, watch } from './driver.ts';
import { E2E_HOST } from './origin.ts';

const ORIGIN = `http://${E2E_HOST}`;

async function mapCamera(page: Page): Promise<{ zoom: number; lat: number; lng: number }> {
  return page.evaluate(() => {
    const m = window.__gzMap;
    return { zoom: m.getZoom(), lat: m.getCenter().lat, lng: m.getCenter().lng };
  });
}

function hashView(hash: string): { zoom: number; lat: number; lng: number } {
  const [zoom = NaN, lat = NaN, lng = NaN] = (hash.match(/map=([^&]+)/)?.[1] ?? '').split('/').map(Number);
  return { zoom, lat, lng };
}

test.describe('hostile links', () => {
  test('sel=airports/__proto__ neither pollutes the page nor freezes the map (fresh load and live change)', async ({
    page,
  }) => {
    const w = watch(page);
    await page.goto('/#sel=airports/__proto__&lang=en');
    await waitForMap(page);
    await expect(page.locator('[data-notice="warning"]')).toContainText('selected feature is not valid');
    expect(await currentHash(page)).toBe('#lang=en');
    await page.evaluate(() => {
      window.location.hash = '#sel=bridges/__proto__&lang=en';
    });
    await page.evaluate(() => {
      window.location.hash = '#sel=counties/constructor&lang=en';
    });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => 'selected' in {})).toBe(false);
    // The map still answers: choosing a real airport selects and draws it.
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' }).click();
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Linfen Yaodu Airport (LFQ)');
    expect(await renderedCount(page, 'airports')).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
  });

  test('a 4 kB link of repeated keys gives one short notice that can be dismissed', async ({ page }) => {
    const w = watch(page);
    await page.goto(`/#lang=en&${'a&'.repeat(2040)}`);
    await waitForMap(page);
    const notice = page.locator('[data-notice="warning"]');
    await expect(notice).toHaveCount(1);
    const text = (await notice.textContent()) ?? '';
    expect(text.length).toBeLessThan(400);
    expect(text).toMatch(/×\d{3,4}/);
    const box = await page.getByTestId('notices').boundingBox();
    expect(box?.height ?? 1e9).toBeLessThan(800 / 3 + 1);
    // Share and the language button stay usable, and Dismiss works.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await page.getByTestId('share-button').click();
    // The first `a` is a well-formed unknown key, kept for a newer version of the map (the link contract).
    await expect(page.getByTestId('share-link')).toHaveValue(`${ORIGIN}/#lang=en&a=`);
    expect(w.errors).toEqual([]);
  });

  test('the link says what the map shows: clamped views are rewritten', async ({ page }) => {
    for (const link of ['#map=5/80/-170&lang=en', '#map=3/35/110&lang=en']) {
      await page.goto(`/${link}`);
      await waitForMap(page);
      const shown = await mapCamera(page);
      const linked = hashView(await settledHash(page));
      expect(Math.abs(linked.zoom - shown.zoom)).toBeLessThan(0.01);
      expect(Math.abs(linked.lat - shown.lat)).toBeLessThan(0.01);
      expect(Math.abs(linked.lng - shown.lng)).toBeLessThan(0.01);
      expect(linked.lat).toBeLessThan(60);
    }
  });

  test('an unknown selection arriving by hash change is dropped with a notice', async ({ page }) => {
    await openApp(page, '#lang=en');
    await page.evaluate(() => {
      window.location.hash = '#sel=airports/no_such_airport&lang=en';
    });
    await expect(page.locator('[data-notice="warning"]')).toContainText('does not exist');
    await expect.poll(() => currentHash(page)).toBe('#lang=en');
    await expect(page.getByTestId('details')).toBeHidden();
  });
});

test.describe('page addresses and browsers', () => {
  test('a page address whose path starts with // works, and every later change is written', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const w = watch(page);
    for (const start of [`${ORIGIN}//`, `${ORIGIN}//#lang=en`]) {
      await page.goto(start);
      await waitForMap(page);
      await page.getByRole('tab', { name: 'Route statistics' }).click();
      await expect
        .poll(() => page.evaluate(() => window.location.href))
        .toBe(`${ORIGIN}//#panel=stats&lang=en`);
      await page.getByRole('button', { name: '中文' }).click();
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#panel=stats');
    }
    expect(w.errors).toEqual([]);
    await context.close();
  });

  test('a browser without navigator.language opens in the default language', async ({ page }) => {
    const w = watch(page);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'language', { get: () => undefined, configurable: true });
    });
    await page.goto('/');
    await waitForMap(page);
    await expect(page.getByRole('tab', { name: '概览' })).toBeVisible();
    expect(w.errors).toEqual([]);
  });

  test('251 rapid layer toggles: the address bar and Share catch up with the last state', async () => {
    // Playwright turns Chromium's history-flooding protection off by default; people's browsers have it on
    // (after ~200 writes in 10 s, further writes are ignored), so this test starts a browser that keeps it.
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      ignoreDefaultArgs: ['--disable-ipc-flooding-protection'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${ORIGIN}/#panel=layers&lang=en`);
    await waitForMap(page);
    const toggled = await page.evaluate(() => {
      let n = 0;
      for (let i = 0; i < 251; i += 1) {
        // The panel may redraw its toggles after each change: find the live one every time.
        const box = document.querySelector<HTMLInputElement>('input[type="checkbox"][data-layer="rail"]');
        const before = box?.checked;
        box?.click();
        if (box && box.checked !== before) n += 1;
      }
      return n;
    });
    expect(toggled).toBe(251);
    // An odd number of toggles: rail ends hidden, and the address bar says so within a few seconds.
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(window.location.hash)), { timeout: 5000 })
      .toMatch(/layers=(?!.*rail)/);
    await page.getByRole('checkbox', { name: /Rail/ }).click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash), { timeout: 5000 })
      .not.toContain('layers=');
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-link')).toHaveValue(`${ORIGIN}/#panel=layers&lang=en`);
    await browser.close();
  });

  test('the built page carries its Content-Security-Policy, so a host without headers still enforces it', async ({
    page,
  }) => {
    // Serve the page without any header, as a plain static host would.
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ status: 200, contentType: 'text/html', body: await response.text() });
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto('/#lang=en');
    await waitForMap(page);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
  });
});

test.describe('a broken server', () => {
  for (const [what, fulfil] of [
    ['missing', { status: 404, body: 'not found' }],
    ['served as octet-stream', { status: 200, contentType: 'application/octet-stream', body: 'export {}' }],
    ['an HTML fallback page', { status: 200, contentType: 'text/html', body: '<!doctype html><p>app</p>' }],
  ] as const) {
    test(`MapLibre's worker ${what}: the map says so and the panels work`, async ({ page }) => {
      await page.route('**/assets/maplibre-gl-worker-*.mjs', (route) => route.fulfill(fulfil));
      await page.goto('/#lang=en');
      await expect(page.getByTestId('map-message')).toContainText('drawing engine could not start');
      await expect(page.getByTestId('map-loading')).toBeHidden();
      await expect(page.getByTestId('overview-headlines')).toContainText('passengers');
    });
  }

  test('MapLibre’s main file missing: the map says so and the panels work', async ({ page }) => {
    await page.route(/\/assets\/maplibre-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('/#lang=en');
    await expect(page.getByTestId('map-message')).toContainText('drawing engine could not start');
    await expect(page.getByTestId('overview-headlines')).toContainText('passengers');
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' }).click();
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Linfen Yaodu Airport (LFQ)');
  });

  test('tiles that come back empty are reported', async ({ page }) => {
    await page.route('**/tiles/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/x-protobuf', body: '' }),
    );
    await page.goto('/#lang=en');
    await expect(page.locator('[data-notice="error"]')).toContainText('arrived empty');
  });

  test('tiles that hang are reported after a while; the panels work meanwhile', async ({ page }) => {
    test.setTimeout(60_000);
    let n = 0;
    await page.route('**/tiles/**', (route) => {
      n += 1;
      // Every third tile never answers.
      return n % 3 === 0 ? new Promise<void>(() => undefined) : route.continue();
    });
    await page.goto('/#lang=en');
    await expect(page.getByTestId('overview-headlines')).toContainText('passengers');
    await expect(page.locator('[data-notice="warning"]')).toContainText('taking very long', {
      timeout: 30_000,
    });
  });

  test('a data file that hangs: a linked feature’s card says it is loading, then a notice names the file', async ({
    page,
  }) => {
    await page.route('**/assets/airports-*.geojson', () => new Promise<void>(() => undefined));
    await page.goto('/#sel=airports/yuncheng_zhangxiao&lang=en');
    await expect(page.getByTestId('details-pending')).toContainText('Loading the details');
    await expect(page.locator('[data-notice="info"]')).toContainText('airports.geojson', { timeout: 20_000 });
  });

  test('a data file that comes back as a web page is named as such; the linked selection is not called missing', async ({
    page,
  }) => {
    await page.route('**/assets/airports-*.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>app</title>' }),
    );
    await page.goto('/#sel=airports/yuncheng_zhangxiao&lang=en');
    await waitForMap(page);
    await expect(page.locator('[data-notice="error"]')).toContainText('a web page came back instead of data');
    await expect(page.getByTestId('notices')).not.toContainText('does not exist');
    await expect(page.getByTestId('details-pending')).toContainText('could not be loaded');
    expect(await currentHash(page)).toContain('sel=airports/yuncheng_zhangxiao');
  });

  test('a 6.7 MB data file is refused with a message instead of blocking the page', async ({ page }) => {
    const big = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 40_000 }, (_, i) => ({
        type: 'Feature',
        properties: { id: `f${i}`, name_zh: '很长的名字'.repeat(4), name_en: 'A long name '.repeat(8) },
        geometry: { type: 'Point', coordinates: [110 + i / 1e5, 35] },
      })),
    });
    expect(big.length).toBeGreaterThan(6_000_000);
    await page.route('**/assets/airports-*.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: big }),
    );
    await page.goto('/#lang=en');
    await waitForMap(page);
    await expect(page.locator('[data-notice="error"]')).toContainText('too large');
  });
});

test.describe('embedded', () => {
  // Another origin on this machine (localhost is not 127.0.0.1); a public one may not frame a local address.
  const HOST = `http://localhost:${E2E_HOST.split(':')[1]}/embedding-host.html`;
  async function hostPage(page: Page, iframeAttrs: string): Promise<void> {
    await page.route(HOST, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>host</title><iframe id="f" src="${ORIGIN}/#lang=en" width="900" height="600" ${iframeAttrs}></iframe>`,
      }),
    );
    await page.goto(HOST);
  }

  test('without allowfullscreen there is no fullscreen button, and clicks never add to the host’s history', async ({
    page,
  }) => {
    await hostPage(page, '');
    const frame = page.frameLocator('#f');
    await expect(frame.locator('#map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    await expect(frame.locator('.maplibregl-ctrl-fullscreen')).toHaveCount(0);
    const before = await page.evaluate(() => history.length);
    await frame.getByRole('tab', { name: 'Route statistics' }).click();
    await frame.getByRole('tab', { name: 'Layers' }).click();
    await frame.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' }).click();
    await expect(frame.getByTestId('details').locator('h2')).toHaveText('Linfen Yaodu Airport (LFQ)');
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('with allowfullscreen the button is there', async ({ page }) => {
    await hostPage(page, 'allowfullscreen');
    const frame = page.frameLocator('#f');
    await expect(frame.locator('#map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    await expect(frame.locator('.maplibregl-ctrl-fullscreen')).toHaveCount(1);
  });

  test('a sandbox that blocks the app’s scripts gets a message saying which flags it needs', async ({
    page,
  }) => {
    await hostPage(page, 'sandbox="allow-scripts"');
    await expect(page.frameLocator('#f').locator('#boot-message')).toBeVisible({ timeout: 15_000 });
    await expect(page.frameLocator('#f').locator('#boot-message')).toContainText('allow-same-origin');
  });
});
