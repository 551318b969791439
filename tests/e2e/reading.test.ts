import { expect, test } from 'vitest';
import { useSite } from '../support/site';

const site = useSite();
const slug = 'ukraine-joins-eu-sanctions-on-belarus';

test('a reader opens a Ukrainian explainer and switches to Belarusian, staying on the same explainer', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  await page.goto(site.url(`uk/explainers/${slug}/`));
  expect(await page.locator('html').getAttribute('lang')).toBe('uk');
  const ukTitle = await page.getByRole('heading', { level: 1 }).textContent();

  await page
    .getByRole('navigation', { name: 'Читати іншою мовою' })
    .getByRole('link', { name: /Беларуская/ })
    .click();
  await page.waitForURL(`**/be/explainers/${slug}/`);
  expect(await page.locator('html').getAttribute('lang')).toBe('be');
  const beTitle = await page.getByRole('heading', { level: 1 }).textContent();
  expect(beTitle).toMatch(/\S/);
  expect(beTitle).not.toBe(ukTitle);
  expect(await page.locator('[aria-current="page"]').textContent()).toContain('Беларуская');
  await context.close();
});

test('"/" sends a new reader to the best match of the browser languages', async () => {
  const context = await site.newContext('be-BY');
  const page = await context.newPage();
  await page.goto(site.url('/'));
  await page.waitForURL('**/be/');
  expect(await page.locator('html').getAttribute('lang')).toBe('be');
  await context.close();
});

test('"/" sends a returning reader to the language they read in last', async () => {
  const context = await site.newContext('en-GB');
  const page = await context.newPage();
  await page.goto(site.url('uk/'));
  await page.goto(site.url('/'));
  await page.waitForURL('**/uk/');
  await context.close();
});

test('without JavaScript "/" shows plain links to the three homes', async () => {
  const context = await site.newContext('be-BY');
  await context.route('**/*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(site.url('/'));
  expect(new URL(page.url()).pathname).toBe('/');
  const links = page.getByRole('link');
  expect(await links.count()).toBe(3);
  await links.filter({ hasText: 'Українська' }).click();
  await page.waitForURL('**/uk/');
  await context.close();
});

test('the skip link moves keyboard focus to the main content', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto(site.url(`en/explainers/${slug}/`));
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => location.hash)).toBe('#main');
  await context.close();
});
