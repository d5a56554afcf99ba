/**
 * The one lookup every string table uses (strings.ts at start; the tour's, the figures tab's and the take-away's
 * tables load with their chunks): the words in the reader's language, with `{name}` placeholders filled from
 * `params`. A placeholder without a value stays as it is.
 */
import type { Lang } from './lang.ts';

export type WordTable = Record<string, Record<Lang, string>>;
export type Params = Record<string, string | number>;

export function fillIn(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** The lookup of one table, typed by its keys. */
export function wordsOf<T extends WordTable>(
  table: T,
): (key: keyof T, lang: Lang, params?: Params) => string {
  return (key, lang, params) => {
    const text = (table[key] as Record<Lang, string>)[lang];
    return params ? fillIn(text, params) : text;
  };
}
