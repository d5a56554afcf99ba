/**
 * Text written into a PNG's own metadata (iTXt chunks, UTF-8): title, source, copyright and the link, so an image
 * viewer or a catalogue can tell what the picture is and where it came from even when it is cropped.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One iTXt chunk: keyword, no compression, no language tag, UTF-8 text. */
function itxtChunk(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  const body = [...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)];
  const typeAndData = new Uint8Array([...enc.encode('iTXt'), ...body]);
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set(typeAndData, 4);
  view.setUint32(8 + body.length, crc32(typeAndData));
  return out;
}

/** The PNG with the text chunks inserted just before its IEND chunk (the last 12 bytes). */
export function withPngText(png: Uint8Array, entries: readonly [string, string][]): Uint8Array {
  const chunks = entries.map(([k, v]) => itxtChunk(k, v));
  const extra = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, png.length - 12), 0);
  let at = png.length - 12;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(png.length - 12), at);
  return out;
}

/** Every iTXt entry of a PNG, in order (for tests and for reading an image back). */
export function readPngText(png: Uint8Array): [string, string][] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  const out: [string, string][] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const len = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + len);
      const nul = data.indexOf(0);
      // keyword NUL, compression flag, method, language tag NUL, translated keyword NUL, text.
      let p = nul + 3;
      p = data.indexOf(0, p) + 1;
      p = data.indexOf(0, p) + 1;
      out.push([dec.decode(data.subarray(0, nul)), dec.decode(data.subarray(p))]);
    }
    at += 12 + len;
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
