/** What the map's cartography shows a reader: rivers with names, every reported feature's symbol, the legend. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openApp, SCREENSHOT_DIR, waitIdle, watch } from './driver.ts';

const GEODATA = join(import.meta.dirname, '..', '..', 'geodata', 'layers');
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
    const map = (
      window as unknown as {
        __gzMap: {
          getLayer(id: string): unknown;
          queryRenderedFeatures(o: { layers: string[] }): { properties: { id?: string; name_en?: string } }[];
        };
      }
    ).__gzMap;
    const present = ids.filter((id) => map.getLayer(id));
    return map
      .queryRenderedFeatures({ layers: present })
      .map((f) => String(f.properties.id ?? f.properties.name_en));
  }, styleLayers);
}

async function drawnNames(page: Page, styleLayer: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = (
      window as unknown as {
        __gzMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { name_en?: string } }[] };
      }
    ).__gzMap;
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
    await openApp(page, '#map=8/34.45/108.4', 'en');
    expect(await drawnNames(page, 'yellow_river:label')).toContain('Wei River');
    await page.locator('#lang-toggle').click();
    await waitIdle(page);
    const zh = await page.evaluate(() => {
      const map = (
        window as unknown as {
          __gzMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { name_zh?: string } }[] };
        }
      ).__gzMap;
      return map.queryRenderedFeatures({ layers: ['yellow_river:label'] }).map((f) => f.properties.name_zh);
    });
    expect(zh).toContain('渭河');
    // Rivers lie under every transport line: the style draws them first.
    const order = await page.evaluate(() =>
      (window as unknown as { __gzMap: { getStyle(): { layers: { id: string }[] } } }).__gzMap
        .getStyle()
        .layers.map((l) => l.id),
    );
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
