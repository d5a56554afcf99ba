/** What the map's cartography shows a reader: rivers with names, every reported feature's symbol, the legend. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openApp, renderedIds, SCREENSHOT_DIR, waitIdle, watch } from './driver.ts';

const GEODATA = join(import.meta.dirname, '..', '..', 'geodata', 'generated', 'layers');
const LAYERS = ['airports', 'bridges', 'highways', 'ports', 'rail', 'tourist_roads', 'water'];

/** Every feature the report names, by layer (read from the committed data, so a new one is checked too). */
function reported(): { layer: string; id: string; point: boolean }[] {
  return LAYERS.flatMap((layer) =>
    (
      JSON.parse(readFileSync(join(GEODATA, `${layer}.geojson`), 'utf8')) as {
        features: { properties: { id: string; in_report: boolean }; geometry: { type: string } }[];
      }
    ).features
      .filter((f) => f.properties.in_report)
      .map((f) => ({ layer, id: f.properties.id, point: f.geometry.type === 'Point' })),
  );
}

/** Ids of the features drawn (and, for symbols, placed on screen) by the given style layers. */
async function drawnIds(page: Page, styleLayers: string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    const map = window.__gzMap;
    const present = ids.filter((id) => map.getLayer(id));
    return map
      .queryRenderedFeatures({ layers: present })
      .map((f) => String(f.properties.id ?? f.properties.name_en));
  }, styleLayers);
}

async function drawnNames(page: Page, styleLayer: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = window.__gzMap;
    return [...new Set(map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.name_en)))];
  }, styleLayer);
}

test.describe('cartography', () => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${size.width}×${size.height} every reported feature has its symbol drawn at the opening view`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const w = watch(page);
      await openApp(page, '', 'en');
      const features = reported();
      expect(features.length).toBeGreaterThanOrEqual(8);
      for (const f of features) {
        // Points are icons; a bridge is the icon at its crossing; lines are their stroke.
        const roles = f.layer === 'bridges' ? ['crossing'] : f.point ? ['icon'] : ['line'];
        const ids = await drawnIds(
          page,
          roles.map((r) => `${f.layer}:${r}`),
        );
        expect(ids, `${f.layer}/${f.id}`).toContain(f.id);
      }
      expect(w.offOrigin).toEqual([]);
      expect(w.errors).toEqual([]);
    });
  }

  test('rivers are drawn under the transport and named in both languages', async ({ page }) => {
    await openApp(page, '', 'en');
    const drawn = await drawnNames(page, 'yellow_river:line');
    for (const river of [
      'Yellow River',
      'Wei River',
      'Jing River',
      'Fen River',
      'Qin River',
      'Dan River',
      'Han River',
    ])
      expect(drawn, river).toContain(river);
    // The plain's own river carries its name on the map, in English and then in Chinese.
    // A fresh load (a new hash alone would move the camera of the page already open).
    await page.goto('about:blank');
    await openApp(page, '#map=8/34.45/108.4&lang=en', 'en');
    await waitIdle(page);
    expect(await drawnNames(page, 'yellow_river:label')).toContain('Wei River');
    await page.locator('#lang-toggle').click();
    await waitIdle(page);
    const zh = await page.evaluate(() => {
      const map = window.__gzMap;
      return map.queryRenderedFeatures({ layers: ['yellow_river:label'] }).map((f) => f.properties.name_zh);
    });
    expect(zh).toContain('渭河');
    // Rivers lie under every transport line: the style draws them first.
    const order = await page.evaluate(() => window.__gzMap.getStyle().layers.map((l) => l.id));
    expect(order.indexOf('yellow_river:line')).toBeLessThan(order.indexOf('highways:line'));
    expect(order.indexOf('labels:county')).toBeLessThan(order.indexOf('highways:label'));
  });

  test('the legend on the map follows the toggles and the language, and says when the data holds', async ({
    page,
  }) => {
    await openApp(page, '#panel=layers', 'en');
    const legend = page.getByTestId('map-legend');
    await expect(legend).toBeVisible();
    await expect(legend.locator(':scope > summary')).toContainText('Data as of end-Nov 2021');
    await expect(legend).toContainText('Airports');
    await expect(legend).toContainText('under construction');
    // One status key, not one per layer.
    await expect(legend.getByText('under construction', { exact: true })).toHaveCount(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/legend-en.png` });
    await page.getByLabel('Airports', { exact: true }).uncheck();
    await expect(legend).not.toContainText('Airports');
    await page.locator('#lang-toggle').click();
    await expect(legend.locator(':scope > summary')).toContainText('数据截至2021年11月底');
    await expect(legend).toContainText('在建');
    await expect(page.locator('#app-title')).toContainText('2021');
  });
});

