import { describe, expect, it } from 'vitest';
import { findChromium, type Probe } from '../browser/find_chromium.ts';

function probe(
  files: string[],
  env: Record<string, string | undefined>,
  playwrightPath: string | null = null,
): Probe {
  return { env, playwrightPath, isExecutable: (p) => files.includes(p) };
}

const PW = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

describe('finding the Chromium for the end-to-end tests', () => {
  it('takes CHROMIUM_PATH first, over every other browser', () => {
    const found = findChromium(
      probe(
        ['/opt/c/chrome', PW, '/usr/bin/chromium'],
        { CHROMIUM_PATH: '/opt/c/chrome', PATH: '/usr/bin' },
        PW,
      ),
    );
    expect(found).toEqual({ ok: true, path: '/opt/c/chrome', how: 'CHROMIUM_PATH' });
  });

  it('never falls back to another browser when CHROMIUM_PATH names a missing file', () => {
    const found = findChromium(probe(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope', PATH: '/usr/bin' }));
    expect(found).toEqual({ ok: false, reason: 'explicit-missing', path: '/nope' });
  });

  it("then Playwright's own browser, when it is installed", () => {
    expect(findChromium(probe([PW, '/usr/bin/chromium'], { PATH: '/usr/bin' }, PW))).toMatchObject({
      ok: true,
      path: PW,
    });
    expect(findChromium(probe(['/usr/bin/chromium'], { PATH: '/usr/bin' }, PW))).toMatchObject({
      ok: true,
      path: '/usr/bin/chromium',
    });
  });

  it('then chromium, chromium-browser, google-chrome on PATH, in that order and in PATH order', () => {
    const files = ['/b/google-chrome', '/a/chromium-browser', '/b/chromium-browser'];
    expect(findChromium(probe(files, { PATH: '/a:/b' }))).toMatchObject({ path: '/a/chromium-browser' });
    expect(findChromium(probe(['/b/google-chrome'], { PATH: ':/a:/b' }))).toMatchObject({
      path: '/b/google-chrome',
    });
  });

  it('reports everything it looked for when nothing is there', () => {
    const found = findChromium(probe([], { PATH: '/usr/bin' }, PW));
    expect(found).toEqual({
      ok: false,
      reason: 'none',
      looked: ['CHROMIUM_PATH (unset)', PW, 'chromium', 'chromium-browser', 'google-chrome'],
    });
  });
});
