import { expect, inject, test } from 'vitest';
import { SUB_PATH_BASE } from '../support/build-sub-path-site';
import { readHeadersFile, responseHeaders } from '../support/headers-file';
import { useSite } from '../support/site';

// The second build (BASE=/explainers/), served under that sub-path with its own _headers.
const site = useSite({
  root: () => inject('subPathSite').dist,
  base: SUB_PATH_BASE,
  headers: (root) => {
    const rules = readHeadersFile(root);
    return (path) => responseHeaders(rules, path);
  },
});
const slug = 'ukraine-joins-eu-sanctions-on-belarus';

test('under /explainers/, "/" sends a reader to their language and the switcher keeps the explainer', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  await page.goto(site.url('/'));
  await page.waitForURL(`**${SUB_PATH_BASE}uk/`);
  await page.goto(site.url(`uk/explainers/${slug}/`));
  await page
    .getByRole('navigation', { name: 'Читати іншою мовою' })
    .getByRole('link', { name: /Беларуская/ })
    .click();
  await page.waitForURL(`**${SUB_PATH_BASE}be/explainers/${slug}/`);
  expect(await page.locator('html').getAttribute('lang')).toBe('be');
  await context.close();
});

test('under /explainers/, search loads its index from the sub-path and links results under it', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(SUB_PATH_BASE)) outside.push(pathname);
  });
  await page.goto(site.url('uk/search/?q=Кулеба'));
  const first = page.locator('.search-results a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`^${SUB_PATH_BASE}uk/explainers/`));
  await first.click();
  await page.waitForURL(`**${SUB_PATH_BASE}uk/explainers/**`);
  expect(outside).toEqual([]);
  await context.close();
});
