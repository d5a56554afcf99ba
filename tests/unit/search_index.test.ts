import { describe, expect, it } from 'vitest';
import { FeatureIndex } from '../../src/geo/feature_index.ts';
import { countyCollectionSchema, transportCollectionSchema } from '../../src/geo/schema.ts';
import { buildSearchEntries, normalise, search } from '../../src/search/search_index.ts';
import { readGeodata } from './helpers.ts';

function loadedIndex(): FeatureIndex {
  const index = new FeatureIndex();
  index.addCounties('counties', countyCollectionSchema.parse(readGeodata('panels/counties.geojson')));
  for (const layer of ['airports', 'bridges', 'highways', 'ports', 'rail', 'tourist_roads', 'water'])
    index.addTransport(layer, transportCollectionSchema.parse(readGeodata(`layers/${layer}.geojson`)));
  return index;
}

const entries = buildSearchEntries(loadedIndex());
const names = (q: string, lang: 'zh' | 'en' = 'en') => search(entries, q, lang).map((e) => e.name[lang]);

describe('search', () => {
  it('ignores case, spaces, apostrophes and dashes', () => {
    expect(normalise("Xi'an – Baoji")).toBe('xianbaoji');
  });

  it('finds places by toneless pinyin, an exact name first', () => {
    expect(names('xian')[0]).toBe("Xi'an");
    expect(names('xiangfen')[0]).toBe('Xiangfen County');
  });

  it('puts what lies in the plan area before what does not', () => {
    const found = names('xiang');
    expect(found.indexOf('Xiangfen County')).toBeLessThan(found.indexOf('Xiangning County'));
  });

  it('finds a renamed county by its former and its present name', () => {
    const former = search(entries, '彬县', 'zh');
    const present = search(entries, '彬州', 'zh');
    expect(former[0]?.target).toEqual({
      kind: 'feature',
      ref: { layer: 'counties', id: expect.any(String) },
    });
    expect(present[0]?.target).toEqual(former[0]?.target);
  });

  it('finds features by Chinese name and a figure by its printed value', () => {
    expect(search(entries, '运城张孝', 'zh')[0]?.target).toEqual({
      kind: 'feature',
      ref: { layer: 'airports', id: 'yuncheng_zhangxiao' },
    });
    const figure = search(entries, '182.3', 'en')[0];
    expect(figure?.target).toEqual({ kind: 'feature', ref: { layer: 'airports', id: 'yuncheng_zhangxiao' } });
    expect(figure?.name.en).toMatch(/Passengers/);
  });

  it('frames a prefecture as an area around its counties', () => {
    const yuncheng = search(entries, '运城市', 'zh').find((e) => e.target.kind === 'area');
    expect(yuncheng?.target.kind).toBe('area');
    if (yuncheng?.target.kind !== 'area') return;
    const [w, s, e, n] = yuncheng.target.bounds;
    expect(w).toBeLessThan(111);
    expect(e).toBeGreaterThan(111.5);
    expect(s).toBeLessThan(35);
    expect(n).toBeGreaterThan(35.5);
  });

  it('returns nothing for an empty query and at most eight results', () => {
    expect(search(entries, '  ', 'en')).toEqual([]);
    expect(search(entries, 'a', 'en').length).toBeLessThanOrEqual(8);
  });
});
