import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--ignore-gpu-blocklist','--enable-unsafe-swiftshader'] });
const shots = [
  { name: 'p-zh-1', vp: { width: 390, height: 844 }, hash: '#panel=tour&step=1&lang=zh', phone: true },
  { name: 'd-zh-5', vp: { width: 1440, height: 900 }, hash: '#panel=tour&step=5&lang=zh' },
  { name: 'p-zh-6-dark', vp: { width: 390, height: 844 }, hash: '#panel=tour&step=9&lang=zh&theme=dark', phone: true },
];
const _old = [
  { name: 'd-en-3', vp: { width: 1440, height: 900 }, hash: '#panel=tour&step=3&lang=en' },
  { name: 'd-zh-7', vp: { width: 1440, height: 900 }, hash: '#panel=tour&step=7' },
  { name: 'p-en-4', vp: { width: 390, height: 844 }, hash: '#panel=tour&step=4&lang=en', phone: true },
  { name: 'p-zh-9', vp: { width: 390, height: 844 }, hash: '#panel=tour&step=9', phone: true },
  { name: 'd-en-9-dark', vp: { width: 1440, height: 900 }, hash: '#panel=tour&step=9&lang=en&theme=dark' },
];
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: s.vp, hasTouch: !!s.phone, isMobile: !!s.phone, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4175/' + s.hash);
  await page.waitForSelector('#map[data-map-ready="true"]', { timeout: 30000 });
  await page.waitForTimeout(3500);
  await page.screenshot({ path: `/tmp/15a-shot-${s.name}.png` });
  await ctx.close();
}
await browser.close();
