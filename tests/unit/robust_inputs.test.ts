/** Small rules that keep hostile input harmless: notice grouping, language fallback, file limits, worker check. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadJson, MAX_FILE_BYTES } from '../../src/geo/load_geodata.ts';
import { preferredLang } from '../../src/i18n/lang.ts';
import { groupProblems, MAX_LISTED_PROBLEMS, noticeText } from '../../src/i18n/notice_text.ts';
import { workerServedWell } from '../../src/map/worker_check.ts';
import { decodeHash } from '../../src/url/hash_codec.ts';
import { APP_CODEC } from './codec_context.ts';

const ctx = APP_CODEC;

describe('link notices', () => {
  it('a 4 kB link of repeated keys gives a notice of a few hundred characters, in both languages', () => {
    const d = decodeHash(`#lang=en&${'a&'.repeat(2040)}`, ctx);
    expect(d.problems.length).toBeGreaterThan(2000);
    for (const lang of ['en', 'zh'] as const) {
      const text = noticeText({ key: 'linkRepaired', problems: d.problems }, lang);
      expect(text.length).toBeLessThan(300);
      expect(text).toContain('×2039');
    }
  });

  it('names at most a few kinds of problem and counts the rest', () => {
    const problems = ['p1', 'p2', 'p2', 'p3', 'p4', 'p5', 'p6', 'p6'];
    expect(groupProblems(problems)).toEqual([
      { phrase: 'p1', count: 1 },
      { phrase: 'p2', count: 2 },
      { phrase: 'p3', count: 1 },
      { phrase: 'p4', count: 1 },
      { phrase: 'p5', count: 1 },
      { phrase: 'p6', count: 2 },
    ]);
    const text = noticeText({ key: 'linkRepaired', problems }, 'en');
    expect(text).toContain('p4');
    expect(text).not.toContain('p5');
    expect(text).toMatch(/and 3 more$/);
    expect(MAX_LISTED_PROBLEMS).toBe(4);
  });

  it('a notice follows the language it is shown in', () => {
    const message = { key: 'dataFailed', file: 'airports.geojson', error: 'HTTP 404' } as const;
    expect(noticeText(message, 'en')).toContain('could not be loaded');
    expect(noticeText(message, 'zh')).toContain('无法加载');
  });
});

describe('language fallback', () => {
  it('uses a remembered choice, then the browser language, then the default — whatever the browser says', () => {
    expect(preferredLang('en', 'zh-CN')).toBe('en');
    expect(preferredLang(null, 'zh-TW')).toBe('zh');
    expect(preferredLang(null, 'de-DE')).toBe('en');
    for (const odd of [undefined, null, '', 42, {}, ['zh']]) expect(preferredLang('xx', odd)).toBe('zh');
  });
});

function respond(body: string, headers: Record<string, string> = {}, status = 200): typeof fetch {
  return async () => new Response(body, { status, headers });
}

describe('data files', () => {
  const schema = z.object({ a: z.number() });

  it('refuses a file larger than the limit before parsing it', async () => {
    const big = `{"a":1,"pad":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
    const result = await loadJson('/f.json', schema, respond(big));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
    const declared = await loadJson('/f.json', schema, respond('{"a":1}', { 'content-length': '9000000' }));
    expect(declared).toEqual({ ok: false, error: expect.stringMatching(/too large \(9\.0 MB/) });
  });

  it('names a web page that came back instead of data', async () => {
    const result = await loadJson('/f.json', schema, respond('<!doctype html><p>app</p>'));
    expect(result).toEqual({ ok: false, error: 'a web page came back instead of data' });
    expect(await loadJson('/f.json', schema, respond('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('MapLibre worker check', () => {
  it('accepts JavaScript, refuses a missing file, an HTML page or octet-stream, and says nothing when offline', async () => {
    expect(await workerServedWell('/w.mjs', respond('', { 'content-type': 'text/javascript' }))).toBe(true);
    expect(await workerServedWell('/w.mjs', respond('', { 'content-type': 'text/html' }))).toBe(false);
    expect(
      await workerServedWell('/w.mjs', respond('', { 'content-type': 'application/octet-stream' })),
    ).toBe(false);
    expect(await workerServedWell('/w.mjs', respond('', { 'content-type': 'text/javascript' }, 404))).toBe(
      false,
    );
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await workerServedWell('/w.mjs', offline)).toBe(true);
  });
});
