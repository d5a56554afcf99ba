import { describe, expect, it } from 'vitest';
import { FeatureIndex } from '../../src/geo/feature_index.ts';
import { transportCollectionSchema } from '../../src/geo/schema.ts';
import {
  ICON_SVG,
  ICON_VARIANTS,
  type IconName,
  iconImageId,
  iconSvg,
  parseIconImageId,
} from '../../src/layers/icons.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { DARK, LIGHT } from '../../src/layers/theme.ts';
import { asOfText, dataAsOf } from '../../src/ui/as_of.ts';
import { readGeodata } from './helpers.ts';

describe('map symbols', () => {
  const icons = Object.keys(ICON_SVG) as IconName[];

  it('fill every colour slot of every icon, in each variant and theme, with no external reference', () => {
    for (const icon of icons)
      for (const variant of ICON_VARIANTS)
        for (const theme of [LIGHT, DARK]) {
          const svg = iconSvg(icon, variant, theme);
          expect(svg).not.toContain('{{');
          expect(svg).toMatch(/^<svg [^>]*width="44" height="44"/);
          expect(svg).not.toMatch(/href|url\(/);
        }
  });

  it('name their images so the map can tell which icon, variant and theme to draw', () => {
    for (const icon of icons)
      for (const variant of ICON_VARIANTS) {
        const parsed = parseIconImageId(iconImageId(icon, variant, 'dark'));
        expect(parsed?.icon).toBe(icon);
        expect(parsed?.variant).toBe(variant);
        expect(parsed?.theme).toBe(DARK);
      }
    expect(parseIconImageId('gz-airport-solid-sepia')).toBeNull();
    expect(parseIconImageId('something-else')).toBeNull();
  });
});

describe('the data’s date', () => {
  it('is the month most of the report’s figures hold for: end-November 2021', () => {
    const index = new FeatureIndex();
    expect(dataAsOf(index)).toBeNull();
    for (const l of LAYERS.filter((x) => x.schema === 'transport'))
      index.addTransport(l.id, transportCollectionSchema.parse(readGeodata(`layers/${l.id}.geojson`)));
    const asOf = dataAsOf(index);
    expect(asOf).toBe('2021-11');
    expect(asOfText(asOf ?? '', 'en')).toBe('Data as of end-Nov 2021');
    expect(asOfText(asOf ?? '', 'zh')).toBe('数据截至2021年11月底');
  });
});
