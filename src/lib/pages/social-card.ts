import { fontStack, type FontStack, type FontWeight } from './card/fonts';
import { COVERAGE_LEVELS, rasterizeGlyph, type GlyphMask } from './card/glyph-raster';
import { layoutText, type TextLine } from './card/text-layout';
import { encodeIndexedPng } from './png-encoder';

/** The size social networks crop link previews to (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows: the explainer's title and summary in its own language, and the site's name. */
export interface CardText {
  title: string;
  summary: string;
  siteName: string;
  /** The BCP-47 tag the text is written in (where a word too long for a line may be split). */
  lang: string;
  /** The accent colour of the light theme (#rrggbb): the bar along the card's edge and the site's name. */
  accent: string;
}

const BACKGROUND = '#fdfcfa';
const TEXT = '#1b1b1f';
const MUTED = '#4a4a55';

const BAR = 24;
const PADDING = { x: 72, y: 64 };
/** Where text may be drawn: right of the accent bar, inside the padding. */
export const TEXT_BOX = {
  left: BAR + PADDING.x,
  top: PADDING.y,
  width: CARD_WIDTH - BAR - 2 * PADDING.x,
  bottom: CARD_HEIGHT - PADDING.y,
};

// The inks text is drawn in; each has COVERAGE_LEVELS − 1 palette entries blending it into the background.
const INKS = { text: 0, muted: 1, accent: 2 } as const;
type Ink = keyof typeof INKS;

interface TextStyle {
  weight: FontWeight;
  size: number;
  /** Line height in pixels; undefined: the font's own (CSS `normal`). */
  lineHeight?: number;
  maxLines: number;
  ink: Ink;
}

// The design: the site's name at the top; the title (up to 3 lines) and summary (up to 3) at the bottom.
const SITE_NAME: TextStyle = { weight: 700, size: 34, maxLines: 1, ink: 'accent' };
const TITLE: TextStyle = { weight: 700, size: 64, lineHeight: 64 * 1.15, maxLines: 3, ink: 'text' };
const SUMMARY: TextStyle = { weight: 400, size: 32, lineHeight: 32 * 1.35, maxLines: 3, ink: 'muted' };
const SUMMARY_GAP = 28;

/** A block of laid-out text and the baseline of its first line. */
export interface TextBlock {
  style: TextStyle;
  fonts: FontStack;
  lines: TextLine[];
  left: number;
  firstBaseline: number;
  lineHeight: number;
}

/** Where a card's text goes: the blocks the card draws, top to bottom (site name, title, summary). */
export function cardLayout(text: CardText): TextBlock[] {
  const siteName = block(text.siteName, SITE_NAME, text.lang, TEXT_BOX.top, 'top');
  const summary = block(text.summary, SUMMARY, text.lang, TEXT_BOX.bottom, 'bottom');
  const summaryTop = summary.block.lines.length > 0 ? summary.top - SUMMARY_GAP : TEXT_BOX.bottom;
  const title = block(text.title, TITLE, text.lang, summaryTop, 'bottom');
  return [siteName.block, title.block, summary.block];
}

function block(content: string, style: TextStyle, lang: string, edge: number, anchor: 'top' | 'bottom') {
  const fonts = fontStack(style.weight);
  const lines = layoutText(content, { fonts, size: style.size, width: TEXT_BOX.width, maxLines: style.maxLines, lang });
  const scale = style.size / fonts.unitsPerEm;
  const contentHeight = (fonts.ascender - fonts.descender) * scale;
  const lineHeight = style.lineHeight ?? contentHeight;
  const top = anchor === 'top' ? edge : edge - lines.length * lineHeight;
  // As in CSS, the glyphs' ascent and descent sit centred in the line box.
  const firstBaseline = top + (lineHeight - contentHeight) / 2 + fonts.ascender * scale;
  return { top, block: { style, fonts, lines, left: TEXT_BOX.left, firstBaseline, lineHeight } };
}

/**
 * Draws a card as a PNG. Each distinct glyph is rasterised once per size and kept; a card
 * is the site's background (accent bar and name, drawn once per site and language) with
 * the title's and summary's glyphs copied onto it, as palette indices. zlib packs the
 * PNG in Node's thread pool, off the thread that renders pages.
 */
export async function drawCard(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const [siteName, ...rest] = cardLayout(text);
  // Frames are reused: a new 750 KB buffer a card kept the garbage collector busier than the drawing.
  const rows = frames.pop() ?? new Uint8Array(STRIDE * CARD_HEIGHT);
  rows.set(background(text, siteName!));
  for (const textBlock of rest) drawBlock(rows, textBlock);
  try {
    return await encodeIndexedPng({ width: CARD_WIDTH, height: CARD_HEIGHT, rows, palette: palette(text.accent) });
  } finally {
    frames.push(rows);
  }
}

