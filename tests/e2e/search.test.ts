import { expect, test } from 'vitest';
import { useSite } from '../support/site';

const site = useSite();
const sanctions = 'ukraine-joins-eu-sanctions-on-belarus';
const election = 'belarus-2020-election-and-protests';

test('a reader searches from the header of a Ukrainian page and opens a result with the keyboard', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  await page.goto(site.url(`uk/explainers/${election}/`));
  await page.getByRole('navigation', { name: 'Головне меню' }).getByRole('link', { name: 'Пошук' }).click();
  const dialog = page.getByRole('dialog', { name: 'Пошук' });
  await dialog.waitFor();
  const box = dialog.getByRole('searchbox', { name: 'Пошук пояснень' });
  expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
  await box.pressSequentially('санкціями');
  const first = dialog.locator('.search-result-title a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`/uk/explainers/${sanctions}/$`));
  expect(await dialog.getByRole('status').textContent()).toMatch(/результат.* за запитом «санкціями»/);
  expect(await dialog.locator('.search-results mark').first().textContent()).toMatch(/^санкці/i);

  await box.press('ArrowDown');
  expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/uk/explainers/${sanctions}/`);
  await context.close();
});

test('when Pagefind fails to load, the next search tries again instead of failing until a reload', async () => {
  const context = await site.newContext('en-GB');
  const page = await context.newPage();
  // pagefind.js fails (a dropped connection) until the reader has seen the error.
  let failing = true;
  let requests = 0;
  await page.route(
    (url) => url.pathname.endsWith('/pagefind/pagefind.js'),
    async (route) => {
      requests++;
      if (failing) await route.abort('connectionfailed');
      else await route.continue();
    },
  );
  page.on('console', () => undefined); // the first load's error is expected
  await page.goto(site.url(`en/explainers/${election}/`));
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('searchbox');
  await box.fill('sanctions');
  await dialog.getByRole('status').filter({ hasText: 'Search is not available right now.' }).waitFor();
  failing = false;
  const failed = requests;

  // The reader tries again: a new query, in the same dialog.
  await box.fill('sanction');
  const first = dialog.locator('.search-result-title a').first();
  await first.waitFor({ timeout: 15_000 });
  expect(await first.getAttribute('href')).toMatch(/\/en\/explainers\//);
  expect(requests).toBeGreaterThan(failed);
  await context.close();
});

test('"/" and Ctrl-K open search, Escape closes it and gives focus back', async () => {
  const context = await site.newContext('be-BY');
  const page = await context.newPage();
  await page.goto(site.url('be/'));
  const dialog = page.getByRole('dialog', { name: 'Пошук' });
  await page.keyboard.press('/');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.keyboard.press('Control+k');
  await dialog.waitFor();
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('q');
  await context.close();
});

test('"also search other languages" adds English results, labelled with their language', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  await page.goto(site.url('uk/search/?q=Кулеба'));
  const results = page.locator('main .search-result');
  await results.first().waitFor();
  const before = await page
    .locator('main .search-result-title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of before) expect(href).toMatch(/\/uk\/explainers\//);

  await page.getByRole('checkbox', { name: 'Шукати також іншими мовами' }).check();
  const english = page.locator('main .search-result[lang="en"]');
  await english.first().waitFor();
  expect(await english.first().locator('a').getAttribute('href')).toMatch(/^\/en\/explainers\/[a-z0-9-]+\/$/);
  expect(await english.first().locator('.badge').textContent()).toBe('English');
  expect(new URL(page.url()).searchParams.get('all')).toBe('on');
  await context.close();
});

test('/be/search/?q=… shows results on load, for an inflected form and a Latin name', async () => {
  const context = await site.newContext('be-BY');
  const page = await context.newPage();
  await page.goto(site.url('be/search/?q=санкцыямі'));
  const first = page.locator('main .search-result-title a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`/be/explainers/${sanctions}/$`));
  expect(await page.getByRole('searchbox').inputValue()).toBe('санкцыямі');

  await page.goto(site.url('be/search/?q=Tikhanovskaya'));
  await page.locator('main .search-result').first().waitFor();
  expect(await page.locator('main .search-result-title a').first().getAttribute('href')).toMatch(
    new RegExp(`/be/explainers/${election}/$`),
  );
  await context.close();
});

test('a query with no match says so in the page language', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto(site.url('en/search/?q=zzzqqqxxx'));
  await page.getByText('No results for “zzzqqqxxx”.').waitFor();
  await context.close();
});

test('without JavaScript the header link goes to the search page, which says search needs JavaScript', async () => {
  const context = await site.newContext('uk-UA', { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url(`uk/explainers/${sanctions}/`));
  await page.getByRole('navigation', { name: 'Головне меню' }).getByRole('link', { name: 'Пошук' }).click();
  await page.waitForURL('**/uk/search/');
  const notice = page.locator('main .notice');
  expect(await notice.innerText()).toContain('Для пошуку потрібен JavaScript.');
  const browse = notice.getByRole('link', { name: 'Усі пояснення' });
  expect(await browse.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(site.url('uk/'));
  await context.close();
});

test('the topic filter keeps only explainers on that topic, labelled in the page language', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  await page.goto(site.url('uk/search/?q=Лукашенко'));
  const links = page.locator('main .search-result-title a');
  await links.nth(1).waitFor();
  await page.getByRole('combobox', { name: 'Тема' }).selectOption({ label: 'Протести' });
  await page.waitForURL(/topic=protests/);
  await page.locator('main [data-search-status]', { hasText: /^1 результат/ }).waitFor();
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    `/uk/explainers/${election}/`,
  ]);
  await context.close();
});
