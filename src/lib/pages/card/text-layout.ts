import type { FontStack } from './fonts';

/** A glyph placed on a line: which font and glyph, and its pen position in pixels from the line's start. */
export interface PlacedGlyph {
  font: number;
  glyph: number;
  x: number;
}

export interface TextLine {
  text: string;
  glyphs: PlacedGlyph[];
  width: number;
}

export interface TextBox {
  fonts: FontStack;
  /** Font size in pixels. */
  size: number;
  /** The width lines must fit in, in pixels. */
  width: number;
  maxLines: number;
  /** The BCP-47 tag of the text (where a word too long for a line may be split). */
  lang: string;
}

const ELLIPSIS = '…';
// A line may break after a space or a dash, as a browser breaks Latin and Cyrillic text.
const BREAK_AFTER = /(?<=[\s\-\u2010\u2013\u2014/])/u;

/**
 * Lays out text in lines that fit the box: words are kept whole where they fit, a word
 * longer than a line is split between letters, and text beyond the last line is cut
 * with an ellipsis (CSS line-clamp). Glyphs are placed by their advance widths: the
 * fonts' kerning sits in GPOS extension lookups the font parser does not read.
 */
export function layoutText(text: string, box: TextBox): TextLine[] {
  const width = (s: string) => measure(s.trimEnd(), box);
  const chunks = text.replace(/\s+/gu, ' ').trim().split(BREAK_AFTER).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const chunk of chunks) {
    if (current && width(current + chunk) > box.width) {
      lines.push(current);
      current = '';
    }
    current += chunk;
    while (width(current) > box.width) {
      const head = longestFitting(current, box, '');
      lines.push(head);
      current = current.slice(head.length);
    }
  }
  if (current) lines.push(current);
  if (lines.length > box.maxLines) {
    const rest = lines.slice(box.maxLines - 1).join('');
    lines.splice(box.maxLines - 1, Infinity, clamped(rest, box));
  }
  return lines.map((line) => place(line.trimEnd(), box));
}

/** The line that ends the box when more text follows: as many whole words as fit before an ellipsis. */
function clamped(rest: string, box: TextBox): string {
  let kept = '';
  for (const chunk of rest.split(BREAK_AFTER)) {
    if (measure(ending(kept + chunk), box) > box.width) break;
    kept += chunk;
  }
  if (!kept) kept = longestFitting(rest, box, ELLIPSIS);
  return ending(kept);
}

const ending = (kept: string) => kept.replace(/[\s,;:\-\u2010\u2013\u2014]+$/u, '') + ELLIPSIS;

/** The longest run of letters (grapheme clusters) from the start of `text` that fits with `suffix`; at least one. */
function longestFitting(text: string, box: TextBox, suffix: string): string {
  const graphemes = new Intl.Segmenter(box.lang, { granularity: 'grapheme' }).segment(text);
  let head = '';
  for (const { segment } of graphemes) {
    if (head && measure(head + segment + suffix, box) > box.width) break;
    head += segment;
  }
  return head;
}

function measure(text: string, box: TextBox): number {
  let units = 0;
  for (const char of text) units += box.fonts.glyphFor(char).advance;
  return (units * box.size) / box.fonts.unitsPerEm;
}

function place(text: string, box: TextBox): TextLine {
  const scale = box.size / box.fonts.unitsPerEm;
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  for (const char of text) {
    const { font, glyph, advance } = box.fonts.glyphFor(char);
    if (char !== ' ') glyphs.push({ font, glyph, x: pen });
    pen += advance * scale;
  }
  return { text, glyphs, width: pen };
}
