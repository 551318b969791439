import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/static-server';

export interface OfflineFigures {
  /** What saving the language stores (offline/<locale>.json), and how many files. */
  savedMB: number;
  files: number;
  /** From "Save" to "Saved" in Chromium, served from 127.0.0.1 (no network latency). */
  saveS: number;
  /** Bytes sent (gzip where a CDN would gzip) while saving, the service worker included. */
  transferMB: number;
}

/** Saves one language for offline reading from one of its explainers, as a reader would. */
export async function measureOfflineSave(distDir: string, locale: string, pagePath: string): Promise<OfflineFigures> {
  const versions = JSON.parse(readFileSync(join(distDir, 'offline/versions.json'), 'utf8')) as Record<
    string,
    { bytes: number; files: number }
  >;
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'networkidle' });
    await page.locator('[data-offline-start]').click();
    await page.locator('[data-offline-yes]').waitFor();
    server.transferred.clear();
    const started = performance.now();
    await page.locator('[data-offline-yes]').click();
    await page.locator('[data-offline-remove]').waitFor({ timeout: 600_000 });
    const saveS = (performance.now() - started) / 1000;
    const transferred = [...server.transferred.values()].reduce((a, b) => a + b, 0);
    return {
      savedMB: versions[locale]!.bytes / 1e6,
      files: versions[locale]!.files,
      saveS,
      transferMB: transferred / 1e6,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
