import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { htmlFiles, pageDocument, readDist } from '../support/dist';
import { validator } from '../support/html-validator';
import { projectRoot } from '../support/paths';
import { PICTURES_CONTENT, drawPhoto } from '../support/pictures-site';

// The sample site of tests/fixtures/pictures (generated pictures, made-up data), built once
// by tests/support/pictures-site.ts: a lead photo (2400 × 1600), a Markdown picture
// (1200 × 800 PNG), a shared SVG map, a decorative strip, two charts and a portrait.
let dist: string;
beforeAll(() => {
  dist = inject('picturesSite').dist;
});
const page = (path: string) => pageDocument(path, dist);
const explainer = (locale: string) => page(`${locale}/explainers/pictures-and-charts/index.html`);
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\u00a0/g, ' ').trim();

/** "url 360w, url 540w" → [[url, 360], …] */
function candidates(srcset: string | null): [string, number][] {
  return (srcset ?? '').split(',').map((item) => {
    const [url, width] = item.trim().split(/\s+/);
    return [url!, Number(width!.replace('w', ''))];
  });
}

describe('an optimised picture', () => {
  test('comes in AVIF and WebP at phone-to-desktop widths, with the original format as the fallback', () => {
    const lead = explainer('en').querySelector('h1 + figure picture')!;
    const sources = [...lead.querySelectorAll('source')];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      expect(candidates(source.getAttribute('srcset')).map(([, w]) => w)).toEqual([360, 540, 720, 1080, 1360]);
      expect(source.getAttribute('sizes')).toBe('(min-width: 712px) 680px, calc(100vw - 2rem)');
    }
    const img = lead.querySelector('img')!;
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/lead\.[\w-]+\.jpg$/);
    expect(candidates(img.getAttribute('srcset')).map(([, w]) => w)).toEqual([360, 540, 720, 1080, 1360]);
  });

  test('is never enlarged: a 1200 px source stops at 1200', () => {
    const street = explainer('en').querySelector('.prose figure picture source')!;
    expect(candidates(street.getAttribute('srcset')).map(([, w]) => w)).toEqual([360, 540, 720, 1080, 1200]);
  });

  test('every file named exists under a content-hashed name, in its format and at its stated width', async () => {
    const doc = explainer('en');
    const all = [...doc.querySelectorAll('picture source, picture img')].flatMap((el) =>
      candidates(el.getAttribute('srcset')).map(([url, width]) => ({ url, width, type: el.getAttribute('type') })),
    );
    expect(all.length).toBe(3 * 3 * 5);
    for (const { url, width, type } of all) {
      expect(url).toMatch(/^\/_astro\/[\w-]+\.[\w-]{8}_[\w-]+\.(avif|webp|jpg|png)$/);
      const file = join(dist, url);
      expect(existsSync(file), url).toBe(true);
      const meta = await sharp(file).metadata();
      expect(meta.width, url).toBe(width);
      const format =
        { 'image/avif': 'heif', 'image/webp': 'webp' }[type ?? ''] ?? url.split('.').at(-1)!.replace('jpg', 'jpeg');
      expect(meta.format, url).toBe(format);
    }
  });

  test('leaves the original out of dist/: only the optimised sizes are published, without camera metadata', async () => {
    const files = readdirSync(join(dist, '_astro'));
    // Astro names an original "lead.<hash>.jpg" and an optimised size "lead.<hash>_<hash>.jpg".
    expect(files.filter((f) => /^(lead|street|divider|photo|portrait)\.[\w-]{8}\.\w+$/.test(f))).toEqual([]);
    const largest = join(
      dist,
      candidates(explainer('en').querySelector('h1 + figure img')!.getAttribute('srcset')).at(-1)![0],
    );
    const source = join(projectRoot, PICTURES_CONTENT, 'explainers/pictures-and-charts/lead.jpg');
    expect((await sharp(source).metadata()).exif).toBeDefined();
    expect((await sharp(largest).metadata()).exif).toBeUndefined();
  });

  test('has width and height in the proportions of its source, so nothing shifts as it loads', () => {
    const sizes = [...explainer('en').querySelectorAll('article img')].map((img) => [
      img.getAttribute('width'),
      img.getAttribute('height'),
    ]);
    // lead 2400 × 1600, street 1200 × 800, map (SVG) 400 × 300, strip 1200 × 40
    expect(sizes).toEqual([
      ['720', '480'],
      ['720', '480'],
      ['400', '300'],
      ['720', '24'],
    ]);
  });

  test('loads lazily and decodes off the main thread, except the first picture of the page', () => {
    const imgs = [...explainer('en').querySelectorAll('img')];
    expect(imgs.map((img) => img.getAttribute('loading'))).toEqual(['eager', 'lazy', 'lazy', 'lazy']);
    expect(imgs[0]!.getAttribute('fetchpriority')).toBe('high');
    expect(imgs.every((img) => img.getAttribute('decoding') === 'async')).toBe(true);
    // Without a lead picture, the body's first figure is the first picture.
    const portrait = page('en/people/sample-person/index.html').querySelector('main img')!;
    expect(portrait.getAttribute('loading')).toBe('eager');
  });
});

