/**
 * The tour through the report: Next / Previous / arrow keys / Esc, a step indicator, and every step a link that
 * reopens its text and its camera, at desktop size and on a 390 × 844 touch phone; reduced motion jumps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { PANELS } from '../../src/state/types.ts';
import {
  currentHash,
  mapCamera,
  openApp,
  phonePage,
  ROOT_DIR,
  selectedOnMap,
  settledHash,
  watch,
} from './driver.ts';

interface StepData {
  id: string;
  title_en: string;
  title_zh: string;
  text_en: string;
  text_zh: string;
  camera: { bounds: [number, number, number, number] };
  layers: string[];
  highlight: string[];
}
const TOUR = JSON.parse(readFileSync(join(ROOT_DIR, 'geodata', 'input', 'tour.json'), 'utf8')) as {
  steps: StepData[];
};
const COUNT = TOUR.steps.length;
function step(n: number): StepData {
  const s = TOUR.steps[n - 1];
  if (!s) throw new Error(`no step ${n}`);
  return s;
}
function corners(n: number): [number, number][] {
  const [w, s, e, north] = step(n).camera.bounds;
  return [
    [w, s],
    [e, s],
    [w, north],
    [e, north],
  ];
}

const panel = (page: Page) => page.getByTestId('panel-body');

async function desktopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return context.newPage();
}

/** The part of the map a reader sees: above the phone's sheet, or the whole map beside the side panel. */
async function visibleMapHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = document.getElementById('map')?.getBoundingClientRect();
    const sheet = document.getElementById('sheet')?.getBoundingClientRect();
    if (!map) return 0;
    const phone = window.matchMedia('(max-width: 700px)').matches;
    return phone && sheet ? Math.min(map.height, sheet.top - map.top) : map.height;
  });
}

/** The step's whole area is on screen, clear of the sheet, and fills a good part of it (framed, not merely inside). */
async function expectFramed(page: Page, n: number): Promise<void> {
  const cam = await mapCamera(page, corners(n));
  const visible = await visibleMapHeight(page);
  for (const p of cam.points) {
    expect(p.x, `step ${n} corner x`).toBeGreaterThanOrEqual(-1);
    expect(p.x, `step ${n} corner x`).toBeLessThanOrEqual(cam.width + 1);
    expect(p.y, `step ${n} corner y`).toBeGreaterThanOrEqual(-1);
    expect(p.y, `step ${n} corner y (above the sheet)`).toBeLessThanOrEqual(visible + 1);
  }
  // Nothing of the step lies under the legend (bottom-left; folded at the top-left on a phone).
  const legend = await page.evaluate(() => {
    const map = document.getElementById('map')?.getBoundingClientRect();
    const box = document.querySelector('.map-legend')?.getBoundingClientRect();
    return map && box
      ? { right: box.right - map.left, top: box.top - map.top, bottom: box.bottom - map.top }
      : null;
  });
  if (legend) {
    const clear =
      cam.points.every((p) => p.y <= legend.top + 1) ||
      cam.points.every((p) => p.y >= legend.bottom - 1) ||
      cam.points.every((p) => p.x >= legend.right - 1);
    expect(clear, `step ${n} clear of the legend`).toBe(true);
  }
  const xs = cam.points.map((p) => p.x);
  const ys = cam.points.map((p) => p.y);
  const spanX = (Math.max(...xs) - Math.min(...xs)) / cam.width;
  const spanY = (Math.max(...ys) - Math.min(...ys)) / visible;
  expect(Math.max(spanX, spanY), `step ${n} fills the view`).toBeGreaterThan(0.5);
}

async function expectStep(page: Page, n: number, lang: 'en' | 'zh' = 'en'): Promise<void> {
  const s = step(n);
  await expect(panel(page).locator('#tour-title')).toHaveText(lang === 'en' ? s.title_en : s.title_zh);
  await expect(panel(page).locator('.tour-text')).toHaveText(lang === 'en' ? s.text_en : s.text_zh);
  await expect(page.getByTestId('tour-where')).toHaveText(
    lang === 'en' ? `Step ${n} of ${COUNT}` : `第 ${n} 步,共 ${COUNT} 步`,
  );
  await expect(panel(page).locator(`#tour-dot-${n}`)).toHaveAttribute('aria-current', 'step');
  expect(await currentHash(page)).toContain(`panel=tour&step=${n}`);
}