test.describe('context high-speed rail', () => {
  const RAIL = JSON.parse(readFileSync(join(GEODATA, 'rail.geojson'), 'utf8')) as {
    features: { properties: { id: string; in_report: boolean } }[];
  };
  const CONTEXT = RAIL.features.filter((f) => !f.properties.in_report).map((f) => f.properties.id);

  test('the lines in service are drawn with cross-ticks at the opening view, with a legend row of their own', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const w = watch(page);
    await openApp(page, '#panel=layers', 'en');
    expect(CONTEXT.length).toBeGreaterThanOrEqual(6);
    const ticked = await renderedIds(page, 'rail:ticks');
    for (const id of CONTEXT) expect(ticked, id).toContain(id);
    // The reported line keeps its own pattern: no ticks on it.
    expect(ticked).not.toContain('yuncheng_houma_jincheng_hsr');
    await expect(page.getByTestId('map-legend')).toContainText(
      'High-speed rail in service (not in the report',
    );
    await page.getByLabel('Railways', { exact: true }).uncheck();
    await waitIdle(page);
    expect(await renderedIds(page, 'rail:ticks')).toEqual([]);
    await expect(page.getByTestId('map-legend')).not.toContainText('High-speed rail in service');
    expect(w.offOrigin).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test("a line's card says it is context, when it opened, where that comes from, and that it is schematic", async ({
    page,
  }) => {
    await openApp(page, '#sel=rail/zhengxi_hsr&lang=en', 'en');
    const details = page.getByTestId('details');
    await expect(details.locator('h2')).toHaveText("Zhengzhou–Xi'an high-speed railway");
    await expect(details).toContainText('Not in the report');
    await expect(details.getByTestId('opened')).toContainText('Opened: 2010 (2010-02-06)');
    await expect(details.getByTestId('opened').locator('a')).toHaveAttribute(
      'href',
      'http://www.chinadaily.com.cn/china/2010-02/06/content_9439526.htm',
    );
    await expect(details.getByTestId('precision')).toContainText('Schematic, station cities only');
    await expect(details.getByTestId('precision')).toContainText('Huayin');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/context-rail-card-en.png` });
    await page.locator('#lang-toggle').click();
    await expect(details.getByTestId('opened')).toContainText('开通');
    await expect(details.getByTestId('precision')).toContainText('示意,仅连经停城市');
  });
});

test.describe('locator inset and layout', () => {
  const boxesOverlap = (
    a: { x: number; y: number; width: number; height: number } | null,
    b: { x: number; y: number; width: number; height: number } | null,
  ): boolean =>
    !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  test('a desktop shows where the cluster lies in China, in the language and theme of the page, folding away', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const w = watch(page);
    await openApp(page, '#lang=en', 'en');
    const inset = page.getByTestId('locator');
    const image = page.getByTestId('locator-image');
    await expect(inset).toBeVisible();
    await expect(inset.locator('summary')).toHaveText('Where in China');
    await expect(image).toHaveAttribute('src', /light-en.*\.svg$/);
    await expect(image).toHaveAttribute('alt', /Shaanxi, Shanxi and Gansu/);
    // The picture has really loaded, from the app's own origin.
    await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(220);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/locator-en.png` });
    await page.locator('#lang-toggle').click();
    await expect(image).toHaveAttribute('src', /light-zh.*\.svg$/);
    await expect(inset.locator('summary')).toHaveText('在中国的位置');
    await page.getByTestId('theme-toggle').click();
    await expect(image).toHaveAttribute('src', /dark-zh.*\.svg$/);
    await inset.locator('summary').click();
    await expect(image).toBeHidden();
    expect(w.offOrigin).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('a small desktop window opens with the legend folded, so it does not cover the cluster', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, '#lang=en', 'en');
    const legend = page.getByTestId('map-legend');
    await expect(legend).not.toHaveAttribute('open');
    await expect(legend.getByText('under construction', { exact: true })).toBeHidden();
    await legend.locator(':scope > summary').click();
    await expect(legend.getByText('under construction', { exact: true })).toBeVisible();
  });

  test('with a card open the inset steps aside and the legend moves clear of the card', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '#lang=en&sel=rail/daxi_hsr', 'en');
    const details = page.getByTestId('details');
    const legend = page.getByTestId('map-legend');
    await expect(details).toBeVisible();
    await expect(legend).toBeVisible();
    await expect(page.getByTestId('locator')).toBeHidden();
    expect(boxesOverlap(await details.boundingBox(), await legend.boundingBox())).toBe(false);
    await page.getByTestId('details-close').click();
    await expect(page.getByTestId('locator')).toBeVisible();
  });

  test('a phone has no inset, a one-line title, a usable search box and a dark attribution in the dark', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, '#lang=en', 'en');
    await expect(page.getByTestId('locator')).toBeHidden();
    const title = page.locator('#app-title');
    const fits = await title.evaluate(
      (h) => h.scrollWidth <= h.clientWidth && h.getClientRects().length === 1,
    );
    expect(fits).toBe(true);
    expect((await title.boundingBox())?.height ?? 99).toBeLessThan(24);
    expect((await page.locator('#search input').boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(150);
    const attribution = await page
      .locator('.maplibregl-ctrl-attrib')
      .first()
      .evaluate((el) => {
        const rgb = getComputedStyle(el).backgroundColor.match(/\d+/g)?.map(Number) ?? [255, 255, 255];
        return (0.2126 * (rgb[0] ?? 0) + 0.7152 * (rgb[1] ?? 0) + 0.0722 * (rgb[2] ?? 0)) / 255;
      });
    expect(attribution).toBeLessThan(0.3);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-header-dark-en.png` });
  });
});

test.describe('dark theme and print', () => {
  test('follows prefers-color-scheme: dark, keeps it in the link, and a chosen theme is remembered', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const w = watch(page);
    await openApp(page, '', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Map and panels are both dark: the map's ground and the panel behind the text.
    const luminance = async (selector: string) =>
      page.evaluate((sel) => {
        const el = document.querySelector(sel);
        const rgb = (el ? getComputedStyle(el).backgroundColor : '').match(/\d+/g)?.map(Number) ?? [
          255, 255, 255,
        ];
        return (0.2126 * (rgb[0] ?? 0) + 0.7152 * (rgb[1] ?? 0) + 0.0722 * (rgb[2] ?? 0)) / 255;
      }, selector);
    expect(await luminance('#map')).toBeLessThan(0.2);
    expect(await luminance('.sheet')).toBeLessThan(0.2);
    const paint = await page.evaluate(() => window.__gzMap.getPaintProperty('counties:fill', 'fill-color'));
    expect(JSON.stringify(paint)).toContain('#2a2e34');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('theme=dark');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/dark-en.png` });
    // The toggle switches to light, and the choice outlives a reload even though the system stays dark.
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('theme=dark');
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(w.offOrigin).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('a link with theme=dark opens dark under a light system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page, '#theme=dark', 'zh');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('theme-toggle')).toContainText('浅色');
  });

  test('printing lays out the title, the map, the legend, the date and the link', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '#lang=en', 'en');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('map-legend')).toBeVisible();
    await expect(page.getByTestId('map-legend')).toContainText('under construction');
    await expect(page.locator('#app-title')).toBeVisible();
    await expect(page.getByTestId('print-footer')).toContainText('Data as of end-Nov 2021');
    await expect(page.getByTestId('print-footer')).toContainText('lang=en');
    await expect(page.locator('.sheet')).toBeHidden();
    const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

test('beyond z9 the map invites the reader to the online basemap, which stays off until asked', async ({
  page,
}) => {
  await page.route('https://tile.openstreetmap.org/**', (r) => r.abort());
  await openApp(page, '#map=7/35/110', 'en');
  await expect(page.getByTestId('deep-zoom-hint')).toBeHidden();
  await page.goto('about:blank');
  await openApp(page, '#map=10.5/34.35/108.9&lang=en', 'en');
  const hint = page.getByTestId('deep-zoom-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('±250 m');
  await hint.getByRole('button').click();
  await expect(hint).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('base=osm');
});
