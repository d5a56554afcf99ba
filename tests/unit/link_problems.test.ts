import { describe, expect, it } from 'vitest';
import { linkProblem } from '../../src/i18n/link_problems.ts';
import { decodeHash } from '../../src/url/hash_codec.ts';
import { APP_CODEC } from './codec_context.ts';

const ctx = APP_CODEC;

describe('link notices in Chinese', () => {
  it('translates every notice the codec can give', () => {
    const hostile = [
      '#map=abc/1/2',
      '#map=7/999/110',
      '#map=7/35/110/x',
      '#map=7/35/110/0/80',
      '#layers=,',
      '#layers=nope',
      '#sel=x',
      '#layers=counties&sel=airports/linfen_yaodu',
      `#${'a'.repeat(5000)}`,
      '#%E0%A4%A=1',
      '#__proto__=1',
      '#x=%3C',
      '#map=&lang=en&lang=zh',
      '#panel=x&lang=x&base=x&v=2',
    ];
    const problems = hostile.flatMap((h) => decodeHash(h, ctx).problems);
    expect(problems.length).toBeGreaterThan(14);
    for (const p of problems) {
      const zh = linkProblem(p, 'zh');
      expect(zh, p).not.toBe(p);
      // Link keys (map, lang…) stay as written; everything else is Chinese.
      expect(zh.replace(/“[^”]*”/g, '')).not.toMatch(/[a-z]{4,}/);
    }
  });

  it('leaves English alone', () => {
    expect(linkProblem('unknown panel', 'en')).toBe('unknown panel');
  });
});
