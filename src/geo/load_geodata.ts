/** Fetches one geodata file and checks it against its schema; never throws, always says what went wrong. */
import type { z } from 'zod/mini';

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The largest file the panels will read, in bytes as declared by the server and in characters once read (the
 * biggest today is about 64 KB). Parsing and validating a file many times larger would block the page for
 * seconds; such a file is refused with a message instead.
 */
export const MAX_FILE_BYTES = 2_000_000;

function tooLarge(bytes: number): string {
  return `file too large (${(bytes / 1e6).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1e6} MB)`;
}

export async function loadJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<T>> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { ok: false, error: `HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_FILE_BYTES) return { ok: false, error: tooLarge(declared) };
    text = await response.text();
    if (text.length > MAX_FILE_BYTES) return { ok: false, error: tooLarge(text.length) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : 'network error' };
  }
  return parseJson(text, schema);
}

/** Parses and validates text; the error names the first problem and where it is. */
export function parseJson<T>(text: string, schema: z.ZodMiniType<T>): LoadResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A server's fallback page (e.g. index.html for an unknown path) is the usual way a data file goes wrong.
    const page = /^\s*</.test(text);
    return { ok: false, error: page ? 'a web page came back instead of data' : 'not valid JSON' };
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
