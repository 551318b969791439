import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../support/browser';
import { distDir } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/static-server';

// One reader's whole story, in order: save Ukrainian and Belarusian, lose the network, read,
// switch and search, then remove. Playwright's offline mode does not reach a service
// worker's own fetches in Chromium (microsoft/playwright#2311), so "offline" here is both
// context.setOffline(true) and the static server stopped: nothing can come from the network.
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const url = (path: string) => new URL(path, server.url).href;
const slug = 'ukraine-joins-eu-sanctions-on-belarus';
const requested: string[] = [];

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'uk-UA' });
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => {});
});

/** Saves the language of the open page, returning the highest progress seen and its maximum. */
async function saveThisLanguage(button: RegExp, confirm: string, saved: RegExp): Promise<[number, number]> {
  await page.evaluate(() => {
    const progress = document.querySelector('progress[data-offline-progress]') as HTMLProgressElement;
    const seen = ((window as unknown as { seen: number[] }).seen = [0, 0]);
    new MutationObserver(() => {
      seen[0] = Math.max(seen[0]!, progress.value);
      seen[1] = progress.max;
    }).observe(progress, { attributes: true });
  });
  await page.getByRole('button', { name: button }).click();
  const size = page.locator('[data-offline-size]');
  await size.waitFor();
  expect(await size.textContent()).toMatch(/\d,\d МБ/);
  await page.getByRole('button', { name: confirm, exact: true }).click();
  await page.getByRole('status').filter({ hasText: saved }).waitFor({ timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { seen: [number, number] }).seen);
}

test('a page offers to save its language and downloads nothing for it until asked', async () => {
  await page.goto(url(`uk/explainers/${slug}/`));
  await page.getByRole('button', { name: 'Зберегти українську версію для читання без інтернету' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => /offline-sw\.js|\/offline\/|offline-save/.test(path))).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('a reader saves Ukrainian and Belarusian, watching the progress reach the size shown', async () => {
  const [uk, ukMax] = await saveThisLanguage(
    /^Зберегти українську/,
    'Зберегти',
    /Збережено на цьому пристрої: Українська/,
  );
  expect(ukMax).toBeGreaterThan(100_000);
  expect(uk).toBe(ukMax);
  expect(requested).toContain('/offline-sw.js');
  await page.goto(url(`be/explainers/${slug}/`));
  // Dated in Belarusian even where the browser has no Belarusian Intl data (Chromium has none).
  const today = new Intl.DateTimeFormat('be', { dateStyle: 'long' }).format(new Date());
  const [be, beMax] = await saveThisLanguage(
    /^Захаваць беларускую/,
    'Захаваць',
    /Захавана на гэтай прыладзе: Беларуская/,
  );
  expect(be).toBe(beMax);
  expect(await page.getByRole('status').textContent()).toContain(`Беларуская, ${today}, `);
});

test('offline, the reader opens saved pages, follows links, switches language and reloads', async () => {
  await context.setOffline(true);
  await server.close();
  await page.goto(url(`uk/explainers/${slug}/`));
  expect(await page.locator('html').getAttribute('lang')).toBe('uk');
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('link', { name: 'Дмитро Кулеба' }).first().click();
  await page.waitForURL('**/uk/people/kuleba/');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Кулеба/);
  await page.goBack();
  await page.reload();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);

  // The root language chooser is not saved: the reader lands on a saved language's home.
  await page.goto(url(''));
  await page.waitForURL('**/uk/');
  await page.goto(url(`uk/explainers/${slug}/`));
  const switcher = page.getByRole('navigation', { name: 'Читати іншою мовою' });
  await switcher.getByRole('link', { name: /Беларуская/ }).click();
  await page.waitForURL(`**/be/explainers/${slug}/`);
  expect(await page.locator('html').getAttribute('lang')).toBe('be');
});

test('offline, a language that is not saved gets a clear message in the reader’s language', async () => {
  await page.goto(url(`uk/explainers/${slug}/`));
  await page
    .getByRole('navigation', { name: 'Читати іншою мовою' })
    .getByRole('link', { name: /English/ })
    .click();
  await page.waitForURL('**/uk/not-saved/**');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Цю сторінку не збережено на цьому пристрої',
  );
  expect(await page.locator('main').textContent()).toContain('Мову «English» не збережено на цьому пристрої.');
});

test('offline, search finds saved explainers from the saved index and its results open', async () => {
  await page.goto(url('uk/search/?q=Кулеба'));
  const first = page.locator('[data-search-results] li a').first();
  await first.waitFor({ timeout: 30_000 });
  await first.click();
  await page.waitForURL('**/uk/explainers/**');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/\S/);
});

test('removing both saved copies empties Cache Storage and unregisters the service worker', async () => {
  for (const [path, remove] of [
    [`uk/explainers/${slug}/`, 'Видалити збережену копію'],
    [`be/explainers/${slug}/`, 'Выдаліць захаваную копію'],
  ] as const) {
    await page.goto(url(path));
    await page.getByRole('button', { name: remove }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /видалено|выдалена/ })
      .waitFor();
  }
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});
