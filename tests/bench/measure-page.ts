import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/static-server';

export interface PageFigures {
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
  cssBytes: number;
  jsGzip: number;
  jsBytes: number;
  /** Everything a first search downloads (gzip, as a CDN sends it). */
  searchTransferGzip: number;
  searchMs: number;
}

/**
 * Opens one explainer in Chromium as a first-time reader would, then runs one search,
 * counting bytes as the static server sends them (gzip for text).
 */
export async function measurePage(
  distDir: string,
  pagePath: string,
  searchPath: string,
  query: string,
): Promise<PageFigures> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const raw = new Map<string, number>();
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      const body = await response.body().catch(() => Buffer.alloc(0));
      raw.set(path, body.length);
    });
    await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'networkidle' });
    const sum = (filter: (path: string) => boolean, sizes: Map<string, number>) =>
      [...sizes].filter(([path]) => filter(path)).reduce((total, [, size]) => total + size, 0);
    const isCss = (p: string) => p.endsWith('.css');
    const isJs = (p: string) => p.endsWith('.js');
    const html = readFileSync(join(distDir, pagePath, 'index.html'));
    const figures = {
      htmlBytes: html.length,
      htmlGzip: gzipSync(html, { level: 9 }).length,
      cssBytes: sum(isCss, raw),
      cssGzip: sum(isCss, server.transferred),
      jsBytes: sum(isJs, raw),
      jsGzip: sum(isJs, server.transferred),
    };

    // A fresh reader opens the search page and types one word.
    const searchContext = await browser.newContext();
    const searchPage = await searchContext.newPage();
    await searchPage.goto(new URL(searchPath, server.url).href, { waitUntil: 'networkidle' });
    server.transferred.clear();
    const started = performance.now();
    await searchPage.locator('input[type="search"]').first().fill(query);
    await searchPage.locator('[data-search-results] li').first().waitFor({ timeout: 30_000 });
    const searchMs = performance.now() - started;
    await searchPage.waitForLoadState('networkidle');
    const searchTransferGzip = [...server.transferred.values()].reduce((a, b) => a + b, 0);
    return { ...figures, searchTransferGzip, searchMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
