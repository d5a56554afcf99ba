/** The two interface languages. Chinese is the default a link omits. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** The fields a record holds in both languages: `name` when it has `name_zh` and `name_en`. */
export type BilingualField<T> = {
  [K in keyof T & string]: K extends `${infer F}_zh` ? (`${F}_en` extends keyof T ? F : never) : never;
}[keyof T & string];

/** Picks the bilingual field of a record: `name` → `name_zh` or `name_en` (the Chinese when the English is absent). */
export function pick<T extends object, F extends BilingualField<T>>(record: T, field: F, lang: Lang): string {
  const values = record as Record<string, unknown>;
  const value = values[`${field}_${lang}`] ?? values[`${field}_zh`];
  return typeof value === 'string' ? value : '';
}

/** The language's own value of an optional bilingual field, without falling back to the other language. */
export function pickOwn<T extends object, F extends BilingualField<T>>(
  record: T,
  field: F,
  lang: Lang,
): string | undefined {
  const value = (record as Record<string, unknown>)[`${field}_${lang}`];
  return typeof value === 'string' ? value : undefined;
}

/** The interface language that is not `lang` (a name's second line shows the other one). */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
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