/** Opens the link in a fresh page of the same size and checks the same step and the same camera come back. */
async function expectLinkRestores(
  page: Page,
  open: (b: Browser) => Promise<Page>,
  browser: Browser,
  n: number,
): Promise<void> {
  const hash = await settledHash(page);
  expect(hash).toMatch(/^#map=/);
  const before = await mapCamera(page);
  const again = await open(browser);
  const w = watch(again);
  await openApp(again, hash);
  await expectStep(again, n);
  await expect.poll(async () => (await mapCamera(again)).moving).toBe(false);
  const after = await mapCamera(again);
  expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.011);
  expect(Math.abs(after.lng - before.lng)).toBeLessThan(0.002);
  expect(Math.abs(after.lat - before.lat)).toBeLessThan(0.002);
  expect(await currentHash(again)).toBe(decodeURIComponent(hash));
  expect(w.errors).toEqual([]);
  await again.context().close();
}

test.describe('the tour', () => {
  test('desktop: tab, Next, arrow keys, dots, Esc; a step link restores its text and camera', async ({
    browser,
  }) => {
    const page = await desktopPage(browser);
    const w = watch(page);
    await openApp(page, '#lang=en');
    await page.getByRole('tab', { name: 'Tour' }).click();
    await expectStep(page, 1);
    await page.locator('#tour-next').click();
    await expectStep(page, 2);
    // Step 2 shows the ground only: the transport layers are off, and the link says so.
    expect(await currentHash(page)).toContain(`layers=${step(2).layers.join(',')}`);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 3);
    // The step's airports are marked on the map like a selection.
    await expect.poll(() => selectedOnMap(page, 'airports', 'yuncheng_zhangxiao')).toBe(true);
    await expect.poll(() => selectedOnMap(page, 'airports', 'linfen_yaodu')).toBe(true);
    await expect.poll(async () => (await mapCamera(page)).moving).toBe(false);
    await expectFramed(page, 3);
    await expectLinkRestores(page, desktopPage, browser, 3);

    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 2);
    await panel(page).locator('#tour-dot-6').click();
    await expectStep(page, 6);
    await expect.poll(() => selectedOnMap(page, 'water', 'guxian_hub')).toBe(true);
    // Back returns to the step before, with its camera.
    await settledHash(page);
    await page.goBack();
    await expectStep(page, 2);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    const left = await currentHash(page);
    expect(left).not.toContain('panel=tour');
    expect(left).not.toContain('step=');
    // Leaving gives back the layers the reader had (all of them) and unmarks the step's features.
    expect(left).not.toContain('layers=');
    expect(await selectedOnMap(page, 'airports', 'yuncheng_zhangxiao')).toBe(false);
    expect(w.errors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
    await page.context().close();
  });

  test('desktop: a bare step link (zh) frames the step and shows its layers', async ({ browser }) => {
    const page = await desktopPage(browser);
    await openApp(page, '#panel=tour&step=4', 'zh');
    await expectStep(page, 4, 'zh');
    await expect.poll(async () => (await mapCamera(page)).moving).toBe(false);
    await expectFramed(page, 4);
    const hash = await settledHash(page);
    expect(hash).toContain(`layers=${step(4).layers.join(',')}`);
    await expect.poll(() => selectedOnMap(page, 'bridges', 'linyi_yellow_river_bridge')).toBe(true);
    // The last step's Next finishes the tour.
    await panel(page).locator(`#tour-dot-${COUNT}`).click();
    await expectStep(page, COUNT, 'zh');
    await expect(panel(page).locator('#tour-next')).toHaveText('完成导览');
    await panel(page).locator('#tour-next').click();
    await expect(page.getByRole('tab', { name: '概览' })).toHaveAttribute('aria-selected', 'true');
    await page.context().close();
  });

  test('phone 390×844: the step sits in the sheet with its area framed above it; its link reopens it', async ({
    browser,
  }) => {
    const page = await phonePage(browser);
    await openApp(page, '#panel=tour&step=3&lang=en');
    await expectStep(page, 3);
    await expect(page.locator('#sheet')).toHaveAttribute('data-snap', 'half');
    // Previous, Next and the indicator are on screen in the half sheet without scrolling.
    for (const id of ['#tour-prev', '#tour-next'])
      await expect(page.locator(id)).toBeInViewport({ ratio: 1 });
    await expect.poll(async () => (await mapCamera(page)).moving).toBe(false);
    await expectFramed(page, 3);
    await page.locator('#tour-next').tap();
    await expectStep(page, 4);
    await expect.poll(async () => (await mapCamera(page)).moving).toBe(false);
    await expectFramed(page, 4);
    await expectLinkRestores(page, phonePage, browser, 4);
    await page.context().close();
  });

  test('reduced motion: a step jumps to its camera instead of flying', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await openApp(page, '#panel=tour&step=2&lang=en');
    await expectStep(page, 2);
    await expect.poll(async () => (await mapCamera(page)).moving).toBe(false);
    const before = await mapCamera(page);
    await page.locator('#tour-next').click();
    await expectStep(page, 3);
    await expect.poll(async () => (await mapCamera(page)).moving).toBe(false);
    // A jump starts and ends in the same task; a flight lasts its 0.8 s however few frames a slow machine draws.
    const after = await mapCamera(page);
    expect(after.lng).not.toBeCloseTo(before.lng, 2);
    expect(after.lastMoveMs).toBeGreaterThanOrEqual(0);
    expect(after.lastMoveMs).toBeLessThan(50);
    await expectFramed(page, 3);
    await context.close();
  });

  test('with motion, a step flies (the control for the test above)', async ({ browser }) => {
    const page = await desktopPage(browser);
    await openApp(page, '#panel=tour&step=2&lang=en');
    await expect.poll(async () => (await mapCamera(page)).moving).toBe(false);
    await mapCamera(page);
    await page.locator('#tour-next').click();
    await expectStep(page, 3);
    await expect.poll(async () => (await mapCamera(page)).moving).toBe(false);
    expect((await mapCamera(page)).lastMoveMs).toBeGreaterThanOrEqual(750);
    await page.context().close();
  });

  test('a step beyond the tour or without the tour is repaired with a notice', async ({ page }) => {
    await openApp(page, '#panel=tour&step=10&lang=en');
    await expectStep(page, COUNT);
    await expect(page.getByTestId('notices')).toContainText('the tour ends sooner');
    await openApp(page, '#panel=stats&step=3&lang=en');
    await expect(page.getByTestId('notices')).toContainText('step without the tour');
    expect(await currentHash(page)).not.toContain('step=');
  });

  test('by keyboard alone, and with no serious accessibility violation (zh and en)', async ({ page }) => {
    await openApp(page, '#lang=en');
    const tab = page.getByRole('tab', { name: 'Tour' });
    await page.getByRole('tab', { name: 'Overview' }).focus();
    // Left from the first tab wraps round to the last; once round, on to the statistics, then left to the tour.
    for (let i = 0; i < PANELS.length - 1; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Route statistics' })).toBeFocused();
    const toTour = (PANELS.indexOf('stats') - PANELS.indexOf('tour') + PANELS.length) % PANELS.length;
    for (let i = 0; i < toTour; i++) await page.keyboard.press('ArrowLeft');
    await expect(tab).toBeFocused();
    await expectStep(page, 1);
    // Arrow keys on the tab list move between tabs, not steps.
    await page.locator('#tour-next').focus();
    await page.keyboard.press('Enter');
    await expectStep(page, 2);
    // A screen reader hears the new step from a live region that outlasts the redrawn panel.
    await expect(page.getByTestId('tour-announcer')).toHaveText(`Step 2 of ${COUNT}: ${step(2).title_en}`);
    // The redrawn panel keeps focus on Next, so Enter walks on.
    await expect(page.locator('#tour-next')).toBeFocused();
    await page.keyboard.press('Enter');
    await expectStep(page, 3);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 4);
    const violations = async () =>
      (await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
    await expectStep(page, 4, 'zh');
    expect(await violations()).toEqual([]);
    // A marked feature opens its card; Esc closes the card first, then leaves the tour.
    await panel(page).locator('[data-select="bridges/linyi_yellow_river_bridge"]').click();
    await expect(page.getByTestId('details')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details')).toBeHidden();
    await expectStep(page, 4, 'zh');
    // Leaving returns to the tab shown before the tour: the one the arrow keys passed last, right of the tour.
    await page.keyboard.press('Escape');
    const before = page.locator(
      `[role="tab"][data-panel="${PANELS[(PANELS.indexOf('tour') + 1) % PANELS.length]}"]`,
    );
    await expect(before).toHaveAttribute('aria-selected', 'true');
    await expect(before).toBeFocused();
  });
});
