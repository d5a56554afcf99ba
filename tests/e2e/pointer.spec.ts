/** Pointing at the map: hover tips, choosing between overlapping features, the card never hiding a click, sharing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  clickMapAt,
  hoverHaloPixels,
  openApp,
  phonePage,
  positionOf,
  ROOT_DIR,
  renderedCount,
  waitIdle,
} from './driver.ts';

async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => window.__gzMap.project(ll), lngLat);
}

/** The ids drawn by any style layer of a registry layer, each once. */
async function drawnIds(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = window.__gzMap;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((l) => l.startsWith(`${id}:`));
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)))].sort();
  }, layer);
}

/** A vertex near the middle of a layer's first line, from the committed geodata. */
function lineMidpoint(file: string): [number, number] {
  const data = JSON.parse(readFileSync(join(ROOT_DIR, 'geodata', 'generated', file), 'utf8')) as {
    features: { geometry: { type: string; coordinates: [number, number][] } }[];
  };
  const line = data.features.find((f) => f.geometry.type === 'LineString')?.geometry.coordinates;
  const mid = line?.[Math.floor(line.length / 2)];
  if (!mid) throw new Error(`no line in ${file}`);
  return mid;
}

async function hoverMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const p = await project(page, lngLat);
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.move(box.x + p.x, box.y + p.y);
}

test.describe('pointing at the map', () => {
  test('hovering names what a click would select; leaving clears it', async ({ page }) => {
    const at = positionOf('layers/airports.geojson', 'yuncheng_zhangxiao');
    await openApp(page, `#map=9/${at[1]}/${at[0]}&lang=en`);
    await hoverMapAt(page, at);
    const tip = page.getByTestId('hover-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Yuncheng Zhangxiao Airport (YCU)');
    await expect(tip).toContainText('Operating');
    await page.mouse.move(5, 300);
    await expect(tip).toBeHidden();
  });

  test('what a click would select is highlighted on the map under the pointer, and only while pointed at', async ({
    page,
  }) => {
    const airport = positionOf('layers/airports.geojson', 'yuncheng_zhangxiao');
    await openApp(page, `#map=9/${airport[1]}/${airport[0]}&lang=en`);
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('map has no box');
    const onPage = async (ll: [number, number]) => {
      const p = await project(page, ll);
      return { x: box.x + p.x, y: box.y + p.y };
    };
    const point = await onPage(airport);
    const before = await hoverHaloPixels(page, point);
    await hoverMapAt(page, airport);
    await expect(page.getByTestId('hover-tip')).toBeVisible();
    await expect.poll(() => hoverHaloPixels(page, point)).toBeGreaterThan(before + 200);
    await page.mouse.move(5, 300);
    await expect.poll(() => hoverHaloPixels(page, point)).toBeLessThan(before + 20);

    // A line: the Yellow River No.1 tourist road, pointed at half way along.
    const road = lineMidpoint('layers/tourist_roads.geojson');
    await page.evaluate((ll) => {
      window.__gzMap.jumpTo({ center: ll, zoom: 9 });
    }, road);
    await waitIdle(page);
    const onRoad = await onPage(road);
    const quiet = await hoverHaloPixels(page, onRoad, 20);
    await hoverMapAt(page, road);
    await expect(page.getByTestId('hover-tip')).toBeVisible();
    await expect.poll(() => hoverHaloPixels(page, onRoad, 20)).toBeGreaterThan(quiet + 40);
  });

  test('a click inside a county on a context corridor offers both, county first; choosing selects it', async ({
    page,
  }) => {
    await openApp(page, '#lang=en');
    // Xiangfen's seat, on the schematic G5 corridor (context: the report does not mention the G5).
    await clickMapAt(page, [111.4353, 35.87625]);
    const chooser = page.getByTestId('chooser');
    await expect(chooser).toBeVisible();
    const options = chooser.getByRole('button');
    await expect(options.first()).toContainText('Xiangfen County');
    await expect(chooser).toContainText('G5');
    await expect(chooser).toContainText('Not in the report');
    await expect(options.first()).toBeFocused();
    await options.first().click();
    await expect(chooser).toBeHidden();
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Xiangfen County');
    // Esc closes a chooser without selecting anything.
    await page.getByTestId('details-close').click();
    await waitIdle(page);
    await clickMapAt(page, [111.4353, 35.87625]);
    await expect(chooser).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    await expect(page.getByTestId('details')).toBeHidden();
  });

  test('the details card never hides what was clicked: the map eases it clear of the card', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '#lang=en');
    // Tianshui's Maiji district lies at the far west of the cluster, under where the card opens.
    const target: [number, number] = [105.75, 34.45];
    const before = await project(page, target);
    expect(before.x).toBeLessThan(384);
    await clickMapAt(page, target);
    await expect(page.getByTestId('details')).toBeVisible();
    await page.waitForFunction(() => !window.__gzMap.isMoving());
    await page.waitForTimeout(300);
    const after = await project(page, target);
    const card = await page.getByTestId('details').boundingBox();
    const map = await page.locator('#map').boundingBox();
    expect(after.x + (map?.x ?? 0)).toBeGreaterThan((card?.x ?? 0) + (card?.width ?? 0));
  });
});

