import { describe, expect, it } from 'vitest';
import { englishUnitName, isInScope, SCOPE } from '../../geodata/build/scope.ts';
import { countyCollectionSchema, metaSchema, plainCollectionSchema } from '../../src/geo/schema.ts';
import { readGeodata } from './helpers.ts';

const counties = countyCollectionSchema
  .parse(readGeodata('counties.geojson'))
  .features.map((f) => f.properties);
const inScope = counties.filter((c) => c.in_scope);
const names = (list: typeof counties) => list.map((c) => `${c.prefecture_zh}${c.name_zh}`);

describe('plan scope selection', () => {
  it('has exactly the 90 county-level units of the 2018 plan', () => {
    expect(inScope).toHaveLength(90);
    const perPrefecture = Object.fromEntries(
      SCOPE.prefectures.map((p) => [p.zh, inScope.filter((c) => c.prefecture_code === p.code).length]),
    );
    expect(perPrefecture).toEqual({
      运城市: 11,
      临汾市: 8,
      西安市: 13,
      宝鸡市: 12,
      咸阳市: 14,
      铜川市: 4,
      渭南市: 11,
      商洛市: 4,
      天水市: 7,
      平凉市: 5,
      庆阳市: 1,
    });
  });

  it('leaves out every unit the plan excludes', () => {
    const excluded = [
      '运城市平陆县',
      '运城市垣曲县',
      ...['古县', '安泽县', '乡宁县', '吉县', '大宁县', '隰县', '永和县', '蒲县', '汾西县'].map(
        (n) => `临汾市${n}`,
      ),
      ...['商南县', '山阳县', '镇安县'].map((n) => `商洛市${n}`),
      ...['庄浪县', '静宁县'].map((n) => `平凉市${n}`),
      ...['庆城县', '华池县', '环县', '合水县', '正宁县', '宁县', '镇原县'].map((n) => `庆阳市${n}`),
    ];
    const outside = names(counties.filter((c) => !c.in_scope));
    expect(outside.sort()).toEqual(excluded.sort());
    for (const name of excluded) expect(names(inScope)).not.toContain(name);
  });

  it('reads 庆阳市区 as 西峰区 and counts 杨陵区 once, under Xianyang', () => {
    expect(names(inScope)).toContain('庆阳市西峰区');
    expect(inScope.filter((c) => c.name_zh === '杨陵区').map((c) => c.prefecture_zh)).toEqual(['咸阳市']);
  });

  it('adds up to within 1% of the plan’s stated 10.71万 km²', () => {
    const total = inScope.reduce((s, c) => s + c.area_km2, 0);
    expect(Math.abs(total - SCOPE.plan.statedAreaKm2) / SCOPE.plan.statedAreaKm2).toBeLessThan(0.01);
    const meta = metaSchema.parse(readGeodata('meta.json'));
    expect(meta.scope.computed_area_km2).toBe(total);
  });

  it('names units renamed after 2018 by today’s name, keeping the former one as an alias', () => {
    const byName = new Map(counties.map((c) => [c.name_zh, c]));
    for (const [former, now, nowEn] of [
      ['彬县', '彬州市', 'Binzhou City'],
      ['华亭县', '华亭市', 'Huating City'],
      ['凤翔县', '凤翔区', 'Fengxiang District'],
    ] as const) {
      expect(byName.has(former), `${former} is still a label`).toBe(false);
      expect(byName.get(now)?.former_zh).toBe(former);
      expect(byName.get(now)?.name_en).toBe(nowEn);
    }
    // The map's seat labels read the same names.
    const seats = plainCollectionSchema.parse(readGeodata('seats.geojson')).features.map((f) => f.properties);
    const seatNames = new Set(seats.map((p) => p?.name_zh));
    expect(seatNames.has('彬州市') && seatNames.has('华亭市') && seatNames.has('凤翔区')).toBe(true);
    expect(seatNames.has('彬县') || seatNames.has('华亭县') || seatNames.has('凤翔县')).toBe(false);
    expect(byName.get('鄠邑区')?.code).toBe('610118');
    // Links keep the package's code; the file records the new one where later data gives it.
    expect(byName.get('彬州市')?.code).toBe('610427');
    const raw = readGeodata('counties.geojson') as { features: { properties: Record<string, unknown> }[] };
    const binzhou = raw.features.find((f) => f.properties.name_zh === '彬州市')?.properties;
    expect(binzhou?.code_now).toBe('610482');
  });

  it('applies the plan’s three kinds of rule', () => {
    expect(isInScope({ rule: 'whole', units: [] }, '任意')).toBe(true);
    expect(isInScope({ rule: 'only', units: ['甲'] }, '甲')).toBe(true);
    expect(isInScope({ rule: 'only', units: ['甲'] }, '乙')).toBe(false);
    expect(isInScope({ rule: 'except', units: ['甲'] }, '甲')).toBe(false);
    expect(isInScope({ rule: 'except', units: ['甲'] }, '乙')).toBe(true);
  });

  it('names units in English by their kind', () => {
    expect(englishUnitName('张家川回族自治县', 'Zhangjiachuan Hui')).toBe(
      'Zhangjiachuan Hui Autonomous County',
    );
    expect(englishUnitName('盐湖区', 'Yanhu')).toBe('Yanhu District');
    expect(englishUnitName('河津市', 'Hejin')).toBe('Hejin City');
    expect(englishUnitName('夏县', 'Xia')).toBe('Xia County');
  });
});
