import { expect, test } from '@playwright/test';
import {
  clickMapAt,
  currentHash,
  openApp,
  positionOf,
  renderedCount,
  SCREENSHOT_DIR,
  selectedOnMap,
  waitIdle,
  watch,
} from './driver.ts';

test.describe('transport and project layers', () => {
  test('choosing 运城张孝机场 in the feature list shows its routes and passengers', async ({ page }) => {
    const w = watch(page);
    await openApp(page, '#panel=layers&lang=en');
    await page.getByRole('button', { name: 'Yuncheng Zhangxiao Airport (YCU)' }).click();
    const details = page.getByTestId('details');
    await expect(details.locator('h2')).toHaveText('Yuncheng Zhangxiao Airport (YCU)');
    await expect(details.locator('[data-figure="routes"]')).toContainText('32 routes');
    await expect(details.locator('[data-figure="passengers"]')).toContainText('1.823 million passengers');
    await expect(details.locator('[data-figure="passengers"]')).toContainText('Jan–Nov 2021');
    await expect(details.locator('[data-figure="passengers"]')).toContainText('Results so far');
    await expect(details.locator('[data-figure="passengers_prev"]')).toHaveAttribute('data-kind', 'derived');
    await expect(details.getByTestId('precision')).toContainText('Exact facility');
    expect(await currentHash(page)).toContain('sel=airports/yuncheng_zhangxiao');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/airport-panel.png` });
    expect(w.errors).toEqual([]);
  });

  test('clicking the airport symbol on the map selects it too (in Chinese)', async ({ page }) => {
    const at = positionOf('layers/airports.geojson', 'yuncheng_zhangxiao');
    await openApp(page, `#map=9/${at[1]}/${at[0]}`, 'zh');
    await clickMapAt(page, at);
    const details = page.getByTestId('details');
    await expect(details.locator('h2')).toHaveText('运城张孝机场');
    await expect(details.locator('[data-figure="routes"]')).toContainText('32条');
    await expect(details.locator('[data-figure="passengers"]')).toContainText('182.3万人次');
    const selected = await selectedOnMap(page, 'airports', 'yuncheng_zhangxiao');
    expect(selected).toBe(true);
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    expect(await currentHash(page)).not.toContain('sel=');
  });

  test('turning airports off hides its symbols and its list entries', async ({ page }) => {
    await openApp(page, '#panel=layers&lang=en');
    expect(await renderedCount(page, 'airports')).toBeGreaterThan(0);
    await expect(page.locator('[data-list-layer="airports"] button')).toHaveCount(5);
    await page.getByLabel('Airports', { exact: true }).uncheck();
    await waitIdle(page);
    expect(await renderedCount(page, 'airports')).toBe(0);
    await expect(page.locator('[data-list-layer="airports"]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Yuncheng Zhangxiao Airport (YCU)' })).toHaveCount(0);
    expect(await currentHash(page)).toMatch(/layers=[a-z_,]+/);
    expect(await currentHash(page)).not.toMatch(/layers=[^&]*airports/);
    await page.getByLabel('Airports', { exact: true }).check();
    await waitIdle(page);
    expect(await renderedCount(page, 'airports')).toBeGreaterThan(0);
  });

  test('the report’s garbled bridge name is shown as an alias with the reason', async ({ page }) => {
    await openApp(page, '#sel=bridges/linyi_yellow_river_bridge&lang=en');
    const details = page.getByTestId('details');
    await expect(details.locator('h2')).toHaveText('Linyi Yellow River Bridge and approach road');
    await expect(details).toContainText('临潼黄河大桥引桥工程');
    await expect(details).toContainText('Lintong is a Xi');
    await expect(details.getByTestId('status-pill')).toHaveText('Under construction');
    await expect(details.locator('[data-figure="invested"]')).toContainText('CNY 2.15 billion');
    await expect(details.locator('[data-figure="total_investment"]')).toContainText('≈ CNY 4.77 billion');
    await expect(details.getByTestId('precision')).toContainText('Schematic');
  });

  test('a context airport says it is not in the report and how precise it is', async ({ page }) => {
    await openApp(page, '#sel=airports/xian_xianyang&lang=en');
    const details = page.getByTestId('details');
    await expect(details).toContainText('Not in the report');
    await expect(details.getByTestId('precision')).toContainText('Approximate, unverified');
  });

  test('the feature list can be filtered by a name in either language', async ({ page }) => {
    await openApp(page, '#panel=layers&lang=en');
    const filter = page.getByLabel('Filter by name (Chinese or English)');
    await filter.fill('河津');
    await expect(page.getByRole('button', { name: 'Hejin City' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yuncheng Zhangxiao Airport (YCU)' })).toBeHidden();
    await filter.fill('airport');
    await expect(page.getByRole('button', { name: 'Yuncheng Zhangxiao Airport (YCU)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hejin City' })).toBeHidden();
    // Units renamed since 2018 are listed by today's name and found by their former one.
    await filter.fill('彬县');
    await expect(page.getByRole('button', { name: 'Binzhou City' })).toBeVisible();
    await filter.fill('');
    await expect(page.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' })).toBeVisible();
  });

  test('province-wide figures stay province-wide: the 178 trains are not on the Houma port card', async ({
    page,
  }) => {
    await openApp(page, '#sel=ports/fanglue_bonded_port&lang=en');
    const details = page.getByTestId('details');
    await expect(details).toContainText('保口');
    await expect(details.locator('[data-programme="china_europe_trains"]')).toHaveCount(0);
    await expect(details).not.toContainText('178');
    await page.getByRole('tab', { name: 'Route statistics' }).click();
    const trains = page.locator('[data-programme="china_europe_trains"]');
    await expect(trains).toContainText('178 trains');
    await expect(trains).toContainText('province-wide');
    await expect(trains).toContainText('does not tie it to Houma');
  });

  test('the Guxian hub card places it upstream of Hukou with an honest precision (en and zh)', async ({
    page,
  }) => {
    await openApp(page, '#sel=water/guxian_hub&lang=en');
    const details = page.getByTestId('details');
    await expect(details.getByTestId('precision')).toContainText('Approximate, unverified');
    await expect(details.getByTestId('precision')).toContainText('10 km upstream of Hukou Falls');
    await expect(details.getByTestId('status-source')).toContainText('Results so far');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/guxian-card-en.png` });
    await page.getByRole('button', { name: '中文' }).click();
    await expect(details.getByTestId('precision')).toContainText('壶口瀑布');
    await expect(details.getByTestId('precision')).toContainText('上游');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/guxian-card-zh.png` });
  });
});
