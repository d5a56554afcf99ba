import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { openApp } from './driver.ts';

test.describe('accessibility', () => {
  for (const [name, hash] of [
    ['overview (zh)', '#lang=zh'],
    ['statistics', '#panel=stats&lang=en'],
    ['progress', '#panel=progress&lang=en'],
    ['layers', '#panel=layers&lang=en'],
    ['details open', '#sel=bridges/linyi_yellow_river_bridge&lang=en'],
  ] as const) {
    test(`axe finds no serious or critical violation: ${name}`, async ({ page }) => {
      await openApp(page, hash);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('axe: the share dialog and the phone layout', async ({ page }) => {
    await openApp(page, '#lang=en');
    await page.getByTestId('share-button').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 375, height: 667 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('everything works by keyboard: tabs, layer toggles, feature list, panels and focus return', async ({
    page,
  }) => {
    await openApp(page, '#lang=en');
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Route statistics' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Route statistics' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Layers' })).toBeFocused();

    const airports = page.getByLabel('Airports', { exact: true });
    await airports.focus();
    await page.keyboard.press('Space');
    await expect(airports).not.toBeChecked();
    await expect(airports).toBeFocused();
    await page.keyboard.press('Space');
    await expect(airports).toBeChecked();

    const button = page.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' });
    await button.focus();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('#details-title')).toBeFocused();
    await expect(page.locator('#details-title')).toHaveText('Linfen Yaodu Airport (LFQ)');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Linfen Yaodu Airport (LFQ)' })).toBeFocused();

    await page.getByRole('button', { name: '中文' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: '图层' })).toBeVisible();
  });

  test('the county list works by keyboard and keeps its place after a panel closes', async ({ page }) => {
    await openApp(page, '#panel=layers&lang=en');
    const group = page.locator('summary', { hasText: 'Yuncheng' });
    await group.focus();
    await page.keyboard.press('Enter');
    const hejin = page.getByRole('button', { name: 'Hejin City' });
    await hejin.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#details-title')).toBeFocused();
    await expect(page.locator('#details-title')).toHaveText('Hejin City');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Hejin City' })).toBeFocused();
  });
});
