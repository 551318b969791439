import { expect, test } from 'vitest';
import { useSite } from '../support/site';

const site = useSite();
const explainer = 'uk/explainers/ukraine-joins-eu-sanctions-on-belarus/';

test('a <Person> card opens by keyboard, and Escape closes it', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  await page.goto(site.url(explainer));
  const link = page.locator('.prose').getByRole('link', { name: 'Дмитро Кулеба' }).first();
  const card = page.locator(`#${await link.getAttribute('aria-describedby')}`);
  expect(await card.isVisible()).toBe(false);

  // Tab through the page until the person link has focus, as a keyboard user would.
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await card.isVisible()).toBe(true);
  expect(await card.textContent()).toBe('Міністр закордонних справ України');

  await page.keyboard.press('Escape');
  expect(await card.isVisible()).toBe(false);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/uk/people/kuleba/');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Дмитро Кулеба');
  await context.close();
});

test('on a touch screen the first tap opens the card and the second follows the link', async () => {
  const touch = await site.newContext('be-BY', { hasTouch: true, isMobile: true });
  const page = await touch.newPage();
  await page.goto(site.url('be/explainers/ukraine-joins-eu-sanctions-on-belarus/'));
  const link = page.locator('.prose').getByRole('link', { name: 'Дзмітрый Кулеба' }).first();
  const card = page.locator(`#${await link.getAttribute('aria-describedby')}`);
  await link.tap();
  expect(await card.isVisible()).toBe(true);
  expect(new URL(page.url()).pathname).toBe('/be/explainers/ukraine-joins-eu-sanctions-on-belarus/');
  await link.tap();
  await page.waitForURL('**/be/people/kuleba/');
  await touch.close();
});

test('without JavaScript a person is a plain link to the who’s-who page', async () => {
  const context = await site.newContext('en-GB');
  await context.route('**/*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(site.url('en/explainers/belarus-2020-election-and-protests/'));
  await page.locator('.prose').getByRole('link', { name: 'Maria Kolesnikova' }).click();
  await page.waitForURL('**/en/people/kolesnikova/');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Maria Kolesnikova');
  await context.close();
});
