import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useSite } from '../support/site';

const site = useSite();
const slug = 'ukraine-joins-eu-sanctions-on-belarus';

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  inHeader: boolean;
  inMain: boolean;
  outlined: boolean;
}

/** Presses Tab and describes where focus landed, and whether it can be seen there. */
async function tab(page: Page): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      inHeader: el.closest('header.site-header, .site-header') !== null,
      inMain: el.closest('main') !== null,
      outlined: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
    };
  });
}

/** Tabs until `done` says so, at most `limit` times; returns every stop on the way. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, limit = 40): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    const focused = await tab(page);
    stops.push(focused);
    if (done(focused)) return stops;
  }
  throw new Error(`Focus never got there in ${limit} presses of Tab: ${stops.map((s) => s.text).join(' → ')}`);
}

test('the first Tab reaches the skip link, and Enter moves focus into the main content', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto(site.url(`en/explainers/${slug}/`));
  const first = await tab(page);
  expect(first).toMatchObject({ tag: 'a', text: 'Skip to content', href: '#main', outlined: true });
  expect(await page.locator('.skip-link').isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  const next = await tab(page);
  expect(next.inMain, `after the skip link, Tab went to "${next.text}"`).toBe(true);
  await context.close();
});

test('every control in the header is reached in order, with a visible focus ring', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto(site.url(`en/explainers/${slug}/`));
  const stops = await tabUntil(page, (f) => f.inMain);
  const header = stops.filter((s) => s.inHeader);
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.site-header a[href], .site-header button, .site-header input')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ')),
  );
  expect(header.map((s) => s.text)).toEqual(expected);
  expect(header.filter((s) => !s.outlined).map((s) => s.text)).toEqual([]);
  await context.close();
});

test('the language switcher works from the keyboard and keeps the reader on the same explainer', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto(site.url(`en/explainers/${slug}/`));
  await tabUntil(page, (f) => f.inHeader && /Українська/.test(f.text));
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/uk/explainers/${slug}/`);
  expect(await page.locator('html').getAttribute('lang')).toBe('uk');
  await context.close();
});

test('search works from the keyboard alone: open it, type, and follow a result', async () => {
  const context = await site.newContext('uk-UA');
  const page = await context.newPage();
  await page.goto(site.url(`uk/explainers/${slug}/`));
  await tabUntil(page, (f) => f.inHeader && /Пошук/.test(f.text));
  await page.keyboard.press('Enter');
  // The header's search control opens a search field in place (a dialog), or, without
  // it, the search page; either way the keyboard must get to the field.
  const onSearchbox = async () => {
    try {
      return await page.evaluate(() => document.activeElement?.getAttribute('type') === 'search');
    } catch {
      return false; // the page is navigating
    }
  };
  await expect.poll(async () => (await onSearchbox()) || page.url().endsWith('/uk/search/')).toBe(true);
  if (!(await onSearchbox())) {
    await page.waitForLoadState();
    await tabUntil(page, (f) => f.tag === 'input');
  }
  expect(await onSearchbox()).toBe(true);
  await page.keyboard.type('санкції');
  await page.keyboard.press('Enter');
  await page.locator('.search-results a').filter({ visible: true }).first().waitFor();
  const result = await tabUntil(page, (f) => f.tag === 'a' && /\/uk\/explainers\//.test(f.href ?? ''));
  expect(result.at(-1)!.outlined).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/uk/explainers/**');
  await context.close();
});
