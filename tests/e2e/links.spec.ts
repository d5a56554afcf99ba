import { expect, type Page, test } from '@playwright/test';
import {
  currentHash,
  openApp,
  paintedDarkPixels,
  renderedCount,
  settledHash,
  waitForMap,
  waitIdle,
  watch,
} from './driver.ts';
import { E2E_HOST } from './origin.ts';

async function camera(page: Page) {
  return page.evaluate(() => {
    const m = window.__gzMap;
    return {
      zoom: m.getZoom(),
      lat: m.getCenter().lat,
      lng: m.getCenter().lng,
      bearing: m.getBearing(),
      pitch: m.getPitch(),
    };
  });
}

test.describe('shareable links', () => {
  test('a link restores camera, layers, selection, panel and language in a fresh browser', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(
      '/#map=8.5/35.6/111.2/30/40&layers=bridges,airports&sel=airports/linfen_yaodu&panel=stats&lang=en',
    );
    await waitForMap(page);
    const cam = await camera(page);
    expect(cam.zoom).toBeCloseTo(8.5, 1);
    expect(cam.lat).toBeCloseTo(35.6, 2);
    expect(cam.lng).toBeCloseTo(111.2, 2);
    expect(cam.bearing).toBeCloseTo(30, 0);
    expect(cam.pitch).toBeCloseTo(40, 0);
    await expect(page.getByRole('tab', { name: 'Route statistics' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Linfen Yaodu Airport (LFQ)');
    await waitIdle(page);
    expect(await renderedCount(page, 'counties')).toBe(0);
    expect(await renderedCount(page, 'bridges')).toBeGreaterThan(0);
    expect(await currentHash(page)).toBe(
      '#map=8.5/35.6/111.2/30/40&layers=bridges,airports&sel=airports/linfen_yaodu&panel=stats&lang=en',
    );
    await context.close();
  });

  test('a link naming a county but no camera opens framed on that county with its panel', async ({
    page,
  }) => {
    await page.goto('/#sel=counties/140882&lang=en');
    await waitForMap(page);
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Hejin City');
    await expect(page.getByTestId('details')).toContainText('Yuncheng, except Pinglu and Yuanqu');
    // The report prints Hejin as 天津市; the panel keeps that wording as an alias and says why.
    await expect(page.getByTestId('alias')).toContainText('天津市');
    await expect(page.getByTestId('alias')).toContainText('Hejin');
    await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(8);
    const cam = await camera(page);
    expect(Math.abs(cam.lat - 35.6)).toBeLessThan(0.3);
    await expect
      .poll(() => currentHash(page))
      .toMatch(/^#map=[\d.]+\/35\.\d+\/110\.\d+&sel=counties\/140882&lang=en$/);
  });

  test('back and forward walk through select → pan → select, camera included', async ({ page }) => {
    await openApp(page, '#panel=layers&lang=en');
    const start = await currentHash(page);
    await page.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' }).click();
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Linfen Yaodu Airport (LFQ)');
    await waitIdle(page);
    // Pan by dragging the map, as a person would.
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    const panned = await settledHash(page);
    expect(panned).toContain('sel=airports/linfen_yaodu');
    await page.getByRole('button', { name: 'Shanxi Fanglue Bonded International Land Port (Houma)' }).click();
    await expect(page.getByTestId('details').locator('h2')).toContainText('Fanglue');
    const second = await settledHash(page);
    expect(second).toContain('sel=ports/fanglue_bonded_port');

    await page.goBack();
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Linfen Yaodu Airport (LFQ)');
    expect(await currentHash(page)).toBe(panned);
    const at = await camera(page);
    const want = panned.match(/map=([\d.]+)\/([\d.]+)\/([\d.]+)/);
    expect(want).not.toBeNull();
    expect(at.lat).toBeCloseTo(Number(want?.[2]), 2);
    expect(at.lng).toBeCloseTo(Number(want?.[3]), 2);

    await page.goBack();
    await expect(page.getByTestId('details')).toBeHidden();
    expect(await currentHash(page)).toBe(start);

    await page.goForward();
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Linfen Yaodu Airport (LFQ)');
    await page.goForward();
    await expect(page.getByTestId('details').locator('h2')).toContainText('Fanglue');
    expect(await currentHash(page)).toBe(second);
  });

  const HOSTILE = [
    '#map=garbage',
    '#map=NaN/NaN/NaN',
    '#map=Infinity/35/110',
    '#map=7/999/110',
    '#map=-3/35/110',
    '#map=7/35/110/720/10',
    '#layers=nope,airports,nope',
    '#sel=airports/does_not_exist',
    '#sel=evil/x',
    '#layers=&sel=&panel=&lang=',
    '#panel=stats&panel=layers',
    '#%E0%A4%A&lang=en',
    `#lang=en&${'a'.repeat(20_000)}`,
    '#sel=airports/%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
    '#panel=<script>window.__pwned=1</script>',
    '#__proto__=polluted&constructor=1&lang=en',
    "#lang=en&x=%22%3E%3Csvg%20onload%3D'window.__pwned%3D1'%3E",
  ];

  for (const hash of HOSTILE) {
    test(`a hostile link leaves a working page: ${hash.slice(0, 60)}`, async ({ page }) => {
      const w = watch(page);
      await page.goto(`/${hash}`);
      await waitForMap(page);
      expect(w.errors).toEqual([]);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        polluted: ({} as Record<string, unknown>).polluted,
        injected: document.querySelectorAll('img[onerror], svg[onload], script:not([type="module"])').length,
        hash: window.location.hash,
      }));
      expect(state.pwned).toBeUndefined();
      expect(state.polluted).toBeUndefined();
      expect(state.injected).toBe(0);
      expect(state.hash.length).toBeLessThan(2000);
      expect(state.hash).not.toMatch(/[<>]|%3C/i);
      expect(await renderedCount(page, 'cluster')).toBeGreaterThan(0);
      // The cluster outline and labels are actually painted, not just present in the index.
      expect(await paintedDarkPixels(page)).toBeGreaterThan(4000);
    });
  }

  test('a bad part of a link is reported in a short visible notice, the rest applied', async ({ page }) => {
    await page.goto('/#map=7/999/110&layers=airports,nope&lang=en');
    await waitForMap(page);
    await expect(page.locator('[data-notice="warning"]')).toContainText('out of range');
    await expect(page.locator('[data-notice="warning"]')).toContainText('unknown layers');
    expect(await currentHash(page)).toBe('#layers=airports&lang=en');
  });

  test('the share control copies the link or falls back to a selectable field, and offers an embed', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '#sel=airports/yuncheng_zhangxiao&lang=en');
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-link')).toHaveValue(/sel=airports\/yuncheng_zhangxiao/);
    await page.getByTestId('share-copy').click();
    await expect(page.getByTestId('share-status')).toHaveText(/Link copied|select the link/);
    await expect(page.getByTestId('share-embed')).toHaveValue(
      new RegExp(`^<iframe src="http://${E2E_HOST.replaceAll('.', '\\.')}/#.*&amp;lang=en"`),
    );
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('share-button')).toBeFocused();
  });
});
