import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../support/browser';
import { distDir } from '../support/paths';

// The Ukrainian copy, unpacked as a reader would, opened from file:// with no server.
let browser: Browser;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tlumach-copy-'));
  for (const [path, data] of Object.entries(unzipSync(readFileSync(join(distDir, 'copies/uk.zip'))))) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), data);
  }
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function openCopy() {
  const context = await browser.newContext({ locale: 'uk-UA' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('requestfailed', (request) => {
    // A favicon still loading when the test clicks on is aborted, not missing.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed ${request.url()}`);
  });
  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  return { context, page, problems };
}

test('the copy opens from file:// and says it is a saved copy, with its date, linking to the addresses', async () => {
  const { context, page, problems } = await openCopy();
  expect(await page.locator('html').getAttribute('lang')).toBe('uk');
  const notice = page.locator('[data-saved-copy-notice]');
  expect(await notice.textContent()).toMatch(/Це збережена копія сайту Тлумач, створена \d{1,2} \S+ \d{4} р\./);
  expect(await notice.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await notice.getByRole('link', { name: 'Де читати онлайн' }).click();
  expect(page.url()).toBe(pathToFileURL(join(folder, 'uk/read/index.html')).href);
  expect(await page.locator('.site-addresses a').first().getAttribute('href')).toMatch(/^https:\/\/.+\/uk\/$/);
  expect(problems).toEqual([]);
  await context.close();
});

test('from the copy’s index.html a reader follows links to an explainer, a person, and back', async () => {
  const { context, page, problems } = await openCopy();
  const stylesheet = await page.evaluate(() => document.styleSheets.length);
  expect(stylesheet).toBeGreaterThan(0);
  await page.locator('.explainer-list a').first().click();
  expect(page.url()).toMatch(/\/uk\/explainers\/[a-z0-9-]+\/index\.html$/);
  expect(await page.locator('[data-saved-copy-notice]').count()).toBe(1);
  await page.locator('main a.ref-link[href*="people/"]').first().click();
  expect(page.url()).toMatch(/\/uk\/people\/[a-z0-9-]+\/index\.html$/);
  await page.goBack();
  await page.locator('.site-name').click();
  expect(page.url()).toBe(pathToFileURL(join(folder, 'uk/index.html')).href);
  expect(await page.locator('.explainer-list a').count()).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('in the copy, the search link says why search does not work and what to do instead', async () => {
  const { context, page } = await openCopy();
  await page.getByRole('link', { name: 'Пошук' }).first().click();
  expect(page.url()).toMatch(/\/uk\/search\/index\.html$/);
  expect(await page.locator('main').textContent()).toContain('Пошук не працює у збереженій копії');
  expect(await page.getByRole('searchbox').count()).toBe(0);
  await context.close();
});

test('in the copy, another language’s version of the page is on the primary site', async () => {
  const { context, page } = await openCopy();
  await page.locator('.explainer-list a').first().click();
  const other = await page
    .getByRole('navigation', { name: 'Читати іншою мовою' })
    .getByRole('link', { name: /Беларуская/ })
    .getAttribute('href');
  expect(other).toMatch(/^https:\/\/[^/]+\/be\/explainers\/[a-z0-9-]+\/$/);
  await context.close();
});
