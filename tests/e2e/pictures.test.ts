import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useSite } from '../support/site';

// The sample site with generated pictures and made-up data (tests/support/pictures-site.ts).
const site = useSite({ root: () => inject('picturesSite').dist });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const phone: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
const retina: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 };

async function open(options: BrowserContextOptions, path: string): Promise<Page> {
  const context = await site.newContext('en-GB', options);
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: 'load' });
  return page;
}

/** The lead picture's AVIF candidates, by width, and the one the browser chose. */
async function leadChoice(page: Page) {
  return page.evaluate(() => {
    const picture = document.querySelector('h1 + figure picture')!;
    const img = picture.querySelector('img')!;
    const avif = picture.querySelector('source[type="image/avif"]')!.getAttribute('srcset')!;
    const byWidth = Object.fromEntries(
      avif.split(',').map((item) => {
        const [url, width] = item.trim().split(/\s+/);
        return [width, new URL(url!, location.href).href];
      }),
    );
    return { current: img.currentSrc, byWidth, complete: img.complete };
  });
}

describe('the browser loads the candidate that fits', () => {
  // 40rem column of 17 px = 680 CSS px; a 360 px phone shows the picture 328 px wide.
  test.each([
    ['a phone, 360 px at density 2 (656 device px)', '720w', phone],
    ['a desktop, 680 px column at density 1', '720w', desktop],
    ['a desktop, 680 px column at density 2 (1360 device px)', '1360w', retina],
  ] as const)('%s: the %s AVIF', async (_name, width, options) => {
    const page = await open(options, 'en/explainers/one-photo-one-chart/');
    const choice = await leadChoice(page);
    expect(choice.complete).toBe(true);
    expect(choice.current).toBe(choice.byWidth[width]);
    await page.context().close();
  });
});

test('pictures never shift the layout (CLS 0), on a phone and on a desktop, down to the last lazy picture', async () => {
  for (const options of [phone, desktop]) {
    const context = await site.newContext('en-GB', options);
    const page = await context.newPage();
    // A local server answers before the first paint, when nothing can shift yet: each picture
    // arrives half a second late, as on a slow network, so it lands in a page already shown.
    // (Without width and height on the <img>s this measures shifts of 0.16 and more.)
    await page.route(/\/_astro\/.*\.(avif|webp|jpg|png|svg)$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.goto(site.url('en/explainers/pictures-and-charts/'));
    await page.evaluate(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          (window as unknown as { shifts: number[] }).shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Scroll step by step, so every lazy picture comes into view while it is still loading.
    for (let y = 0; y < 6000; y += 300) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts).toEqual([]);
    await context.close();
  }
});

test('an explainer with a lead photo and a chart transfers at most 150 KB on first view at a phone’s width', async () => {
  site.server.transferred.clear();
  const page = await open(phone, 'en/explainers/one-photo-one-chart/');
  await page.waitForLoadState('networkidle');
  const transferred = [...site.server.transferred].sort((a, b) => b[1] - a[1]);
  const total = transferred.reduce((sum, [, bytes]) => sum + bytes, 0);
  // What was sent, largest first, in the failure message.
  expect(total, JSON.stringify(transferred)).toBeLessThanOrEqual(150 * 1024);
  expect(transferred.some(([path]) => path.endsWith('.avif'))).toBe(true);
  await page.context().close();
});

test.each(['en', 'uk', 'be'])(
  '%s: axe finds nothing serious with pictures and charts, the tables open',
  async (locale) => {
    // axe-core goes in as an inline script, which the pages' own <meta> policy would block.
    const page = await open({ ...desktop, bypassCSP: true }, `${locale}/explainers/pictures-and-charts/`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              o: object,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  },
);

test('a chart is readable in dark mode and in print: its marks and labels take the scheme’s colours', async () => {
  const context = await site.newContext('en-GB', { ...desktop, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(site.url('en/explainers/pictures-and-charts/'));
  const colours = () =>
    page.evaluate(() => {
      const bar = document.querySelector('figure.chart rect.series-0')!;
      const label = document.querySelector('figure.chart .chart-axis text')!;
      return {
        bar: getComputedStyle(bar).fill,
        label: getComputedStyle(label).fill,
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
  const dark = await colours();
  expect(dark.page).toBe('rgb(22, 22, 26)');
  expect(dark.bar).toBe('rgb(143, 177, 255)');
  expect(dark.label).toBe('rgb(169, 168, 179)');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const print = await colours();
  expect(print.bar).toBe('rgb(27, 27, 31)');
  await context.close();
});