test.describe('sharing on a phone', () => {
  test('a touch phone with a system share sheet gets it, with the link of this view', async ({ browser }) => {
    const page = await phonePage(browser);
    const context = page.context();
    await page.addInitScript(() => {
      const calls: { url?: string; title?: string }[] = [];
      (window as unknown as { __shared: typeof calls }).__shared = calls;
      Object.defineProperty(navigator, 'share', {
        value: (data: { url?: string; title?: string }) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
    });
    await openApp(page, '#panel=stats&lang=en');
    await page.getByTestId('share-button').tap();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __shared: { url?: string }[] }).__shared.length),
      )
      .toBe(1);
    const shared = await page.evaluate(
      () => (window as unknown as { __shared: { url?: string }[] }).__shared[0],
    );
    expect(shared?.url).toBe(await page.evaluate(() => window.location.href));
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await context.close();
  });

  test('without a share sheet the dialog with the copy fallback opens', async ({ browser }) => {
    const page = await phonePage(browser);
    const context = page.context();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await openApp(page, '#lang=en');
    await page.getByTestId('share-button').tap();
    await expect(page.getByTestId('share-link')).toHaveValue(/#lang=en$/);
    await context.close();
  });
});

test.describe('status filter', () => {
  test('showing only what is under construction hides the rest on the map and in the list, and is kept in the link', async ({
    page,
  }) => {
    await openApp(page, '#panel=layers&lang=en');
    await page.getByTestId('status-filter').getByLabel('Under construction').check();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('status=under_construction');
    const list = page.getByTestId('feature-list');
    // Under construction per the report: the Linyi bridge, the Yellow River No.1 road and the Tongguan–Sanmenxia bank
    // works (issue #13 corrected the last two from “planned”).
    await expect(list.getByRole('button')).toHaveText([
      'Yellow River Tongguan–Sanmenxia bank works',
      'Yellow River No.1 Tourist Road, Linfen and Yuncheng reach',
      'Linyi Yellow River Bridge and approach road',
    ]);
    await waitIdle(page);
    expect(await renderedCount(page, 'airports')).toBe(0);
    expect(await drawnIds(page, 'bridges')).toEqual(['linyi_yellow_river_bridge']);
    // The link restores it in a fresh page; ticking nothing shows everything again.
    const link = await page.evaluate(() => window.location.href);
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByTestId('status-filter').getByLabel('Under construction')).toBeChecked();
    await expect(page.getByTestId('feature-list').getByRole('button')).toHaveCount(3);
    await page.getByTestId('status-filter').getByLabel('Under construction').uncheck();
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('status=');
    await waitIdle(page);
    expect(await renderedCount(page, 'airports')).toBeGreaterThan(0);
  });
});

