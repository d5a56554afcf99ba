import { crc32, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/export/compose.ts';
import { pngSize, readPngText, withPngText } from '../../src/export/png_text.ts';
import { imageFileName } from '../../src/export/save_image.ts';
import { metresPerPixel, scaleBar } from '../../src/export/scale_bar.ts';
import { FeatureIndex } from '../../src/geo/feature_index.ts';
import { countyCollectionSchema, metaSchema, transportCollectionSchema } from '../../src/geo/schema.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { selectionFigures } from '../../src/stats/selection_figures.ts';
import { readGeodata, tileLayerFile } from './helpers.ts';

/** A valid 1×1 grey PNG, built here with zlib so its checksums are zlib's own. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    typeAndData.copy(out, 4);
    out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Uint8Array.from(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
const PNG_1PX = tinyPng();

function chunks(png: Uint8Array): { type: string; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const len = view.getUint32(at);
    const typeAndData = png.subarray(at + 4, at + 8 + len);
    out.push({
      type: Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1'),
      crcOk: view.getUint32(at + 8 + len) === crc32(typeAndData),
    });
    at += 12 + len;
  }
  return out;
}

describe('PNG text chunks', () => {
  it('inserts iTXt chunks before IEND with CRCs that zlib agrees with, and reads them back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z]{1,20}$/), fc.string()), { maxLength: 4 }),
        (entries) => {
          const png = withPngText(PNG_1PX, entries);
          const list = chunks(png);
          expect(list.every((c) => c.crcOk)).toBe(true);
          expect(list.map((c) => c.type)).toEqual(['IHDR', 'IDAT', ...entries.map(() => 'iTXt'), 'IEND']);
          expect(readPngText(png)).toEqual(entries);
          expect(pngSize(png)).toEqual({ width: 1, height: 1 });
        },
      ),
    );
  });

  it('keeps Chinese text intact (UTF-8)', () => {
    const png = withPngText(PNG_1PX, [['Title', '关中平原城市群交通地图·2021']]);
    expect(readPngText(png)).toEqual([['Title', '关中平原城市群交通地图·2021']]);
  });
});

describe('scale bar', () => {
  it('is a round distance no longer than the room, and at least 40 % of it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        fc.integer({ min: 40, max: 400 }),
        (mpp, room) => {
          const bar = scaleBar(mpp, room);
          expect(bar.px).toBeLessThanOrEqual(room + 1e-9);
          expect(bar.px).toBeGreaterThanOrEqual(room * 0.4);
          const lead = bar.metres / 10 ** Math.floor(Math.log10(bar.metres) + 1e-12);
          expect([1, 2, 5].some((d) => Math.abs(lead - d) < 1e-9)).toBe(true);
        },
      ),
    );
  });

  it('matches web Mercator: about 153 m per pixel at zoom 8 on the equator for 512-px tiles', () => {
    expect(metresPerPixel(0, 8)).toBeCloseTo(305.75, 1);
    expect(metresPerPixel(60, 8)).toBeCloseTo(152.87, 1);
  });
});

describe('image file name', () => {
  it('names the selection, with nothing a file system could object to', () => {
    expect(imageFileName({ selection: null })).toBe('guanzhong-map-view.png');
    expect(imageFileName({ selection: { layer: 'counties', id: '140802' } })).toBe(
      'guanzhong-map-counties-140802.png',
    );
    expect(imageFileName({ selection: { layer: 'a/b', id: '../x' } })).toMatch(
      /^guanzhong-map-[A-Za-z0-9_-]+\.png$/,
    );
  });
});

describe('text wrapping on the image', () => {
  // A fake measure: every character is 10 px wide.
  const ctx = {
    measureText: (s: string) => ({ width: s.length * 10 }),
  } as unknown as CanvasRenderingContext2D;

  it('breaks at spaces, and between characters where there are none (Chinese, links)', () => {
    expect(wrap(ctx, 'one two three four', 90)).toEqual(['one two', 'three', 'four']);
    expect(wrap(ctx, '关中平原城市群交通地图', 50)).toEqual(['关中平原城', '市群交通地', '图']);
    const link = 'http://127.0.0.1:4177/#map=9/35.1/110.7&sel=airports/yuncheng_zhangxiao';
    const lines = wrap(ctx, link, 200);
    expect(lines.join('')).toBe(link);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });
});

describe('fact sheet figures', () => {
  const index = new FeatureIndex();
  index.meta = metaSchema.parse(readGeodata('meta.json'));
  index.addCounties('counties', countyCollectionSchema.parse(readGeodata('panels/counties.geojson')));
  for (const l of LAYERS.filter((x) => x.schema === 'transport'))
    index.addTransport(l.id, transportCollectionSchema.parse(readGeodata(tileLayerFile(l.tileLayer))));
  const visible = LAYERS.map((l) => l.id);

  it('lists each of a feature’s stated and derived figures once, with its paragraph or its formula', () => {
    const found = index.get('airports', 'yuncheng_zhangxiao');
    if (found?.kind !== 'transport') throw new Error('airport missing');
    const rows = selectionFigures(index, { layer: 'airports', id: 'yuncheng_zhangxiao' }, visible, 'en');
    expect(rows.filter((r) => r.kind === 'stated')).toHaveLength(found.value.props.figures.length);
    expect(rows.filter((r) => r.kind === 'derived')).toHaveLength(found.value.props.derived.length);
    for (const r of rows.filter((x) => x.kind === 'stated')) expect(r.source).toMatch(/para\. \d+/);
    for (const r of rows.filter((x) => x.kind === 'derived')) expect(r.source.length).toBeGreaterThan(10);
  });

  it('gives a county the report’s items on it (Hejin), and the view every reported feature’s figures', () => {
    const hejin = selectionFigures(index, { layer: 'counties', id: '140882' }, visible, 'zh');
    const items = index.meta?.page.filter((i) => i.county === '140882') ?? [];
    expect(hejin).toHaveLength(items.reduce((n, i) => n + i.figures.length + i.derived.length, 0));
    expect(hejin.every((r) => r.kind === 'derived' || r.source.includes('段'))).toBe(true);
    const view = selectionFigures(index, null, visible, 'en');
    const reported = index.allTransport().filter((t) => t.value.props.in_report);
    const programmes = index.meta?.programmes ?? [];
    expect(view).toHaveLength(
      [...reported.map((t) => t.value.props), ...programmes].reduce(
        (n, p) => n + p.figures.length + p.derived.length,
        0,
      ),
    );
    // A hidden layer's figures are not in the view's sheet.
    const noAirports = selectionFigures(
      index,
      null,
      visible.filter((v) => v !== 'airports'),
      'en',
    );
    expect(noAirports.length).toBeLessThan(view.length);
  });

  it('on a tour step without a selection, lists the figures of the features the step marks', () => {
    const marked = [
      { layer: 'airports', id: 'yuncheng_zhangxiao' },
      { layer: 'airports', id: 'linfen_yaodu' },
    ];
    const step = selectionFigures(index, null, visible, 'en', marked);
    const one = (id: string) => selectionFigures(index, { layer: 'airports', id }, visible, 'en');
    expect(step).toEqual([...one('yuncheng_zhangxiao'), ...one('linfen_yaodu')]);
    expect(step.length).toBeGreaterThan(0);
    // A selection wins over the step's marks.
    expect(selectionFigures(index, { layer: 'airports', id: 'linfen_yaodu' }, visible, 'en', marked)).toEqual(
      one('linfen_yaodu'),
    );
  });
});
