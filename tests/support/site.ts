import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { distDir } from './paths';
import { serveStatic, type StaticServer } from './static-server';

/** Starts dist/ on 127.0.0.1 and one Chromium for a test file; closes both afterwards. */
export function useSite(options: { locale?: string } = {}) {
  const state = {} as { server: StaticServer; browser: Browser; url: (path: string) => string };
  beforeAll(async () => {
    state.server = await serveStatic(distDir);
    state.browser = await launchChromium();
    state.url = (path: string) => new URL(path.replace(/^\//, ''), state.server.url).href;
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get server() {
      return state.server;
    },
    url: (path: string) => state.url(path),
    newContext: (locale = options.locale ?? 'en-GB', extra: BrowserContextOptions = {}): Promise<BrowserContext> =>
      state.browser.newContext({ locale, ...extra }),
  };
}
