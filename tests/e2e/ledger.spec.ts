/**
 * The figures tab: the ledger of every figure, its sort and filter, rows that select their feature, the Cite action
 * and the downloads — by mouse, keyboard and touch, in Chinese and English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Download, expect, type Page, test } from '@playwright/test';
import { parseCsv } from '../csv_parse.ts';
import { seriousViolations } from './axe.ts';
import {
  currentHash,
  openApp,
  phonePage,
  ROOT_DIR,
  SCREENSHOT_DIR,
  selectedOnMap,
  waitForMap,
  waitIdle,
} from './driver.ts';

const LAYER_FILES = ['water', 'tourist_roads', 'highways', 'rail', 'bridges', 'ports', 'airports'];

/** Every transport and project feature the layers' files hold. */
function layerFeatureIds(): string[] {
  return LAYER_FILES.flatMap((layer) =>
    (
      JSON.parse(
        readFileSync(join(ROOT_DIR, 'geodata', 'generated', 'layers', `${layer}.geojson`), 'utf8'),
      ) as {
        features: { properties: { id: string } }[];
      }
    ).features.map((f) => `${layer}/${f.properties.id}`),
  );
}

async function downloaded(page: Page, trigger: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await trigger();
  const d = await waiting;
  const path = await d.path();
  return { d, bytes: readFileSync(path) };
}

const ledgerRows = (page: Page) => page.getByTestId('ledger').locator('tbody tr[data-row]');

