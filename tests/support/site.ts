import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { distDir } from './paths';
import { serveStatic, type StaticServer } from './static-server';

export interface SiteOptions {
  locale?: string;
  /** The built site to serve (default dist/); a function when it is known only once tests run. */
  root?: string | (() => string);
  /** The sub-path it was built for (BASE). */
  base?: string;
  /** Extra response headers per request path, e.g. those of dist/_headers. */
  headers?: (root: string) => (path: string) => Record<string, string>;
}

/** Starts a built site on 127.0.0.1 and one Chromium for a test file; closes both afterwards. */
export function useSite(options: SiteOptions = {}) {
  const state = {} as { server: StaticServer; browser: Browser; url: (path: string) => string };
  beforeAll(async () => {
    const root = typeof options.root === 'function' ? options.root() : (options.root ?? distDir);
    state.server = await serveStatic(root, { base: options.base, headers: options.headers?.(root) });
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
