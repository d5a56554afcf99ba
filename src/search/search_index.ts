/**
 * What the search box finds: features, counties (today's and former names), prefectures and figures, by Chinese or
 * English name. English names of places are their pinyin, so toneless pinyin finds them too ("xiangfen", "xian").
 * Pure: built from the loaded index, ranked by how well the name matches, then what lies in the plan area.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import type { Lang } from '../i18n/lang.ts';
import { FIGURE_LABELS, t } from '../i18n/strings.ts';
import { layerById } from '../layers/registry.ts';
import { type BBox, geometryBounds } from '../map/geometry_bounds.ts';
import type { FeatureRef } from '../state/types.ts';

export type SearchTarget = { kind: 'feature'; ref: FeatureRef } | { kind: 'area'; bounds: BBox };

export interface SearchEntry {
  id: string;
  name: Record<Lang, string>;
  detail: Record<Lang, string>;
  /** Everything it can be found by, normalised. */
  terms: string[];
  inScope: boolean;
  /** Features first, then counties, prefectures and figures. */
  kind: 0 | 1 | 2 | 3;
  target: SearchTarget;
}

/** Lower case, without spaces, apostrophes or dashes, so "Xi'an", "xian" and "XI AN" are one. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s'’\-–·]/g, '');
}

function countyEntries(index: FeatureIndex): SearchEntry[] {
  return index.allCounties().map((c) => {
    const p = c.props;
    // The name before a rename (彬县 → 彬州市) finds the county too.
    const former = [p.former_zh, p.former_en].filter((x): x is string => typeof x === 'string');
    return {
      id: `counties/${p.id}`,
      name: { zh: p.name_zh, en: p.name_en },
      detail: { zh: `${p.prefecture_zh} · ${p.province_zh}`, en: `${p.prefecture_en} · ${p.province_en}` },
      terms: [p.name_zh, p.name_en, ...former, p.code].map(normalise),
      inScope: p.in_scope,
      kind: 1,
      target: { kind: 'feature', ref: { layer: 'counties', id: p.id } },
    };
  });
}

function prefectureEntries(index: FeatureIndex): SearchEntry[] {
  const groups = new Map<
    string,
    { zh: string; en: string; province: Record<Lang, string>; bounds: BBox; inScope: boolean }
  >();
  for (const c of index.allCounties()) {
    const p = c.props;
    const b = geometryBounds(c.geometry);
    if (!b) continue;
    const g = groups.get(p.prefecture_zh);
    const inScope = p.in_scope;
    if (!g) {
      groups.set(p.prefecture_zh, {
        zh: p.prefecture_zh,
        en: p.prefecture_en,
        province: { zh: p.province_zh, en: p.province_en },
        bounds: [...b],
        inScope,
      });
      continue;
    }
    g.bounds = [
      Math.min(g.bounds[0], b[0]),
      Math.min(g.bounds[1], b[1]),
      Math.max(g.bounds[2], b[2]),
      Math.max(g.bounds[3], b[3]),
    ];
    g.inScope ||= inScope;
  }
  return [...groups.values()].map((g) => ({
    id: `prefecture/${g.zh}`,
    name: { zh: g.zh, en: g.en },
    detail: {
      zh: `${t('prefecture', 'zh')} · ${g.province.zh}`,
      en: `${t('prefecture', 'en')} · ${g.province.en}`,
    },
    terms: [g.zh, g.en].map(normalise),
    inScope: g.inScope,
    kind: 2,
    target: { kind: 'area', bounds: g.bounds },
  }));
}

function transportEntries(index: FeatureIndex): SearchEntry[] {
  return index.allTransport().flatMap(({ layer, value }) => {
    const p = value.props;
    const ref = { layer, id: p.id };
    const label = layerById(layer)?.label ?? { zh: layer, en: layer };
    const feature: SearchEntry = {
      id: `${layer}/${p.id}`,
      name: { zh: p.name_zh, en: p.name_en },
      detail: label,
      terms: [p.name_zh, p.name_en, p.report_name_zh ?? ''].filter(Boolean).map(normalise),
      inScope: p.in_scope !== 'outside',
      kind: 0,
      target: { kind: 'feature', ref },
    };
    const figures: SearchEntry[] = p.figures.map((f, i) => {
      const what = (Object.hasOwn(FIGURE_LABELS, f.key) ? FIGURE_LABELS[f.key] : undefined) ?? {
        zh: f.key,
        en: f.key,
      };
      return {
        id: `${layer}/${p.id}/figure/${i}`,
        name: { zh: `${what.zh}:${f.printed}`, en: `${what.en}: ${f.printed}` },
        detail: { zh: p.name_zh, en: p.name_en },
        terms: [what.zh, what.en, f.printed, String(f.value)].map(normalise),
        inScope: p.in_scope !== 'outside',
        kind: 3,
        target: { kind: 'feature', ref },
      };
    });
    return [feature, ...figures];
  });
}

export function buildSearchEntries(index: FeatureIndex): SearchEntry[] {
  return [...transportEntries(index), ...countyEntries(index), ...prefectureEntries(index)];
}

/** 0: a name is the query; 1: starts with it; 2: contains it; 3: another term does; null: no match. */
function matchScore(entry: SearchEntry, q: string): number | null {
  const names = [normalise(entry.name.zh), normalise(entry.name.en)];
  if (names.some((n) => n === q || n.replace(/(county|district|city|市|县|区)$/, '') === q)) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  if (names.some((n) => n.includes(q))) return 2;
  if (entry.terms.some((term) => term.includes(q))) return 3;
  return null;
}

export function search(entries: readonly SearchEntry[], query: string, lang: Lang, limit = 8): SearchEntry[] {
  const q = normalise(query);
  if (q === '') return [];
  return entries
    .flatMap((entry) => {
      const score = matchScore(entry, q);
      return score === null ? [] : [{ entry, score }];
    })
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(b.entry.inScope) - Number(a.entry.inScope) ||
        a.entry.kind - b.entry.kind ||
        a.entry.name[lang].localeCompare(b.entry.name[lang], lang === 'zh' ? 'zh-CN' : 'en'),
    )
    .slice(0, limit)
    .map((x) => x.entry);
}
