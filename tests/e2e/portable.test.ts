import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser';
import { SUB_PATH_BASE } from '../support/build-sub-path-site';
import { readHeadersFile, responseHeaders } from '../support/headers-file';
import { distDir } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/static-server';

/** A sub-path neither build was made for, as a CDN mirror would serve a copy of dist/. */
const MIRROR = '/mirror-7/';
const slug = 'ukraine-joins-eu-sanctions-on-belarus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/**
 * Serves one dist/ at `at`, with its own _headers applied as the host at the build's base
 * would apply them (a mirror's operator copies the rules along with the files).
 */
async function serveAt(root: string, builtFor: string, at: string): Promise<StaticServer> {
  const rules = readHeadersFile(root);
  return serveStatic(root, { base: at, headers: (path) => responseHeaders(rules, builtFor + path.slice(at.length)) });
}

/** Opens `path` and records every same-origin request that failed, and every CSP violation. */
async function open(server: StaticServer, path: string, locale = 'uk-UA') {
  const context = await browser.newContext({ locale });
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  const failed: string[] = [];
  page.on('response', (response) => {
    if (
      new URL(response.url()).origin === origin &&
      response.status() >= 400 &&
      !response.request().isNavigationRequest()
    )
      failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  const response = await page.goto(new URL(path, server.url).href);
  return { context, page, failed, response };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe.each([
  ['built for /', () => distDir, '/'],
  [`built for ${SUB_PATH_BASE}`, () => inject('subPathSite').dist, SUB_PATH_BASE],
])('one dist/ (%s), served unchanged at its own path and at a sub-path it was not built for', (_, root, base) => {
  const servers: Record<string, StaticServer> = {};
  beforeAll(async () => {
    servers.own = await serveAt(root(), base, base);
    servers.mirror = await serveAt(root(), base, MIRROR);
  });
  afterAll(async () => {
    await servers.own?.close();
    await servers.mirror?.close();
  });

  test.each(['own', 'mirror'])(
    'at the %s path, every same-origin request of the pages succeeds and the policy reports nothing',
    async (where) => {
      const pages = [
        '',
        'uk/',
        `uk/explainers/${slug}/`,
        'be/people/',
        'en/glossary/',
        'uk/read/',
        'uk/search/?q=Кулеба',
      ];
      for (const path of pages) {
        const { context, page, failed, response } = await open(servers[where]!, path);
        expect(response?.status(), path).toBe(200);
        if (path.includes('search')) await page.locator('.search-results li').first().waitFor();
        await page.waitForLoadState('networkidle');
        // The header's search dialog loads its code and Pagefind on first use: open it too.
        if (path.includes('explainers')) {
          await page.keyboard.press('/');
          await page.getByRole('dialog').getByRole('searchbox').fill('санкції');
          await page.locator('dialog .search-results li').first().waitFor();
        }
        expect(failed, path).toEqual([]);
        expect(await violations(page), path).toEqual([]);
        await context.close();
      }
    },
  );

  test('under the mirror path, "/" sends a reader to their language and the switcher keeps the explainer', async () => {
    const { context, page } = await open(servers.mirror!, '');
    await page.waitForURL(`**${MIRROR}uk/`);
    await page.goto(new URL(`uk/explainers/${slug}/`, servers.mirror!.url).href);
    await page
      .getByRole('navigation', { name: 'Читати іншою мовою' })
      .getByRole('link', { name: /Беларуская/ })
      .click();
    await page.waitForURL(`**${MIRROR}be/explainers/${slug}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('be');
    await context.close();
  });

  test('under the mirror path, search loads its index from there and links results there', async () => {
    const { context, page } = await open(servers.mirror!, 'uk/search/?q=Кулеба');
    const outside: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (!pathname.startsWith(MIRROR)) outside.push(pathname);
    });
    await page.reload();
    const first = page.locator('.search-results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${MIRROR}uk/explainers/`));
    await first.click();
    await page.waitForURL(`**${MIRROR}uk/explainers/**`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(outside).toEqual([]);
    await context.close();
  });

  test('a 404 page at any depth under the mirror path lists the site’s addresses, absolute', async () => {
    const { context, page, response } = await open(servers.mirror!, 'uk/explainers/no-such-explainer/');
    expect(response?.status()).toBe(404);
    const addresses = await page
      .locator('.site-addresses a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(addresses.length).toBeGreaterThan(0);
    for (const href of addresses) expect(href).toMatch(/^https?:\/\/.+\/uk\/$/);
    await context.close();
  });

  test('a 404 page at any depth at its own path loads its stylesheet and links home', async () => {
    const { context, page, failed, response } = await open(servers.own!, 'uk/explainers/no-such-explainer/deeper/');
    expect(response?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    await page.getByRole('main').getByRole('link', { name: 'До списку пояснень' }).click();
    await page.waitForURL(new URL('uk/', servers.own!.url).href);
    await context.close();
  });
});
