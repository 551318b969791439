import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { encodePng } from './png-encoder';

/** The size social networks crop link previews to (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows: the explainer's title and summary in its own language, and the site's name. */
export interface CardText {
  title: string;
  summary: string;
  siteName: string;
  /** The BCP-47 tag the text is written in (line breaking and glyph choice). */
  lang: string;
  /** The accent colour of the light theme: the bar along the card's edge. */
  accent: string;
}

const BACKGROUND = '#fdfcfa';
const TEXT = '#1b1b1f';
const MUTED = '#4a4a55';

// Noto Sans subsets from @fontsource (WOFF: satori does not read WOFF2). Latin-ext covers
// the diacritics of Belarusian Łacinka. Each subset is a family of its own, listed in
// fontFamily: satori takes each glyph from the first family that has it.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const FAMILIES = SUBSETS.map((subset) => `Noto Sans ${subset}`);
const WEIGHTS = [400, 700] as const;

let fonts: Promise<SatoriOptions['fonts']> | undefined;

function loadFonts(): Promise<SatoriOptions['fonts']> {
  const require = createRequire(import.meta.url);
  fonts ??= Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset) => ({
        name: `Noto Sans ${subset}`,
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string; lang?: string } };

const box = (style: Record<string, unknown>, children: Node[] | string, lang?: string): Node => ({
  type: 'div',
  props: { style, children, ...(lang ? { lang } : {}) },
});

const BAR = 24;
const PADDING = { x: 72, y: 64 };
const TEXT_WIDTH = CARD_WIDTH - BAR - 2 * PADDING.x;

/** The card as satori's element tree: an accent bar, the site's name, the title (up to 3 lines), the summary (up to 3). */
function cardTree(text: CardText): Node {
  const fontFamily = FAMILIES.map((family) => `'${family}'`).join(', ');
  return box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: BACKGROUND, fontFamily, color: TEXT },
    [
      box({ width: BAR, height: CARD_HEIGHT, backgroundColor: text.accent }, []),
      box(
        {
          width: TEXT_WIDTH,
          height: CARD_HEIGHT - 2 * PADDING.y,
          margin: `${PADDING.y}px ${PADDING.x}px`,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
        },
        [
          box({ fontSize: 34, fontWeight: 700, color: text.accent }, text.siteName),
          box({ display: 'flex', flexDirection: 'column', width: TEXT_WIDTH }, [
            box({ fontSize: 64, fontWeight: 700, lineHeight: 1.15, lineClamp: 3 }, text.title, text.lang),
            box(
              { fontSize: 32, fontWeight: 400, lineHeight: 1.35, color: MUTED, lineClamp: 3, marginTop: 28 },
              text.summary,
              text.lang,
            ),
          ]),
        ],
      ),
    ],
  );
}

/** The card as SVG: satori lays out the text and writes each glyph as a path. */
export async function cardSvg(text: CardText): Promise<string> {
  return satori(cardTree(text) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
}

/**
 * Draws a card as a PNG. resvg rasterises the SVG and zlib packs the pixels in Node's
 * thread pool, off the thread that renders pages: only satori's layout runs on it.
 */
export async function drawCard(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(await cardSvg(text), { fitTo: { mode: 'original' } });
  return encodePng(image.pixels, image.width, image.height);
}
