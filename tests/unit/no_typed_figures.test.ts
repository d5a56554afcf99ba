import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transportCollectionSchema } from '../../src/geo/schema.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { ROOT, readGeodata } from './helpers.ts';

/** Every source file of the interface, where a figure from the report must never be typed in. */
function uiSources(): { file: string; text: string }[] {
  const dirs = ['src/ui', 'src/i18n', 'src/stats', 'src/layers', 'src'];
  return dirs.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ file: `${d}/${f}`, text: readFileSync(join(ROOT, d, f), 'utf8') })),
  );
}

describe('figures come from the data', () => {
  const figures = LAYERS.filter((l) => l.schema === 'transport').flatMap((l) =>
    transportCollectionSchema
      .parse(readGeodata(`layers/${l.id}.geojson`))
      .features.flatMap((f) => f.properties.figures),
  );
  const meta = readGeodata('meta.json') as {
    programmes: { figures: { value: number; printed: string }[] }[];
    page: { figures: { value: number; printed: string }[] }[];
  };
  const all = [
    ...figures,
    ...meta.programmes.flatMap((p) => p.figures),
    ...meta.page.flatMap((i) => i.figures),
  ];

  it('no report figure is typed into the interface code', () => {
    // Small counts (3, 15…) also occur as ordinary numbers in code; figures of three or more digits do not.
    const distinctive = all.filter((f) => String(f.value).replace('.', '').length >= 3);
    expect(distinctive.length).toBeGreaterThan(8);
    for (const { file, text } of uiSources()) {
      for (const f of distinctive) {
        const pattern = new RegExp(`(?<![\\w.])${String(f.value).replace('.', '\\.')}(?![\\w.])`);
        expect(pattern.test(text), `${file} contains the figure ${f.value}`).toBe(false);
        expect(text.includes(f.printed), `${file} contains the printed figure ${f.printed}`).toBe(false);
      }
    }
  });
});