test.describe('search', () => {
  test('finds a county by toneless pinyin from the keyboard, selects and frames it', async ({ page }) => {
    await openApp(page, '#lang=en');
    const box = page.getByTestId('search');
    await box.fill('xiangfen');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText('Xiangfen County');
    await box.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Xiangfen County');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/sel=counties\/141023/);
  });

  test('a former name finds today’s county, and a prefecture is framed without selecting anything', async ({
    page,
  }) => {
    await openApp(page, '', 'zh');
    const box = page.getByTestId('search');
    await box.fill('彬县');
    await expect(page.getByRole('option').first()).toContainText(/彬(县|州市)/);
    await box.fill('运城市');
    await page.getByRole('option').filter({ hasText: '所属地级市' }).first().click();
    await expect.poll(() => page.evaluate(() => window.__gzMap.getZoom())).toBeGreaterThan(7);
    await expect(page.getByTestId('details')).toBeHidden();
  });

  test('on a touch phone a result is chosen with a tap', async ({ browser }) => {
    const page = await phonePage(browser);
    const context = page.context();
    await openApp(page, '#lang=en');
    await page.getByTestId('search').tap();
    await page.getByTestId('search').fill('xian');
    await page.getByRole('option').filter({ hasText: 'Prefecture' }).first().tap();
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 }).toContain('map=');
    await page.waitForFunction(() => !window.__gzMap.isMoving());
    // Xi'an's city centre is on screen, above the sheet.
    const at = await project(page, [108.94, 34.34]);
    const sheetTop = await page.evaluate(
      () =>
        (document.getElementById('sheet')?.getBoundingClientRect().top ?? 0) -
        (document.getElementById('map')?.getBoundingClientRect().top ?? 0),
    );
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(sheetTop);
    // The box lets go once a result is chosen: it no longer covers the title and the buttons beside it.
    await expect(page.getByTestId('search')).not.toBeFocused();
    const width = (await page.getByTestId('search').boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThan(200);
    await context.close();
  });
});

test.describe('the same on a touch phone', () => {
  async function tapMapAt(page: Page, lngLat: [number, number]): Promise<void> {
    const p = await project(page, lngLat);
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('map has no box');
    await page.touchscreen.tap(box.x + p.x, box.y + p.y);
  }

  test('a tap shows no hover tip but selects; a tap on a county and a context corridor offers the chooser', async ({
    browser,
  }) => {
    const page = await phonePage(browser);
    const at = positionOf('layers/airports.geojson', 'yuncheng_zhangxiao');
    await openApp(page, `#map=9/${at[1] - 0.15}/${at[0]}&lang=en`);
    await tapMapAt(page, at);
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Yuncheng Zhangxiao Airport (YCU)');
    await expect(page.getByTestId('hover-tip')).toBeHidden();
    await page.getByTestId('details-close').tap();
    await page.getByRole('button', { name: 'Back to the whole cluster' }).tap();
    await waitIdle(page);
    await page.waitForFunction(() => !window.__gzMap.isMoving());
    await tapMapAt(page, [111.4353, 35.87625]);
    const chooser = page.getByTestId('chooser');
    await expect(chooser).toBeVisible();
    // At a phone's opening zoom more lies within a fingertip (Linfen's airport too): the county is among the choices.
    await chooser.getByRole('button').filter({ hasText: 'Xiangfen County' }).tap();
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Xiangfen County');
    await page.context().close();
  });

  test('the status filter works with taps and is kept in the link', async ({ browser }) => {
    const page = await phonePage(browser);
    await openApp(page, '#panel=layers&lang=en');
    await page.getByTestId('status-filter').getByText('Planned').tap();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('status=planned');
    await expect(page.getByTestId('feature-list').getByRole('button').first()).toBeVisible();
    // The map redraws a frame after the link is written: wait for it rather than read the frame before.
    await expect.poll(() => drawnIds(page, 'airports')).toEqual([]);
    await page.context().close();
  });
});

test.describe('review findings', () => {
  test('the skip link moves focus to the panel and leaves the link (and the language) alone', async ({
    page,
  }) => {
    await openApp(page, '#panel=stats&lang=en');
    await page.keyboard.press('Tab');
    await expect(page.locator('#skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('panel-body')).toBeFocused();
    expect(await page.evaluate(() => window.location.hash)).toBe('#panel=stats&lang=en');
    await expect(page.getByRole('tab', { name: 'Route statistics' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('choosing in search a feature of a hidden layer shows that layer, so the link reopens it', async ({
    page,
  }) => {
    await openApp(page, '#layers=counties,rail&lang=en');
    await page.getByTestId('search').fill('Yuncheng Zhangxiao');
    await page.getByTestId('search').press('Enter');
    await expect(page.getByTestId('details').locator('h2')).toHaveText('Yuncheng Zhangxiao Airport (YCU)');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('airports');
    await waitIdle(page);
    expect(await renderedCount(page, 'airports')).toBeGreaterThan(0);
  });
});
