import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse, type Font } from 'opentype.js/dist/opentype.mjs';
import { describe, expect, test } from 'vitest';
import { cardLayout, drawCard, type CardText } from '../../src/lib/pages/social-card';
import { decodePng } from '../support/png';

// The card's design, as the README states it: a 24 px accent bar, then 72 px of padding left and
// right and 64 px top and bottom; the page background is #fdfcfa.
const TEXT_LEFT = 24 + 72;
const TEXT_RIGHT = 1200 - 72;
const TEXT_TOP = 64;
const TEXT_BOTTOM = 630 - 64;
const BACKGROUND = [0xfd, 0xfc, 0xfa];

// The fonts as the package ships them, read here rather than through the card's own code.
const require = createRequire(import.meta.url);
const font = (subset: string, weight: number): Font => {
  const data = readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  return parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
};
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'];
const fonts = { 400: SUBSETS.map((s) => font(s, 400)), 700: SUBSETS.map((s) => font(s, 700)) };

const lacinka: CardText = {
  title: 'Čamu ŭłady źmianili zakon ab hramadzianstvie i što ž čakaje tych, chto źjechaŭ, ad ćvietnia',
  summary: 'Kaliści ŭ Mahilovie, ciapier u Varšavie: žurnalisty ŭ vyhnanni raskazvajuć, jak žyvuć i pracujuć.',
  siteName: 'Tłumač',
  lang: 'be-Latn',
  accent: '#1d4ed8',
};

describe('card text in Belarusian Łacinka', () => {
  const [, title, summary] = cardLayout(lacinka);

  test('a long title wraps onto several lines and keeps every word', () => {
    expect(title!.lines.length).toBeGreaterThan(1);
    expect(title!.lines.length).toBeLessThanOrEqual(3);
    expect(title!.lines.map((line) => line.text).join(' ')).toBe(lacinka.title);
    expect(summary!.lines.map((line) => line.text).join(' ')).toBe(lacinka.summary);
  });

  test('every glyph the card uses is the font’s own glyph for its letter (no missing-glyph boxes)', () => {
    for (const [block, weight] of [
      [title!, 700],
      [summary!, 400],
    ] as const) {
      for (const line of block.lines) {
        const letters = [...line.text].filter((char) => char !== ' ');
        expect(line.glyphs.length).toBe(letters.length);
        line.glyphs.forEach((placed, i) => {
          const glyph = fonts[weight][placed.font]!.glyphs.get(placed.glyph);
          expect(placed.glyph, letters[i]).toBeGreaterThan(0);
          expect(glyph.unicodes, letters[i]).toContain(letters[i]!.codePointAt(0));
          if (/\p{L}/u.test(letters[i]!)) expect(glyph.path.commands.length, letters[i]).toBeGreaterThan(0);
        });
      }
    }
    // Łacinka's letters come from latin-ext, which the card must load.
    for (const letter of 'ŭłźžčć') {
      expect(title!.lines.some((line) => line.text.includes(letter))).toBe(true);
      expect(fonts[700][SUBSETS.indexOf('latin-ext')]!.charToGlyphIndex(letter)).toBeGreaterThan(0);
    }
  });

  test('ink falls only on the accent bar and inside the margins', async () => {
    const card = decodePng(Buffer.from(await drawCard(lacinka)));
    const inked = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity, count: 0 };
    for (let y = 0; y < card.height; y++)
      for (let x = 24; x < card.width; x++) {
        const at = 4 * (y * card.width + x);
        if ([0, 1, 2].every((c) => card.pixels[at + c] === BACKGROUND[c])) continue;
        inked.count++;
        [inked.left, inked.right] = [Math.min(inked.left, x), Math.max(inked.right, x)];
        [inked.top, inked.bottom] = [Math.min(inked.top, y), Math.max(inked.bottom, y)];
      }
    expect(inked.count).toBeGreaterThan(20_000);
    expect(inked.left).toBeGreaterThanOrEqual(TEXT_LEFT - 2); // a glyph's side bearing may be a pixel or two
    expect(inked.right).toBeLessThan(TEXT_RIGHT);
    expect(inked.top).toBeGreaterThanOrEqual(TEXT_TOP);
    expect(inked.bottom).toBeLessThan(TEXT_BOTTOM + 4); // descenders of the last summary line
  });
});

describe('card text that does not fit', () => {
  test('a title longer than three lines ends its third line with an ellipsis', () => {
    const long = { ...lacinka, title: `${lacinka.title} ${lacinka.title} ${lacinka.title}` };
    const [, title] = cardLayout(long);
    expect(title!.lines).toHaveLength(3);
    expect(title!.lines[2]!.text).toMatch(/\p{L}…$/u);
    for (const line of title!.lines) expect(line.width).toBeLessThanOrEqual(TEXT_RIGHT - TEXT_LEFT);
  });

  test('a word longer than a line is split between letters', () => {
    const [, title] = cardLayout({ ...lacinka, title: 'Ł'.repeat(40) });
    expect(title!.lines.length).toBeGreaterThan(1);
    expect(title!.lines.map((line) => line.text).join('')).toBe('Ł'.repeat(40));
    for (const line of title!.lines) expect(line.width).toBeLessThanOrEqual(TEXT_RIGHT - TEXT_LEFT);
  });

  test('Cyrillic Belarusian and Ukrainian letters have glyphs of their own', () => {
    const [, title] = cardLayout({ ...lacinka, title: 'Ўзровень і ґанак: їжа, ёгурт, Єўропа', lang: 'be' });
    for (const placed of title!.lines.flatMap((line) => line.glyphs)) expect(placed.glyph).toBeGreaterThan(0);
  });
});

describe('a card beside a lead picture', () => {
  // The README's design: the picture takes the right 40 % (from x = 720); text stops short of it.
  const PICTURE_LEFT = 720;
  const withPicture: CardText = {
    ...lacinka,
    picture: { path: 'tests/fixtures/none.jpg', hash: 'unused by layout' },
    credit: 'Foto: Jana Doe / Agency (CC BY)',
  };

  test('no line of text reaches the picture', () => {
    for (const block of cardLayout(withPicture))
      for (const line of block.lines) expect(block.left + line.width, line.text).toBeLessThan(PICTURE_LEFT);
  });

  test('a credit the rights require is one small line under the summary, inside the padding', () => {
    const [, , summary, credit] = cardLayout(withPicture);
    expect(credit!.lines.map((line) => line.text)).toEqual([withPicture.credit]);
    expect(credit!.style.size).toBeLessThan(summary!.style.size);
    const summaryBottom = summary!.firstBaseline + (summary!.lines.length - 1) * summary!.lineHeight;
    expect(credit!.firstBaseline).toBeGreaterThan(summaryBottom + credit!.style.size);
    expect(credit!.firstBaseline).toBeLessThanOrEqual(TEXT_BOTTOM);
  });

  test('without a credit, the card has the three blocks of every other card', () => {
    expect(cardLayout({ ...withPicture, credit: undefined })).toHaveLength(3);
  });
});
