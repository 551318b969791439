import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Png {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  pixels: Buffer;
}

export function isPng(data: Buffer): boolean {
  return data.subarray(0, 8).equals(SIGNATURE);
}

/** The width and height in the IHDR chunk, which must come first. */
export function pngSize(data: Buffer): { width: number; height: number } {
  if (!isPng(data) || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG with an IHDR chunk');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Decodes 8-bit, non-interlaced RGBA or palette PNGs (enough for comparing cards) to RGBA. */
export function decodePng(data: Buffer): Png {
  const { width, height } = pngSize(data);
  const [depth, colour, , , interlace] = data.subarray(24, 29);
  if (depth !== 8 || (colour !== 6 && colour !== 3) || interlace !== 0)
    throw new Error(`unsupported PNG (depth ${depth}, colour ${colour})`);
  const idat: Buffer[] = [];
  let palette: Buffer | undefined;
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
    if (type === 'PLTE') palette = data.subarray(at + 8, at + 8 + length);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bytes = colour === 6 ? 4 : 1;
  const stride = width * bytes;
  const samples = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bytes ? samples[y * stride + x - bytes]! : 0;
      const b = y > 0 ? samples[(y - 1) * stride + x]! : 0;
      const c = x >= bytes && y > 0 ? samples[(y - 1) * stride + x - bytes]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      samples[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (colour === 6) return { width, height, pixels: samples };
  if (!palette) throw new Error('palette PNG without a PLTE chunk');
  const pixels = Buffer.alloc(width * height * 4);
  samples.forEach((index, i) => {
    if (3 * index + 2 >= palette.length) throw new Error(`pixel ${i} uses palette entry ${index}, beyond the palette`);
    palette.copy(pixels, 4 * i, 3 * index, 3 * index + 3);
    pixels[4 * i + 3] = 255;
  });
  return { width, height, pixels };
}

/** The share of pixels inside `region` whose colour differs between two images of one size. */
export function differingShare(
  one: Png,
  other: Png,
  region = { x: 0, y: 0, width: one.width, height: one.height },
): number {
  let differing = 0;
  for (let y = region.y; y < region.y + region.height; y++)
    for (let x = region.x; x < region.x + region.width; x++) {
      const at = (y * one.width + x) * 4;
      const delta = [0, 1, 2].reduce((sum, i) => sum + Math.abs(one.pixels[at + i]! - other.pixels[at + i]!), 0);
      if (delta > 48) differing++;
    }
  return differing / (region.width * region.height);
}
