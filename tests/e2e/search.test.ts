import { expect, test } from 'vitest';
import { useSite } from '../support/site';

const site = useSite();

test('a Belarusian word on /be/search/ finds the Belarusian explainer', async () => {
  const context = await site.newContext('be-BY');
  const page = await context.newPage();
  await page.goto(site.url('be/search/'));
  await page.getByRole('searchbox').fill('санкцыі');
  const first = page.locator('[data-search-results]').getByRole('link').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toMatch(/\/be\/explainers\/ukraine-joins-eu-sanctions-on-belarus\/$/);
  expect(await page.getByRole('status').textContent()).toMatch(/вынік/);
  expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
  await context.close();
});

test('/uk/search/?q=… searches on load and finds only Ukrainian pages', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  await page.goto(site.url('uk/search/?q=Кулеба'));
  await page.locator('.search-results li').first().waitFor();
  const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/\/uk\/explainers\//);
  expect(await page.getByRole('searchbox').inputValue()).toBe('Кулеба');
  await context.close();
});

test('a query with no match says so in the page language', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto(site.url('en/search/?q=zzzqqqxxx'));
  await page.getByText('No results for “zzzqqqxxx”.').waitFor();
  await context.close();
});
