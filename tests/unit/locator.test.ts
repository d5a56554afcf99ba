/** The locator inset's pictures: built from the pipeline's provinces, self-contained, in each theme and language. */
import { describe, expect, it } from 'vitest';
import { CONTEXT_PROVINCES } from '../../geodata/build/context_provinces.ts';
import { DARK, LIGHT } from '../../src/layers/theme.ts';
import { readGeodataText } from './helpers.ts';

const CASES = [LIGHT, DARK].flatMap((theme) => (['zh', 'en'] as const).map((lang) => ({ theme, lang })));

describe.each(CASES)('the $theme.name $lang locator', ({ theme, lang }) => {
  const svg = readGeodataText(`locator/${theme.name}-${lang}.svg`);

  it('is a self-contained SVG: no link, script or image of its own', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/https?:\/\//g)).toEqual(['http://']);
    expect(svg).not.toMatch(/<script|href=|<image|<foreignObject/i);
  });

  it('draws every context province and the cluster, filled, in the theme’s colours', () => {
    const provinces = svg.match(new RegExp(`stroke="${theme.provinceLine}"`, 'g')) ?? [];
    expect(provinces).toHaveLength(CONTEXT_PROVINCES.length);
    expect(svg).toContain(`fill="${theme.highway}"`);
    expect(svg).toContain(`fill="${theme.background}"`);
  });

  it('names the provinces in its language and carries a graticule', () => {
    for (const p of CONTEXT_PROVINCES) {
      const name = lang === 'zh' ? p.zh.replace(/(省|回族自治区|自治区)$/, '') : p.en;
      expect(svg, p.key).toContain(`>${name}</text>`);
    }
    expect(svg).toContain('>105°E</text>');
    expect(svg).toContain('>35°N</text>');
  });
});
