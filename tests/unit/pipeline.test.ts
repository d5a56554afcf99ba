import { describe, expect, it } from 'vitest';
import { buildGeodata } from '../../geodata/build/pipeline.ts';
import { stableStringify } from '../../geodata/build/write_json.ts';
import { readGeodataText } from './helpers.ts';

describe('geodata pipeline', () => {
  it('re-running it reproduces the committed geodata byte for byte', async () => {
    const files = await buildGeodata();
    expect(files.size).toBeGreaterThan(10);
    for (const [name, value] of files) {
      expect(stableStringify(value), `${name} differs from a fresh build: run npm run geodata`).toBe(
        readGeodataText(name),
      );
    }
  });
});
