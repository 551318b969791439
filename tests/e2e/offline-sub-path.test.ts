import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser';
import { SUB_PATH_BASE } from '../support/build-sub-path-site';
import { serveStatic, type StaticServer } from '../support/static-server';

// The same saving, for a site served under a sub-path (the second build, BASE=/explainers/):
// the service worker's scope is the sub-path, and every saved address is under it.
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(inject('subPathSite').dist, { base: SUB_PATH_BASE });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => {});
});

test('under /explainers/, a saved language opens and searches offline, within the sub-path', async () => {
  const context = await browser.newContext({ locale: 'uk-UA' });
  const page = await context.newPage();
  const url = (path: string) => new URL(path, server.url).href;
  await page.goto(url('uk/'));
  await page.getByRole('button', { name: /^Зберегти українську/ }).click();
  await page.getByRole('button', { name: 'Зберегти', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Збережено на цьому пристрої/ })
    .waitFor({ timeout: 30_000 });
  const scopes = await page.evaluate(() =>
    navigator.serviceWorker.getRegistrations().then((all) => all.map((r) => r.scope)),
  );
  expect(scopes).toEqual([server.url]);
  const keys = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) for (const key of await (await caches.open(name)).keys()) all.push(key.url);
    return all;
  });
  expect(keys.filter((key) => !key.startsWith(server.url))).toEqual([]);

  await context.setOffline(true);
  await server.close();
  await page.goto(url('uk/search/?q=Кулеба'));
  const first = page.locator('[data-search-results] li a').first();
  await first.waitFor({ timeout: 30_000 });
  expect(new URL((await first.getAttribute('href'))!, page.url()).pathname.startsWith(SUB_PATH_BASE)).toBe(true);
  await first.click();
  await page.waitForURL(`**${SUB_PATH_BASE}uk/explainers/**`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/\S/);
  await context.close();
});
