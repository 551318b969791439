import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse, type Font } from 'opentype.js/dist/opentype.mjs';

/**
 * The Noto Sans subsets a card draws with (@fontsource/noto-sans, WOFF: the parser
 * does not read WOFF2). Latin-ext has the letters of Belarusian Łacinka (ŭ, ć, ł, ž…),
 * cyrillic those of Ukrainian and Belarusian (ґ, є, ї, ў…). A character is taken from
 * the first subset that has it.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** The font file of one subset and weight, as the package ships it. */
export function fontFile(subset: (typeof FONT_SUBSETS)[number], weight: FontWeight): string {
  return createRequire(import.meta.url).resolve(
    `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
  );
}

/** A glyph found for a character: the font it comes from (its place in the list) and its index there. */
export interface GlyphRef {
  font: number;
  glyph: number;
  /** Advance width in font units. */
  advance: number;
}

/** The fonts of one weight, searched in order for each character. */
export class FontStack {
  readonly fonts: Font[];
  readonly unitsPerEm: number;
  /** The line metrics CSS uses for `line-height` (hhea ascender and descender, in font units). */
  readonly ascender: number;
  readonly descender: number;
  private readonly found = new Map<string, GlyphRef>();

  constructor(weight: FontWeight) {
    this.fonts = FONT_SUBSETS.map((subset) => {
      const data = readFileSync(fontFile(subset, weight));
      return parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    });
    const [first] = this.fonts as [Font];
    this.unitsPerEm = first.unitsPerEm;
    this.ascender = first.ascender;
    this.descender = first.descender;
  }

  /** The glyph for one character (a code point); the first font's .notdef (index 0) when no subset has it. */
  glyphFor(char: string): GlyphRef {
    let ref = this.found.get(char);
    if (!ref) {
      const font = Math.max(
        0,
        this.fonts.findIndex((f) => f.charToGlyphIndex(char) > 0),
      );
      const glyph = this.fonts[font]!.charToGlyphIndex(char);
      ref = { font, glyph, advance: this.fonts[font]!.glyphs.get(glyph).advanceWidth ?? 0 };
      this.found.set(char, ref);
    }
    return ref;
  }
}

const stacks = new Map<FontWeight, FontStack>();

/** The fonts of a weight, parsed once per build. */
export function fontStack(weight: FontWeight): FontStack {
  let stack = stacks.get(weight);
  if (!stack) stacks.set(weight, (stack = new FontStack(weight)));
  return stack;
}
