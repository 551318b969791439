import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { localeCodes, localeInfo } from '../../src/i18n/locales';
import { CARD_HEIGHT, CARD_WIDTH, drawCard } from '../../src/lib/pages/social-card';
import { buildFixture } from '../support/build-fixture';
import { builtSite, pageDocument } from '../support/dist';
import { distDir, projectRoot } from '../support/paths';
import { decodePng, differingShare, isPng, pngSize, type Png } from '../support/png';

const slugs = readdirSync(join(projectRoot, 'content/explainers'));
const pages = slugs.flatMap((slug) => localeCodes.map((locale) => `${locale}/explainers/${slug}/index.html`));
const meta = (doc: Document, property: string) =>
  [...doc.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)].map((m) =>
    m.getAttribute('content'),
  );

/** The card file an explainer page names as its og:image, read from dist/. */
function cardOf(path: string, root = distDir): Buffer {
  const [url] = meta(pageDocument(path, root), 'og:image');
  const file = join(root, new URL(url!).pathname);
  expect(existsSync(file), `${path} → ${url}`).toBe(true);
  return readFileSync(file);
}

// Below the site's name and right of the accent bar: where the title and summary go.
const TEXT_AREA = { x: 24, y: 140, width: CARD_WIDTH - 24, height: CARD_HEIGHT - 140 };
let blank: Png;

beforeAll(async () => {
  // The same drawing code with no text: what a card would look like if nothing were drawn on it.
  const empty = { title: '', summary: '', siteName: '', lang: 'en', accent: '#000000' };
  blank = decodePng(Buffer.from(await drawCard(empty)));
});

describe('social cards', () => {
  test.each(pages)('%s names an absolute 1200 × 630 card with its title as alt text', (path) => {
    const doc = pageDocument(path);
    const [image] = meta(doc, 'og:image');
    expect(image).toMatch(new RegExp(`^${builtSite()}/.*/card\\.png$`));
    expect(meta(doc, 'og:image:width')).toEqual(['1200']);
    expect(meta(doc, 'og:image:height')).toEqual(['630']);
    expect(meta(doc, 'og:image:alt')).toEqual([doc.querySelector('h1')?.textContent]);
    expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
  });

  test.each(pages)('%s has a PNG card with its title drawn on it', (path) => {
    const card = cardOf(path);
    expect(isPng(card)).toBe(true);
    expect(pngSize(card)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    // Bold 64 px lines of title and the summary cover several percent of the text area.
    expect(differingShare(decodePng(card), blank, TEXT_AREA)).toBeGreaterThan(0.03);
  });

  test('a card without a picture is a palette PNG (the seed explainers have no lead picture)', () => {
    for (const path of pages) expect(cardOf(path)[25], path).toBe(3); // IHDR colour type 3: indexed colour
  });

  test('each explainer and language has a card of its own', () => {
    const cards = pages.map((path) => cardOf(path).toString('base64'));
    expect(new Set(cards).size).toBe(pages.length);
  });

  test('real translations name the other languages they exist in as og:locale:alternate', () => {
    for (const path of pages) {
      const locale = path.split('/')[0]!;
      const others = localeCodes.filter((l) => l !== locale).map((l) => localeInfo(l).ogLocale);
      expect(meta(pageDocument(path), 'og:locale:alternate').sort(), path).toEqual(others.sort());
    }
  });
});

describe('social cards of fallback pages', () => {
  let out: string;
  beforeAll(async () => {
    out = (await buildFixture('tests/fixtures/translation/content')).outDir;
  });

  test.each(['uk', 'be'])('a page missing in %s shows the original’s card and draws none of its own', (locale) => {
    const doc = pageDocument(`${locale}/explainers/only-english/index.html`, out);
    expect(new URL(meta(doc, 'og:image')[0]!).pathname).toBe('/en/explainers/only-english/card.png');
    expect(cardOf(`${locale}/explainers/only-english/index.html`, out)).toEqual(
      cardOf('en/explainers/only-english/index.html', out),
    );
    expect(existsSync(join(out, `${locale}/explainers/only-english/card.png`))).toBe(false);
  });

  test('og:locale:alternate names only languages an explainer is really written in', () => {
    const alternates = (path: string) => meta(pageDocument(path, out), 'og:locale:alternate');
    expect(alternates('en/explainers/only-english/index.html')).toEqual([]);
    expect(alternates('uk/explainers/only-english/index.html')).toEqual(['en_GB']);
    expect(alternates('uk/explainers/written-in-ukrainian/index.html')).toEqual(['be_BY']);
    expect(alternates('en/explainers/written-in-ukrainian/index.html')).toEqual(['uk_UA', 'be_BY']);
  });
});
