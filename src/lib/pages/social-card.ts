import sharp from 'sharp';
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
  /** The lead picture, shown on the card's right: its file (relative to the project) and content hash. */
  picture?: { path: string; hash: string } | undefined;
  /** A credit line the picture's rights require, drawn small under the summary. */
  credit?: string | undefined;
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

/**
 * A card with a picture shows it cover-fitted in the right 40 %, full height; the text
 * keeps the left part, on the same light background and in the same inks, so its
 * contrast is that of every other card.
 */
export const PICTURE_BOX = { left: 720, top: 0, width: CARD_WIDTH - 720, height: CARD_HEIGHT };
const PICTURE_GAP = 56;

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
const CREDIT: TextStyle = { weight: 400, size: 22, maxLines: 1, ink: 'muted' };
const CREDIT_GAP = 20;

/** A block of laid-out text and the baseline of its first line. */
export interface TextBlock {
  style: TextStyle;
  fonts: FontStack;
  lines: TextLine[];
  left: number;
  firstBaseline: number;
  lineHeight: number;
}

/**
 * Where a card's text goes: the blocks the card draws, top to bottom (site name, title,
 * summary, and the picture's credit if it has to be shown).
 */
export function cardLayout(text: CardText): TextBlock[] {
  const width = text.picture ? PICTURE_BOX.left - PICTURE_GAP - TEXT_BOX.left : TEXT_BOX.width;
  const place = (content: string, style: TextStyle, edge: number, anchor: 'top' | 'bottom') =>
    block(content, style, text.lang, width, edge, anchor);
  const siteName = place(text.siteName, SITE_NAME, TEXT_BOX.top, 'top');
  const credit = text.credit ? place(text.credit, CREDIT, TEXT_BOX.bottom, 'bottom') : undefined;
  const summary = place(text.summary, SUMMARY, credit ? credit.top - CREDIT_GAP : TEXT_BOX.bottom, 'bottom');
  const summaryTop = summary.block.lines.length > 0 ? summary.top - SUMMARY_GAP : summary.top;
  const title = place(text.title, TITLE, summaryTop, 'bottom');
  return [siteName.block, title.block, summary.block, ...(credit ? [credit.block] : [])];
}

function block(content: string, style: TextStyle, lang: string, width: number, edge: number, anchor: 'top' | 'bottom') {
  const fonts = fontStack(style.weight);
  const lines = layoutText(content, { fonts, size: style.size, width, maxLines: style.maxLines, lang });
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
 * the title's and summary's glyphs copied onto it, as palette indices, packed by zlib on
 * the same thread (the build draws cards in worker threads). A card with a picture is
 * the same drawing, turned into colours, with the picture beside the text: a truecolour
 * PNG, as a photo cannot be told in 190 palette entries.
 */
export async function drawCard(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const [siteName, ...rest] = cardLayout(text);
  // Read (or reused) before a frame is taken: the frame is held only while this card is drawn.
  const panel = text.picture ? await picturePanel(text.picture) : undefined;
  // Frames are reused: a new 750 KB buffer a card kept the garbage collector busier than the drawing.
  const rows = frames.pop() ?? new Uint8Array(STRIDE * CARD_HEIGHT);
  let pixels: Buffer;
  try {
    rows.set(background(text, siteName!));
    for (const textBlock of rest) drawBlock(rows, textBlock);
    const colours = palette(text.accent);
    if (!panel) return encodeIndexedPng({ width: CARD_WIDTH, height: CARD_HEIGHT, rows, palette: colours });
    pixels = withPicture(rows, colours, panel);
  } finally {
    frames.push(rows);
  }
  // sharp packs it in libvips' threads.
  const png = await sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } })
    .png({ compressionLevel: PNG_LEVEL, adaptiveFiltering: true })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.length) as Uint8Array<ArrayBuffer>;
}

// Measured on a card with a photo: level 3 with filters is 8 % larger than level 9 in a tenth of its
// time (30 ms, not 300); without filters a card is twice the size.
const PNG_LEVEL = 3;

/** The card as RGB: the palette drawing left of the picture, the picture's pixels right of it. */
function withPicture(rows: Uint8Array, colours: Uint8Array, panel: Buffer): Buffer {
  const pixels = Buffer.allocUnsafe(CARD_WIDTH * CARD_HEIGHT * 3);
  const { left, width } = PICTURE_BOX;
  for (let y = 0; y < CARD_HEIGHT; y++) {
    const row = y * STRIDE + 1;
    let at = y * CARD_WIDTH * 3;
    for (let x = 0; x < left; x++, at += 3) {
      const index = 3 * rows[row + x]!;
      pixels[at] = colours[index]!;
      pixels[at + 1] = colours[index + 1]!;
      pixels[at + 2] = colours[index + 2]!;
    }
    panel.copy(pixels, at, y * width * 3, (y + 1) * width * 3);
  }
  return pixels;
}

/**
 * The picture cover-fitted into PICTURE_BOX, as RGB. An explainer's cards in its
 * languages come one after another and share it: the few last are kept, by content hash
 * (a site of thousands of pictures must not hold them all).
 */
const panels = new Map<string, Promise<Buffer>>();
const PANELS_KEPT = 4;

function picturePanel(picture: { path: string; hash: string }): Promise<Buffer> {
  let panel = panels.get(picture.hash);
  if (!panel) {
    panel = sharp(picture.path)
      .flatten({ background: BACKGROUND }) // a transparent PNG or SVG sits on the card's background
      .resize(PICTURE_BOX.width, PICTURE_BOX.height, { fit: 'cover' })
      .toColourspace('srgb')
      .raw()
      .toBuffer();
    panels.set(picture.hash, panel);
    if (panels.size > PANELS_KEPT) panels.delete(panels.keys().next().value!);
  }
  return panel;
}

const STRIDE = CARD_WIDTH + 1; // each PNG row starts with its filter byte (0: none)
const frames: Uint8Array[] = [];
const backgrounds = new Map<string, Uint8Array>();

function background(text: CardText, siteName: TextBlock): Uint8Array {
  // Beside a picture the name has less room, and may be cut shorter.
  const key = `${text.accent}\0${text.siteName}\0${text.picture ? 'picture' : ''}`;
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
