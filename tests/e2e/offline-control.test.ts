import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from '../support/paths';
import { useSite } from '../support/site';

const site = useSite({ locale: 'be-BY' });
const page = 'be/explainers/ukraine-joins-eu-sanctions-on-belarus/';
const save = 'Захаваць беларускую версію для чытання без інтэрнэту';

test('by keyboard, the control asks before saving, and Cancel returns to the button having saved nothing', async () => {
  const context = await site.newContext();
  const tab = await context.newPage();
  await tab.goto(site.url(page));
  await tab.getByRole('button', { name: save }).focus();
  await tab.keyboard.press('Enter');
  await tab
    .locator('[data-offline-size]')
    .filter({ hasText: /\d,\d МБ/ })
    .waitFor();
  expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Захаваць');
  await tab.keyboard.press('Tab');
  expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Скасаваць');
  await tab.keyboard.press('Enter');
  expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe(save);
  expect(await tab.evaluate(() => caches.keys())).toEqual([]);
  expect(await tab.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  await context.close();
});

test('where the browser has no service workers, the control says why instead of offering to save', async () => {
  const context = await site.newContext();
  // As in old browsers and many private windows.
  await context.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
  const tab = await context.newPage();
  await tab.goto(site.url(page));
  await tab.getByText('Гэты браўзер не можа захоўваць старонкі для чытання без інтэрнэту').waitFor();
  expect(await tab.getByRole('button', { name: save }).isVisible()).toBe(false);
  await context.close();
});

test('a page opened from file:// offers no saving', async () => {
  const context = await site.newContext();
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(join(distDir, page, 'index.html')).href);
  await tab.waitForLoadState('load');
  expect(await tab.getByRole('button', { name: save }).isVisible()).toBe(false);
  await context.close();
});

test('a second control on the page (as on a page of ways to read) follows what the first one saves and removes', async () => {
  const context = await site.newContext();
  await context.route(`**/${page}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /<div class="offline-save"[\s\S]*?<\/div>/,
      (control) => control + control,
    );
    await route.fulfill({ response, body: html });
  });
  const tab = await context.newPage();
  await tab.goto(site.url(page));
  const [first, second] = [tab.locator('[data-offline]').nth(0), tab.locator('[data-offline]').nth(1)];
  await first.getByRole('button', { name: save }).click();
  await first.getByRole('button', { name: 'Захаваць', exact: true }).click();
  await second
    .getByRole('status')
    .filter({ hasText: /Захавана на гэтай прыладзе/ })
    .waitFor({ timeout: 30_000 });
  expect(await second.getByRole('button', { name: save }).isVisible()).toBe(false);
  await second.getByRole('button', { name: 'Выдаліць захаваную копію' }).click();
  await first.getByRole('button', { name: save }).waitFor();
  expect(await tab.evaluate(() => caches.keys())).toEqual([]);
  await context.close();
});
