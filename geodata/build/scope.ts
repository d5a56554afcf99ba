/**
 * The plan's scope as data: which county-level units of which prefectures the 2018 plan covers.
 * Pure functions only, so the unit tests can check the selection without running the whole pipeline.
 */
import scopeJson from '../input/scope.json' with { type: 'json' };

export type ProvinceKey = 'shanxi' | 'shaanxi' | 'gansu';
export type ScopeRule = 'whole' | 'only' | 'except';

export interface ScopePrefecture {
  code: string;
  file: string;
  zh: string;
  en: string;
  province: ProvinceKey;
  rule: ScopeRule;
  units: string[];
  planWordingZh: string;
  planWordingEn: string;
  seatWgs84: [number, number];
}

export interface ScopeTable {
  plan: {
    titleZh: string;
    titleEn: string;
    documents: string[];
    statedAreaKm2: number;
    statedAreaWording: string;
    statedAreaSource: string;
    period: [number, number];
  };
  provinces: { key: ProvinceKey; zh: string; en: string }[];
  prefectures: ScopePrefecture[];
  unitNotes: Record<string, { en: string; zh: string }>;
  /** Units renamed since the boundary package; `nowCode` where later data gives the new code. */
  renames: Record<string, { nowZh: string; nowEn: string; year: number; nowCode?: string }>;
  /** Units the report prints under a garbled name. */
  reportAliases: Record<
    string,
    { reportNameZh: string; reasonZh: string; reasonEn: string; cite: { section: string; paragraph: number } }
  >;
  codeOverrides: Record<string, string>;
}

export const SCOPE = scopeJson as unknown as ScopeTable;

/** Whether a unit of the given prefecture lies inside the plan, following the plan's own wording. */
export function isInScope(prefecture: Pick<ScopePrefecture, 'rule' | 'units'>, unitZh: string): boolean {
  switch (prefecture.rule) {
    case 'whole':
      return true;
    case 'only':
      return prefecture.units.includes(unitZh);
    case 'except':
      return !prefecture.units.includes(unitZh);
  }
}

/** English form of a county-level unit's name, built from its pinyin base and the kind its Chinese suffix gives. */
export function englishUnitName(zh: string, pinyinBase: string): string {
  if (zh.endsWith('自治县')) return `${pinyinBase} Autonomous County`;
  if (zh.endsWith('区')) return `${pinyinBase} District`;
  if (zh.endsWith('县')) return `${pinyinBase} County`;
  if (zh.endsWith('市')) return `${pinyinBase} City`;
  return pinyinBase;
}
