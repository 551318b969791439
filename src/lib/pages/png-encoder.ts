import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// Cards are flat colour with text, long runs of one index: run-length matching packs a card in
// 0.75 ms, 5 % larger than level 3's general matching (1.1 ms) and 25 % larger than level 6 (2.9 ms).
// One output buffer holds a whole card: zlib hands back to JavaScript once, not every 16 KB.
const OPTIONS = { strategy: constants.Z_RLE, chunkSize: 128 * 1024 };

/** An image of palette indices, one byte a pixel, each row led by its PNG filter byte. */
export interface IndexedImage {
  width: number;
  height: number;
  /** (width + 1) × height bytes: row after row, each a filter byte (0, none) and `width` palette indices. */
  rows: Uint8Array;
  /** RGB triples, at most 256. */
  palette: Uint8Array;
}

/**
 * Writes an indexed-colour (palette) PNG. It compresses on the calling thread: cards are
 * drawn in worker threads of low priority (src/integrations/social-cards.ts), and zlib's
 * thread pool would not be. The output is the same for the same pixels (a rebuild writes
 * the same bytes as a clean build).
 */
export function encodeIndexedPng(image: IndexedImage): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits a pixel, palette, deflate, no filter method, not interlaced
  const parts = [
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', image.palette),
    chunk('IDAT', deflateSync(image.rows, OPTIONS)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
