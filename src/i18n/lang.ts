/** The two interface languages. Chinese is the default a link omits. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Picks the bilingual field of a record: `name` → `name_zh` or `name_en`. */
export function pick<T extends Record<string, unknown>>(record: T, field: string, lang: Lang): string {
  const value = record[`${field}_${lang}`] ?? record[`${field}_zh`];
  return typeof value === 'string' ? value : '';
}