describe('alt text, captions and credits', () => {
  test('each language gives its own alt text and caption for the same picture', () => {
    const [en, uk] = [explainer('en'), explainer('uk')];
    const alt = (doc: Document) => doc.querySelector('h1 + figure img')!.getAttribute('alt');
    expect(alt(en)).toBe('Generated bands of colour standing in for a lead photo');
    expect(alt(uk)).toBe('Згенеровані кольорові смуги замість головного фото');
    expect(text(uk.querySelector('h1 + figure figcaption span'))).toBe('Головне зображення, намальоване для тестів.');
    expect(text(uk.querySelector('h1 + figure .credit'))).toBe('Зображення: тестове налаштування');
    expect(en.querySelector('h1 + figure img')!.getAttribute('src')).toBe(
      uk.querySelector('h1 + figure img')!.getAttribute('src'),
    );
  });

  test('a Markdown picture’s title is its caption', () => {
    expect(text(explainer('en').querySelector('.prose figure figcaption'))).toBe(
      'A picture written in Markdown, with its caption.',
    );
  });

  test('a shared picture shows its record’s texts; a text missing in a language falls back to English, marked', () => {
    const map = (doc: Document) => doc.querySelector('img[src$=".svg"]')!.closest('figure')!;
    expect(map(explainer('uk')).querySelector('img')!.getAttribute('alt')).toBe(
      'Зразкова мапа з двома регіонами та річкою',
    );
    expect(text(map(explainer('uk')).querySelector('figcaption'))).toBe('Мапа, намальована для тестів');
    const be = map(explainer('be')).querySelector('figcaption span')!;
    expect([text(be), be.getAttribute('lang')]).toEqual(['A map drawn for the tests', 'en']);
  });

  test('a decorative picture has an empty alt and no caption', () => {
    const strip = explainer('en').querySelector('img[src*="divider"]')!;
    expect(strip.getAttribute('alt')).toBe('');
    expect(strip.closest('figure')!.querySelector('figcaption')).toBeNull();
  });

  test('a person’s portrait is on their page, with its credit', () => {
    const doc = page('uk/people/sample-person/index.html');
    const figure = doc.querySelector('h1 + figure')!;
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('Намальований портрет замість фото Зразкової Особи');
    expect(text(figure.querySelector('.credit'))).toBe('Малюнок: тестове налаштування (CC BY)');
  });
});

