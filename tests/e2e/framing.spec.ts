/**
 * Framing after one point feature was chosen (issue #16's first bug): MapLibre keeps the padding given to
 * flyTo/easeTo, so a point selection once left 424 px of left padding on the map for good — the next line was framed
 * far out and Home framed the cluster small and to one side. Walks point → line → Home on desktop and phone.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp, phonePage, positionOf } from './driver.ts';

const CLUSTER: [number, number, number, number] = [104.57, 33.35, 112.22, 36.72];
const LINYI_BRIDGE = 'Linyi Yellow River Bridge and approach road';

function lineBounds(layer: string, id: string): [number, number, number, number] {
  const file = JSON.parse(readFileSync(`geodata/generated/layers/${layer}.geojson`, 'utf8')) as {
    features: { properties: { id: string }; geometry: { coordinates: [number, number][] } }[];
  };
  const coords = file.features.find((f) => f.properties.id === id)?.geometry.coordinates ?? [];
  const xs = coords.map((c) => c[0]);
  const ys = coords.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const m = window.__gzMap;
    return !m.isMoving();
  });
  await page.waitForTimeout(300);
}

/** Where a bounding box lands on screen, and the part of the map a person can see (not under a card or sheet). */
async function frameOf(page: Page, bbox: [number, number, number, number]) {
  return page.evaluate(([w, s, e, n]) => {
    const m = window.__gzMap;
    const map = document.getElementById('map')?.getBoundingClientRect() ?? new DOMRect();
    const details = document.getElementById('details');
    const sheet = document.getElementById('sheet')?.getBoundingClientRect();
    const phone = window.matchMedia('(max-width: 700px)').matches;
    const card = details && !details.hidden && !phone ? details.getBoundingClientRect().right - map.left : 0;
    const controls =
      document.querySelector('.maplibregl-ctrl-top-right')?.getBoundingClientRect().left ?? map.right;
    const nw = m.project([w, n]);
    const se = m.project([e, s]);
    return {
      zoom: m.getZoom(),
      box: { left: nw.x, top: nw.y, right: se.x, bottom: se.y },
      visible: {
        left: Math.max(0, card),
        top: 0,
        right: controls - map.left,
        bottom: phone && sheet ? sheet.top - map.top : map.height,
      },
    };
  }, bbox);
}

async function expectInside(page: Page, bbox: [number, number, number, number], slack = 2) {
  const f = await frameOf(page, bbox);
  expect(f.box.left).toBeGreaterThanOrEqual(f.visible.left - slack);
  expect(f.box.right).toBeLessThanOrEqual(f.visible.right + slack);
  expect(f.box.top).toBeGreaterThanOrEqual(f.visible.top - slack);
  expect(f.box.bottom).toBeLessThanOrEqual(f.visible.bottom + slack);
  return f;
}

/** The box fills the visible part in width or height (within the framing margins), as fitBounds leaves it. */
function expectFilled(f: Awaited<ReturnType<typeof frameOf>>): void {
  const width = (f.box.right - f.box.left) / (f.visible.right - f.visible.left);
  const height = (f.box.bottom - f.box.top) / (f.visible.bottom - f.visible.top);
  expect(Math.max(width, height)).toBeGreaterThan(0.8);
}

async function choose(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Layers' }).click();
  await page.getByRole('button', { name }).click();
  await expect(page.getByTestId('details').locator('h2')).toHaveText(name);
  await settle(page);
}

async function walk(page: Page, phone: boolean): Promise<void> {
  await openApp(page, '#lang=en');
  const opening = await expectInside(page, CLUSTER);
  expectFilled(opening);
  await choose(page, 'Yuncheng Zhangxiao Airport (YCU)');
  const [lng, lat] = positionOf('layers/airports.geojson', 'yuncheng_zhangxiao');
  await expectInside(page, [lng, lat, lng, lat]);
  await choose(page, LINYI_BRIDGE);
  const line = await expectInside(page, lineBounds('bridges', 'linyi_yellow_river_bridge'));
  // About z9 on desktop; a point selection once pushed it to z6.5 (desktop) or left the map where it was (phone).
  expect(line.zoom).toBeGreaterThan(phone ? 7.5 : 8.5);
  await page.getByRole('button', { name: 'Back to the whole cluster' }).click();
  await settle(page);
  // Framed as large as the visible part allows (clear of the card, which stays open), not small and to one side.
  expectFilled(await expectInside(page, CLUSTER));
  await page.getByTestId('details-close').click();
  await page.getByRole('button', { name: 'Back to the whole cluster' }).click();
  await settle(page);
  const clear = await expectInside(page, CLUSTER);
  expectFilled(clear);
  expect(Math.abs(clear.zoom - opening.zoom)).toBeLessThan(0.05);
}

test.describe('framing after a point feature', () => {
  test('desktop: point → line → Home each frame correctly', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await walk(page, false);
  });

  test('phone: point → line → Home each frame correctly above the sheet', async ({ browser }) => {
    const page = await phonePage(browser);
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    await walk(page, true);
    expect(logs.filter((l) => l.includes('cannot fit'))).toEqual([]);
    await page.context().close();
  });
});
