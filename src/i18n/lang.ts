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

/**
 * The language to open in when the link names none: the reader's remembered choice, else the browser's language.
 * Total over hostile input (storage values, a missing or odd `navigator.language`).
 */
export function preferredLang(stored: unknown, browserLanguage: unknown): Lang {
  if (isLang(stored)) return stored;
  if (typeof browserLanguage !== 'string' || browserLanguage === '') return DEFAULT_LANG;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
