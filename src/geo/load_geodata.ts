/** Fetches one geodata file and checks it against its schema; never throws, always says what went wrong. */
import type { z } from 'zod';

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: string };

export async function loadJson<T>(
  url: string,
  schema: z.ZodType<T>,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<T>> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { ok: false, error: `HTTP ${response.status}` };
    text = await response.text();
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : 'network error' };
  }
  return parseJson(text, schema);
}

/** Parses and validates text; the error names the first problem and where it is. */
export function parseJson<T>(text: string, schema: z.ZodType<T>): LoadResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const where = first ? first.path.join('.') : '';
  return {
    ok: false,
    error: `unexpected content${where ? ` at ${where}` : ''}: ${first?.message ?? 'invalid'}`,
  };
}
