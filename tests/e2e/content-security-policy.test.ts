import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { readHeadersFile, responseHeaders } from '../support/headers-file';
import { useSite } from '../support/site';

// dist/ served with the headers of its own _headers file, as Netlify or Cloudflare Pages would.
const site = useSite({
  headers: (root) => {
    const rules = readHeadersFile(root);
    return (path) => responseHeaders(rules, path);
  },
});
const slug = 'ukraine-joins-eu-sanctions-on-belarus';

/** Opens a page and records every CSP violation and console error it causes. */
async function openWatched(path: string, locale = 'en-GB') {
  const context = await site.newContext(locale);
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(site.url(path));
  return { context, page, errors, response };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test.each([
  ['the language chooser', '/'],
  ['a home page', 'en/'],
  ['an explainer', `uk/explainers/${slug}/`],
  ['who’s who', 'be/people/'],
  ['the glossary', 'en/glossary/'],
])('%s loads under the Content-Security-Policy with no violation', async (_, path) => {
  const { context, page, errors, response } = await openWatched(path);
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('search runs under the Content-Security-Policy: Pagefind’s worker and WebAssembly are allowed', async () => {
  const { context, page, errors } = await openWatched('uk/search/?q=Кулеба', 'uk-UA');
  await page.locator('.search-results li').first().waitFor();
  await page.getByRole('searchbox').fill('санкції');
  await page.locator('.search-results li').first().waitFor();
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('the header search dialog runs under the Content-Security-Policy', async () => {
  const { context, page, errors } = await openWatched(`be/explainers/${slug}/`, 'be-BY');
  await page.locator('[data-search-open]').click();
  await page.locator('dialog[open] input[type="search"]').fill('санкцыі');
  await page.locator('dialog[open] .search-results li').first().waitFor();
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