test.describe('the figures ledger', () => {
  test('axe finds no serious or critical violation in the figures tab, with a citation open', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '#panel=figures&lang=zh', 'zh');
    await page.locator('tr[data-row]').first().getByTestId('ledger-cite').click();
    await expect(page.getByTestId('cite-status')).toHaveText('引文已复制。');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/#panel=figures&lang=en&theme=dark');
    await waitForMap(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('downloads parse: CSV rows are the ledger’s figures, GeoJSON features the layers’ features', async ({
    page,
  }) => {
    await openApp(page, '#panel=figures&lang=en');
    const rows = ledgerRows(page);
    await expect(page.getByTestId('ledger-count')).toHaveText(/^Showing (\d+) of \1 figures$/);
    const shown = await rows.count();
    expect(shown).toBeGreaterThanOrEqual(66);

    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    expect(csv.d.suggestedFilename()).toBe('guanzhong-figures.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header = [], ...records] = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(records).toHaveLength(shown);
    for (const r of records) expect(r).toHaveLength(header.length);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
    expect(records.map((r) => r[header.indexOf('figure_id')])).toEqual(ids);
    for (const column of ['section', 'paragraph', 'kind', 'precision', 'feature_id', 'feature_zh'])
      expect(header).toContain(column);
    const passengers = records.find((r) => r[0] === 'airports/yuncheng_zhangxiao/passengers') ?? [];
    expect(passengers[header.indexOf('feature_zh')]).toBe('运城张孝机场');
    expect(passengers[header.indexOf('value_zh')]).toBe('182.3万人次');
    expect(passengers[header.indexOf('link')]).toMatch(/#sel=airports\/yuncheng_zhangxiao&panel=figures/);

    const geo = await downloaded(page, () => page.getByRole('button', { name: 'Download GeoJSON' }).click());
    const fc = JSON.parse(geo.bytes.toString('utf8')) as {
      type: string;
      features: {
        id: string;
        geometry: { type: string };
        properties: { figures: unknown[]; coord_source_en: string };
      }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id).sort()).toEqual(layerFeatureIds().sort());
    const figures = fc.features.reduce((n, f) => n + f.properties.figures.length, 0);
    expect(figures).toBeGreaterThan(10);
    for (const f of fc.features) expect(f.properties.coord_source_en.length).toBeGreaterThan(0);
  });

  test('a row click selects its feature; Cite copies a citation whose link reopens it (mouse, English)', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '#panel=figures&lang=en');
    const row = page.locator('tr[data-row="airports/yuncheng_zhangxiao/passengers"]');
    await row.locator('.ledger-number').click();
    await expect(page.getByTestId('details').locator('h2')).toHaveText(/Yuncheng Zhangxiao/);
    await expect(row).toHaveClass(/selected/);
    await expect.poll(() => currentHash(page)).toContain('sel=airports/yuncheng_zhangxiao');
    await expect.poll(() => selectedOnMap(page, 'airports', 'yuncheng_zhangxiao')).toBe(true);

    const cargo = page.locator('tr[data-row="airports/linfen_yaodu/cargo_prev"]');
    await cargo.getByRole('button', { name: /Copy a citation/ }).click();
    await expect(page.getByTestId('cite-status')).toHaveText('Citation copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    await expect(page.getByTestId('cite-text')).toHaveValue(text);
    expect(text).toMatch(/^Cargo and mail, same period last year \(Linfen Yaodu Airport/);
    expect(text).toContain('derived: ');
    expect(text).toContain('“Results so far”, para. 3');
    expect(text).toContain('December 2021');
    // Citing leaves the view alone; the link opens the cited feature in the ledger.
    await expect(page.getByTestId('details').locator('h2')).toHaveText(/Yuncheng Zhangxiao/);
    const link = text.slice(text.lastIndexOf('http'));
    expect(link).toMatch(/#sel=airports\/linfen_yaodu&panel=figures&lang=en$/);
    await page.goto(link);
    await waitForMap(page);
    await expect(page.getByTestId('details').locator('h2')).toHaveText(/Linfen Yaodu/);
    await expect(page.getByRole('tab', { name: 'Figures' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('tr[data-row="airports/linfen_yaodu/cargo_prev"]')).toHaveClass(/selected/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/ledger-1440-en.png` });
  });

  test('sort and filter, then a row chosen and cited by keyboard (Chinese)', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '#panel=figures&lang=zh');
    const rows = ledgerRows(page);
    const total = await rows.count();

    await page.getByRole('searchbox', { name: '筛选' }).fill('河津');
    await expect(page.getByTestId('ledger-count')).toHaveText(new RegExp(`^显示 (\\d+) / ${total} 个数字$`));
    const hejin = await rows.count();
    expect(hejin).toBeGreaterThan(5);
    expect(hejin).toBeLessThan(total);
    for (const text of await rows.allTextContents()) expect(text).toContain('河津市');
    await page.getByRole('combobox', { name: '类别' }).selectOption({ label: '仅推算' });
    for (const kind of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind'))))
      expect(kind).toBe('derived');
    await page.getByRole('searchbox', { name: '筛选' }).fill('');
    await page.getByRole('combobox', { name: '类别' }).selectOption({ label: '报道和推算' });
    await page.getByRole('combobox', { name: '排序' }).selectOption({ label: '数值' });
    await page.getByRole('button', { name: /倒序/ }).click();
    await expect(page.getByRole('button', { name: /倒序/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(rows.first().locator('.ledger-number')).toHaveText('352亿元');
    await expect(rows).toHaveCount(total);
    await expect(page.locator('th[data-sort="value"]')).toHaveAttribute('aria-sort', 'descending');
    // The figure column's header sorts by name, and a second click reverses it.
    await page.getByRole('button', { name: '数字', exact: true }).click();
    await expect(page.getByRole('combobox', { name: '排序' })).toHaveValue('label');
    await expect(page.locator('th[data-sort="label"]')).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('th[data-sort="value"]')).not.toHaveAttribute('aria-sort', /./);
    const names = await rows.locator('.ledger-label').allTextContents();
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
    await page.getByRole('button', { name: '数字', exact: true }).click();
    await expect(page.locator('th[data-sort="label"]')).toHaveAttribute('aria-sort', 'descending');

    // Keyboard only: the row's feature button selects, the next Tab stop is its Cite button.
    const row = page.locator('tr[data-row="bridges/linyi_yellow_river_bridge/total_investment"]');
    await row.locator('.ledger-feature').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('details').locator('h2')).toHaveText(/临猗黄河大桥/);
    await expect(row).toHaveClass(/selected/);
    // Once the map has framed the bridge, the address bar holds its camera.
    await expect.poll(() => currentHash(page)).toMatch(/^#map=.*sel=bridges\/linyi_yellow_river_bridge/);
    await waitIdle(page);
    await row.locator('.ledger-feature').focus();
    await page.keyboard.press('Tab');
    await expect(row.getByRole('button', { name: /复制引文/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cite-status')).toHaveText('引文已复制。');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith('总投资\uFF08临猗黄河大桥')).toBe(true);
    expect(text).toContain('推算值\uFF08');
    expect(text).toContain('约2021年12月');
    expect(text).toMatch(/第\d+段/);
    // The feature is the one selected, so the link is exactly this view: the address bar's, which leaves out the
    // default language, while a link made to be sent names it (a reader's browser may be in English).
    const link = text.slice(text.lastIndexOf('http'));
    expect(link).toMatch(/#map=.*sel=bridges\/linyi_yellow_river_bridge&panel=figures&lang=zh$/);
    await expect.poll(() => `${page.url()}&lang=zh`).toBe(link);

    // The download controls carry their Chinese names and work from the keyboard.
    const csvButton = page.getByRole('button', { name: '下载 CSV' });
    const csv = await downloaded(page, async () => {
      await csvButton.focus();
      await page.keyboard.press('Enter');
    });
    expect(parseCsv(csv.bytes.toString('utf8').slice(1)).length - 1).toBe(total);
    await expect(page.getByRole('button', { name: '下载 GeoJSON' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/ledger-1440-zh.png` });
  });

  test('where the clipboard is refused, the citation is shown selected to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await openApp(page, '#panel=figures&lang=en');
    await page
      .locator('tr[data-row="programme/china_europe_trains/trains"]')
      .getByTestId('ledger-cite')
      .click();
    await expect(page.getByTestId('cite-status')).toHaveText(/Could not copy automatically/);
    const box = page.getByTestId('cite-text');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(/^China–Europe .*: 178 trains, Jan–Nov 2021 \(stated in the report\)\./);
    const selected = await box.evaluate((t: HTMLTextAreaElement) => t.selectionEnd - t.selectionStart);
    expect(selected).toBe((await box.inputValue()).length);
    // A figure of no map feature is cited with the link of this view, which selects nothing.
    await expect(box).toHaveValue(/#panel=figures&lang=en$/);
  });

  test('“only the selected feature” follows the selection, from the map’s card or the table', async ({
    page,
  }) => {
    await openApp(page, '#panel=figures&lang=en');
    const only = page.getByRole('checkbox', { name: /Only the figures of the selected feature/ });
    await expect(only).toBeDisabled();
    await page.locator('tr[data-row="bridges/linyi_yellow_river_bridge/invested"] .ledger-label').click();
    await expect(only).toBeEnabled();
    await expect(only).toHaveAccessibleName(/Linyi Yellow River Bridge/);
    await only.check();
    const rows = ledgerRows(page);
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId('ledger-count')).toHaveText(/^Showing 3 of \d+ figures$/);
    for (const id of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row'))))
      expect(id).toMatch(/^bridges\/linyi_yellow_river_bridge\//);
    // Closing the card leaves nothing selected: every figure is back and the box waits.
    await page.getByTestId('details').getByRole('button', { name: 'Close details' }).click();
    await expect(only).toBeDisabled();
    await expect(page.getByTestId('ledger-count')).toHaveText(/^Showing (\d+) of \1 figures$/);
  });

  test('a layer whose file fails is named, and its figures are missing from the table and the CSV alike', async ({
    page,
  }) => {
    await openApp(page, '#panel=figures&lang=en');
    const complete = await ledgerRows(page).count();
    await page.route('**/assets/airports-*.geojson', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.reload();
    await waitForMap(page);
    await expect(page.getByTestId('ledger-missing')).toContainText('Airports');
    const rows = ledgerRows(page);
    await expect(page.locator('tr[data-row^="airports/"]')).toHaveCount(0);
    const shown = await rows.count();
    expect(shown).toBeLessThan(complete);
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    expect(parseCsv(csv.bytes.toString('utf8').slice(1)).length - 1).toBe(shown);
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`on a touch phone (${lang}): the tabs fit, a tap selects, Cite copies, downloads work`, async ({
      browser,
    }) => {
      const page = await phonePage(browser);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await openApp(page, `#panel=figures&lang=${lang}`, lang);
      // Every tab is on screen and a thumb's size.
      for (const box of await page
        .locator('.tabs [role="tab"]')
        .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(390);
        expect(box.width).toBeGreaterThanOrEqual(44);
      }
      const row = page.locator('tr[data-row="airports/yuncheng_zhangxiao/routes"]');
      await row.locator('.ledger-label').tap();
      await expect(page.getByTestId('details').locator('h2')).toHaveText(
        lang === 'zh' ? /运城张孝机场/ : /Yuncheng/,
      );
      await expect.poll(() => currentHash(page)).toContain('sel=airports/yuncheng_zhangxiao');
      await row.getByTestId('ledger-cite').tap();
      await expect(page.getByTestId('cite-status')).toHaveText(
        lang === 'zh' ? '引文已复制。' : 'Citation copied.',
      );
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain(
        lang === 'zh' ? '通航航线\uFF08运城张孝机场\uFF09' : 'Routes (Yuncheng Zhangxiao',
      );
      const small = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll<HTMLElement>(
              '.ledger-cite, .download, .ledger-input, .ledger-reverse',
            ),
          ]
            .filter((e) => e.offsetParent !== null)
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width < 43.5 || r.height < 43.5).length,
      );
      expect(small).toBe(0);
      const name = lang === 'zh' ? '下载 GeoJSON' : 'Download GeoJSON';
      const geo = await downloaded(page, () => page.getByRole('button', { name }).tap());
      const fc = JSON.parse(geo.bytes.toString('utf8')) as { features: unknown[] };
      expect(fc.features).toHaveLength(layerFeatureIds().length);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/ledger-390-${lang}.png` });
      await page.context().close();
    });
  }
});
