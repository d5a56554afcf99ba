/** A 390 × 844 touch phone: targets a thumb can hit, and a bottom sheet that drags between three positions. */
import { expect, type Page, test } from '@playwright/test';
import { openApp, phonePage } from './driver.ts';

async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 43.5 || r.height < 43.5)
      .map(
        ({ e, r }) =>
          `${e.tagName}.${e.className} “${(e.textContent ?? e.title).trim().slice(0, 20)}” ${Math.round(r.width)}×${Math.round(r.height)}`,
      );
  }, selector);
}

/** Drags the sheet's handle vertically by `dy` pixels with touch-like pointer events. */
async function dragHandle(page: Page, dy: number): Promise<void> {
  const box = await page.locator('#sheet-toggle').boundingBox();
  if (!box) throw new Error('no handle');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i += 1) await page.mouse.move(x, y + (dy * i) / 8);
  await page.mouse.up();
}

test.describe('on a touch phone', () => {
  test('every control is at least 44 × 44 px', async ({ browser }) => {
    const page = await phonePage(browser);
    await openApp(page, '#panel=layers&lang=en');
    await expect(page.getByRole('tab', { name: 'Layers' })).toHaveAttribute('aria-selected', 'true');
    const selectors = [
      '.topbar-actions button',
      '.tabs [role="tab"]',
      '.sheet-handle',
      '.toggle-row label',
      '.feature-button',
      '.map-wrap .maplibregl-ctrl-group button',
      '.maplibregl-ctrl-attrib-button',
      '.map-legend > summary',
    ];
    for (const sel of selectors) expect(await smallTargets(page, sel), sel).toEqual([]);
    // The county rows and the details card's close button too.
    await page.locator('.county-groups summary').first().tap();
    expect(await smallTargets(page, '.county-groups summary')).toEqual([]);
    await page.locator('.feature-button').first().tap();
    expect(await smallTargets(page, '.details .close')).toEqual([]);
    await page.context().close();
  });

  test('the sheet drags between handle, half and full screen; the tabs stay in reach; the map frames above it', async ({
    browser,
  }) => {
    const page = await phonePage(browser);
    await openApp(page, '#lang=en');
    const sheet = page.locator('#sheet');
    await expect(sheet).toHaveAttribute('data-snap', 'half');
    await dragHandle(page, -600);
    await expect(sheet).toHaveAttribute('data-snap', 'full');
    await expect(page.getByRole('tab', { name: 'Layers' })).toBeInViewport();
    await dragHandle(page, 900);
    await expect(sheet).toHaveAttribute('data-snap', 'peek');
    const peek = await sheet.boundingBox();
    expect(peek?.height ?? 999).toBeLessThan(80);
    // A tap brings it back to half; arrow keys move it too.
    await page.locator('#sheet-toggle').tap();
    await expect(sheet).toHaveAttribute('data-snap', 'half');
    await page.locator('#sheet-toggle').focus();
    await page.keyboard.press('ArrowUp');
    await expect(sheet).toHaveAttribute('data-snap', 'full');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(sheet).toHaveAttribute('data-snap', 'peek');
    // Choosing a feature brings a pulled-down sheet up, with the tabs above the card.
    await page.keyboard.press('ArrowUp');
    await page.getByRole('tab', { name: 'Layers' }).tap();
    await page.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' }).tap();
    await expect(page.getByTestId('details')).toBeVisible();
    const tabs = await page.locator('#tabs').boundingBox();
    const card = await page.getByTestId('details').boundingBox();
    expect((tabs?.y ?? 0) < (card?.y ?? 0)).toBe(true);
    // The card is shown whole, not squeezed to its title by the sheet's layout.
    expect(card?.height ?? 0).toBeGreaterThan(200);
    await page.context().close();
  });
});
