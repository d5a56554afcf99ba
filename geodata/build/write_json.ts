/** Deterministic JSON output: the same data always gives the same bytes, so the committed geodata can be diffed. */
import { writeFileSync } from 'node:fs';

export function stableStringify(value: unknown): string {
  // Text files (the locator SVGs) are written as they are.
  if (typeof value === 'string') return value;
  // Features one per line keeps diffs of regenerated geodata readable without bloating the file.
  if (isFeatureCollection(value)) {
    const lines = value.features.map((f) => JSON.stringify(f));
    const { features: _features, ...head } = value;
    const headText = JSON.stringify(head).slice(0, -1);
    return `${headText}${headText.length > 1 ? ',' : ''}"features":[\n${lines.join(',\n')}\n]}\n`;
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}

function isFeatureCollection(
  value: unknown,
): value is { type: string; features: unknown[] } & Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, stableStringify(value));
}
