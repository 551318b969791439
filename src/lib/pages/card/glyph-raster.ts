import type { Font, PathCommand } from 'opentype.js/dist/opentype.mjs';

/** Coverage is kept in this many steps (0 = none): enough for smooth edges, and few enough for a palette. */
export const COVERAGE_LEVELS = 64;

/** A glyph drawn once: its coverage, and where its top-left pixel sits relative to the pen on the baseline. */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage levels, 0 to COVERAGE_LEVELS − 1, row after row. */
  levels: Uint8Array;
  /** Per row, the first inked column and the one after the last (equal when the row is empty). */
  spans: Uint16Array;
}

type Point = [number, number];

/**
 * Draws one glyph's outline into a coverage mask by exact area coverage (the signed-area
 * accumulation of font-rs): each edge adds the area it covers left of it to a buffer and
 * a running sum along each row gives every pixel's share of ink. Outlines are flattened
 * to line segments a tenth of a pixel from the curve. `dx` is the pen's fraction of a
 * pixel, so glyphs can sit between pixels as their advances put them.
 */
export function rasterizeGlyph(font: Font, glyph: number, size: number, dx: number): GlyphMask {
  const segments = flatten(font.glyphs.get(glyph).getPath(dx, 0, size).commands);
  if (segments.length === 0)
    return { left: 0, top: 0, width: 0, height: 0, levels: new Uint8Array(0), spans: new Uint16Array(0) };
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [[x0, y0]] of segments) {
    [minX, minY, maxX, maxY] = [Math.min(minX, x0), Math.min(minY, y0), Math.max(maxX, x0), Math.max(maxY, y0)];
  }
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.ceil(maxX) - left + 2; // the accumulator writes up to two pixels right of an edge
  const height = Math.ceil(maxY) - top;
  const area = new Float32Array(width * height + 2);
  for (const [[x0, y0], [x1, y1]] of segments) addEdge(area, width, height, x0 - left, y0 - top, x1 - left, y1 - top);
  const levels = new Uint8Array(width * height);
  const spans = new Uint16Array(2 * height);
  for (let y = 0; y < height; y++) {
    let sum = 0;
    let [first, end] = [width, 0];
    for (let x = 0; x < width; x++) {
      sum += area[y * width + x]!;
      const level = Math.round(Math.min(1, Math.abs(sum)) * (COVERAGE_LEVELS - 1));
      levels[y * width + x] = level;
      if (level > 0) [first, end] = [Math.min(first, x), x + 1];
    }
    spans.set(end > 0 ? [first, end] : [0, 0], 2 * y);
  }
  return { left, top, width, height, levels, spans };
}

/** Adds the signed area an edge covers to each pixel of the rows it crosses (font-rs `draw_line`). */
function addEdge(a: Float32Array, w: number, h: number, px0: number, py0: number, px1: number, py1: number) {
  if (py0 === py1) return;
  const [dir, x0, y0, x1, y1] = py0 < py1 ? [1, px0, py0, px1, py1] : [-1, px1, py1, px0, py0];
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = x0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++) {
    const row = y * w;
    const dy = Math.min(y + 1, y1) - Math.max(y, y0);
    const next = x + dxdy * dy;
    const d = dy * dir;
    const [from, to] = x < next ? [x, next] : [next, x];
    const fromFloor = Math.floor(from);
    const toCeil = Math.ceil(to);
    if (toCeil <= fromFloor + 1) {
      // The edge stays within one pixel of this row: split its area at its mean x.
      const mean = 0.5 * (x + next) - fromFloor;
      a[row + fromFloor]! += d - d * mean;
      a[row + fromFloor + 1]! += d * mean;
    } else {
      const s = 1 / (to - from);
      const fromFrac = from - fromFloor;
      const a0 = 0.5 * s * (1 - fromFrac) * (1 - fromFrac);
      const toFrac = to - toCeil + 1;
      const am = 0.5 * s * toFrac * toFrac;
      a[row + fromFloor]! += d * a0;
      if (toCeil === fromFloor + 2) {
        a[row + fromFloor + 1]! += d * (1 - a0 - am);
      } else {
        const a1 = s * (1.5 - fromFrac);
        a[row + fromFloor + 1]! += d * (a1 - a0);
        for (let xi = fromFloor + 2; xi < toCeil - 1; xi++) a[row + xi]! += d * s;
        const a2 = a1 + (toCeil - fromFloor - 3) * s;
        a[row + toCeil - 1]! += d * (1 - a2 - am);
      }
      a[row + toCeil]! += d * am;
    }
    x = next;
  }
}

const TOLERANCE = 0.1;

/** The outline as straight segments; curves are split finely enough to stay within TOLERANCE pixels. */
function flatten(commands: PathCommand[]): [Point, Point][] {
  const segments: [Point, Point][] = [];
  let start: Point = [0, 0];
  let at = start;
  const open = () => at[0] !== start[0] || at[1] !== start[1];
  const lineTo = (to: Point) => {
    segments.push([at, to]);
    at = to;
  };
  const curve = (point: (t: number) => Point, bend: number) => {
    const steps = Math.max(1, Math.ceil(Math.sqrt(bend / TOLERANCE)));
    for (let i = 1; i <= steps; i++) lineTo(point(i / steps));
  };
  for (const c of commands) {
    if (c.type === 'M') {
      if (open()) lineTo(start);
      start = at = [c.x, c.y];
    } else if (c.type === 'L') {
      lineTo([c.x, c.y]);
    } else if (c.type === 'Q') {
      const [x0, y0] = at;
      const bend = Math.hypot(x0 - 2 * c.x1 + c.x, y0 - 2 * c.y1 + c.y) / 4;
      curve((t) => {
        const u = 1 - t;
        return [u * u * x0 + 2 * u * t * c.x1 + t * t * c.x, u * u * y0 + 2 * u * t * c.y1 + t * t * c.y];
      }, bend);
    } else if (c.type === 'C') {
      const [x0, y0] = at;
      const bend =
        Math.max(
          Math.hypot(x0 - 2 * c.x1 + c.x2, y0 - 2 * c.y1 + c.y2),
          Math.hypot(c.x1 - 2 * c.x2 + c.x, c.y1 - 2 * c.y2 + c.y),
        ) * 0.75;
      curve((t) => {
        const u = 1 - t;
        const [a, b, d, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        return [a * x0 + b * c.x1 + d * c.x2 + e * c.x, a * y0 + b * c.y1 + d * c.y2 + e * c.y];
      }, bend);
    } else if (c.type === 'Z') {
      if (open()) lineTo(start);
      at = start;
    }
  }
  if (open()) lineTo(start);
  return segments;
}