const STRIDE = CARD_WIDTH + 1; // each PNG row starts with its filter byte (0: none)
const frames: Uint8Array[] = [];
const backgrounds = new Map<string, Uint8Array>();

function background(text: CardText, siteName: TextBlock): Uint8Array {
  const key = `${text.accent}\0${text.siteName}`;
  let rows = backgrounds.get(key);
  if (!rows) {
    rows = new Uint8Array(STRIDE * CARD_HEIGHT); // 0: the background colour
    const bar = paletteIndex('accent', COVERAGE_LEVELS - 1);
    for (let y = 0; y < CARD_HEIGHT; y++) rows.fill(bar, y * STRIDE + 1, y * STRIDE + 1 + BAR);
    drawBlock(rows, siteName);
    backgrounds.set(key, rows);
  }
  return rows;
}

// Glyphs sit at quarter pixels: their advances put them between pixels, and a whole-pixel grid shows uneven gaps.
const SUBPIXELS = 4;
const masks = new Map<string, GlyphMask>();

function drawBlock(rows: Uint8Array, { style, fonts, lines, left, firstBaseline, lineHeight }: TextBlock) {
  const ink = INKS[style.ink] * (COVERAGE_LEVELS - 1);
  lines.forEach((line, i) => {
    const baseline = Math.round(firstBaseline + i * lineHeight);
    for (const { font, glyph, x } of line.glyphs) {
      const pen = left + x;
      let pixel = Math.floor(pen);
      let step = Math.round((pen - pixel) * SUBPIXELS);
      if (step === SUBPIXELS) [pixel, step] = [pixel + 1, 0];
      const key = `${style.weight}/${font}/${glyph}/${style.size}/${step}`;
      let mask = masks.get(key);
      if (!mask) masks.set(key, (mask = rasterizeGlyph(fonts.fonts[font]!, glyph, style.size, step / SUBPIXELS)));
      blit(rows, mask, pixel + mask.left, baseline + mask.top, ink);
    }
  });
}

/** Copies a glyph's coverage onto the card; where glyphs overlap the stronger ink wins. */
function blit(rows: Uint8Array, mask: GlyphMask, x0: number, y0: number, ink: number) {
  const { width, height, levels, spans } = mask;
  for (let my = Math.max(0, -y0); my < Math.min(height, CARD_HEIGHT - y0); my++) {
    const row = (y0 + my) * STRIDE + 1 + x0;
    const line = my * width;
    // Only the inked part of the row, and never past the card's edges.
    const to = Math.min(spans[2 * my + 1]!, CARD_WIDTH - x0);
    for (let mx = Math.max(spans[2 * my]!, -x0); mx < to; mx++) {
      const level = levels[line + mx]!;
      if (level > LEVEL_OF[rows[row + mx]!]!) rows[row + mx] = ink + level;
    }
  }
}

/** The coverage level of each palette index (0 for the background). */
const LEVEL_OF = Uint8Array.from({ length: 256 }, (_, i) => (i === 0 ? 0 : ((i - 1) % (COVERAGE_LEVELS - 1)) + 1));

/** The palette index of an ink at a coverage level (1 to COVERAGE_LEVELS − 1); 0 is the background. */
function paletteIndex(ink: Ink, level: number): number {
  return INKS[ink] * (COVERAGE_LEVELS - 1) + level;
}

const palettes = new Map<string, Uint8Array>();

/** The background, then each ink blended into it at every coverage level. */
function palette(accent: string): Uint8Array {
  let colours = palettes.get(accent);
  if (!colours) {
    const inks: Record<Ink, string> = { text: TEXT, muted: MUTED, accent };
    const back = rgb(BACKGROUND);
    colours = new Uint8Array(3 * (1 + 3 * (COVERAGE_LEVELS - 1)));
    colours.set(back, 0);
    for (const ink of Object.keys(INKS) as Ink[]) {
      const front = rgb(inks[ink]);
      for (let level = 1; level < COVERAGE_LEVELS; level++) {
        const share = level / (COVERAGE_LEVELS - 1);
        const blend = back.map((b, i) => Math.round(b + (front[i]! - b) * share));
        colours.set(blend, 3 * paletteIndex(ink, level));
      }
    }
    palettes.set(accent, colours);
  }
  return colours;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