describe('a chart', () => {
  const chart = (locale: string, index: number) => explainer(locale).querySelectorAll('figure.chart')[index]!;

  test('is an SVG image with a title and a description, and no script', () => {
    const svg = chart('en', 0).querySelector('svg[role="img"]')!;
    const title = svg.querySelector('title')!;
    const desc = svg.querySelector('desc')!;
    expect(svg.getAttribute('aria-labelledby')).toBe(title.id);
    expect(svg.getAttribute('aria-describedby')).toBe(desc.id);
    expect(text(title)).toBe('Bar chart: Sample data: officials by agency');
    expect(text(desc)).toBe('Made-up numbers for two years. Values from 1 official to 34 officials.');
    expect(svg.querySelectorAll('rect[class^="series-"]')).toHaveLength(6);
    expect(explainer('en').querySelectorAll('script:not([src]):not([type="application/ld+json"])')).toHaveLength(0);
  });

  test('gives the same numbers as a table, with units in the plural form each number needs', () => {
    const rows = (locale: string, index: number) =>
      [...chart(locale, index).querySelectorAll('details table tr')].map((tr) =>
        [...tr.children].map((cell) => text(cell)),
      );
    expect(rows('en', 0)).toEqual([
      ['Category', '2020', '2021'],
      ['Interior', '21 officials', '34 officials'],
      ['Elections', '1 official', '5 officials'],
      ['Security', '12 officials', '22 officials'],
    ]);
    expect(rows('uk', 0).slice(1)).toEqual([
      ['Внутрішні справи', '21 посадовець', '34 посадовці'],
      ['Вибори', '1 посадовець', '5 посадовців'],
      ['Безпека', '12 посадовців', '22 посадовці'],
    ]);
    expect(rows('uk', 1)[1]).toEqual(['16 серпня 2020 р.', '200 000 людей']);
    expect(rows('en', 1)[5]).toEqual(['13 September 2020', '101,000 people']);
  });

  test('cites its source like <Cite>, numbered in the Sources list', () => {
    const doc = explainer('en');
    const link = chart('en', 0).querySelector('.chart-source a')!;
    const target = doc.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(text(target)).toContain('Sample data made up for the tests');
  });

  test('a line chart draws one point per day, labelled in the page’s language', () => {
    const line = chart('be', 1);
    expect(line.querySelectorAll('polyline')).toHaveLength(1);
    expect(line.querySelectorAll('circle')).toHaveLength(5);
    expect(text(line.querySelector('.chart-axis text'))).toBe('16 жні');
  });
});

test.each(['en', 'uk', 'be'])('%s pages of the sample site have no inline style or script', (locale) => {
  const pages = htmlFiles(dist).filter((path) => path.startsWith(`${locale}/`));
  for (const path of pages) {
    const doc = page(path);
    expect(doc.querySelectorAll('[style], style').length, path).toBe(0);
  }
});

test.each(['en/explainers/pictures-and-charts/', 'be/explainers/pictures-and-charts/', 'uk/people/sample-person/'])(
  '%s (pictures, charts, a portrait) is valid HTML',
  async (path) => {
    const report = await validator.validateString(readDist(`${path}index.html`, dist), path);
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)),
    ).toEqual([]);
  },
);

describe('the social card of an explainer with a lead picture', () => {
  /** The card a page names as its og:image, from dist/. */
  const cardOf = (path: string) => {
    const url = page(path).querySelector('meta[property="og:image"]')?.getAttribute('content');
    return readFileSync(join(dist, new URL(url!).pathname));
  };
  // The picture fills the right 480 px of the card, full height, cut to that shape from the
  // middle of the source: the README's design, measured here on the picture as drawn.
  const PANEL = { left: 720, width: 480, height: 630 };
  const GRID = 4;

  /** The average colour of each cell of a GRID × GRID grid over part of an RGB image. */
  function cellColours(
    pixels: Buffer,
    stride: number,
    area: { left: number; top: number; width: number; height: number },
  ): number[][] {
    const cells: number[][] = [];
    for (let gy = 0; gy < GRID; gy++)
      for (let gx = 0; gx < GRID; gx++) {
        const [x0, x1] = [gx, gx + 1].map((g) => Math.round(area.left + (g * area.width) / GRID));
        const [y0, y1] = [gy, gy + 1].map((g) => Math.round(area.top + (g * area.height) / GRID));
        const sum = [0, 0, 0];
        for (let y = y0!; y < y1!; y++)
          for (let x = x0!; x < x1!; x++) for (let c = 0; c < 3; c++) sum[c]! += pixels[(y * stride + x) * 3 + c]!;
        cells.push(sum.map((s) => s / ((x1! - x0!) * (y1! - y0!))));
      }
    return cells;
  }

  test('is a 1200 × 630 truecolour PNG in every language the explainer is written in', async () => {
    for (const locale of ['en', 'uk', 'be']) {
      const card = cardOf(`${locale}/explainers/pictures-and-charts/index.html`);
      const meta = await sharp(card).metadata();
      expect([meta.format, meta.width, meta.height, meta.channels, meta.isPalette]).toEqual([
        'png',
        1200,
        630,
        3,
        false,
      ]);
    }
  });

  test('shows the picture’s pixels on its right, cut from the middle of the source', async () => {
    const card = await sharp(cardOf('en/explainers/pictures-and-charts/index.html'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The lead picture as the setup draws it (2400 × 1600, seed 1), before it is saved as JPEG.
    const source = await (await drawPhoto(2400, 1600, 1)).raw().toBuffer();
    const cropWidth = (1600 * PANEL.width) / PANEL.height;
    const expected = cellColours(source, 2400, {
      left: (2400 - cropWidth) / 2,
      top: 0,
      width: cropWidth,
      height: 1600,
    });
    const actual = cellColours(card.data, 1200, { ...PANEL, top: 0 });
    const worst = Math.max(...actual.flatMap((cell, i) => cell.map((v, c) => Math.abs(v - expected[i]![c]!))));
    expect(worst).toBeLessThan(8);
    // The picture has colour to compare: its cells differ far more than that from one another.
    const spread = Math.max(...expected.flatMap((cell) => cell.map((v, c) => Math.abs(v - expected[0]![c]!))));
    expect(spread).toBeGreaterThan(40);
  });

  test('keeps the text on the card’s light background, left of the picture', async () => {
    const card = await sharp(cardOf('en/explainers/pictures-and-charts/index.html'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    // Just left of the picture, between the text and it, is the background (#fdfcfa).
    const x = PANEL.left - 20;
    for (const y of [10, 300, 620]) {
      expect([...card.data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)]).toEqual([0xfd, 0xfc, 0xfa]);
    }
  });

  test('the page’s og:image is still a PNG described by its title', () => {
    const doc = explainer('en');
    const meta = (property: string) =>
      doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? undefined;
    expect(meta('og:image')).toMatch(/\/en\/explainers\/pictures-and-charts\/card\.png$/);
    expect(meta('og:image:type')).toBe('image/png');
    expect(meta('og:image:alt')).toBe(text(doc.querySelector('h1')));
  });
});

describe('structured data with a lead picture', () => {
  test('names the picture as `image`: an absolute URL of the widest size the page’s <img> offers', () => {
    const pages = ['en', 'uk', 'be'].map((locale) => `${locale}/explainers/pictures-and-charts/index.html`);
    for (const path of [...pages, 'en/explainers/one-photo-one-chart/index.html']) {
      const doc = page(path);
      const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      const img = doc.querySelector('h1 + figure picture img')!;
      const [widest] = candidates(img.getAttribute('srcset')).sort(([, a], [, b]) => b - a)[0]!;
      const og = new URL(doc.querySelector('meta[property="og:url"]')!.getAttribute('content')!);
      expect(data.image, path).toBe(new URL(widest, og).href);
      expect(existsSync(join(dist, new URL(data.image).pathname)), data.image).toBe(true);
    }
  });
});
