import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { explainers, recallSet, type RecallCase } from '../fixtures/search-recall';
import { servePlainPagefind } from '../support/plain-pagefind';
import { useSite } from '../support/site';

// Recall@5 of the real search page on the real built index, in Chromium: for each
// query of tests/fixtures/search-recall.ts, is the expected explainer among the
// first five results? The same queries also go to stock Pagefind over the same
// pages (no hidden terms, the query as typed), which is what we improve on.
const site = useSite();
let plain: Awaited<ReturnType<typeof servePlainPagefind>>;
beforeAll(async () => {
  plain = await servePlainPagefind();
});
afterAll(async () => {
  await plain?.close();
});

const TOP = 5;
const slugOf = (href: string | null) => /\/explainers\/([^/]+)\//.exec(href ?? '')?.[1];

async function ourTop(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await box.fill(query);
  await box.press('Enter');
  // Every final status (results or none) quotes the query; "searching…" does not.
  await page.locator('main [data-search-status]', { hasText: new RegExp(`[«“]${escape(query)}[»”]`) }).waitFor();
  const hrefs = await page
    .locator('main .search-result-title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return hrefs.slice(0, TOP).map((h) => slugOf(h) ?? '');
}

async function plainTop(page: Page, query: string): Promise<string[]> {
  const urls = (await page.evaluate(
    `(async () => {
      const module = await import(${JSON.stringify(plain.bundle + 'pagefind.js')});
      window.plainPagefind ??= module.createInstance({ basePath: ${JSON.stringify(plain.bundle)}, noWorker: true });
      const found = await window.plainPagefind.search(${JSON.stringify(query)});
      return Promise.all(found.results.slice(0, ${TOP}).map(async (r) => (await r.data()).url));
    })()`,
  )) as string[];
  return urls.map((u) => slugOf(u) ?? '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe.each(localeCodes)('search recall in %s', (locale: Locale) => {
  test(`recall@${TOP} is at least 0.9, on ${recallSet[locale].length} queries`, async () => {
    // Stock Pagefind is loaded from another server, which the pages' own <meta> policy would block.
    const context = await site.newContext(undefined, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.url(`${locale}/search/`));
    const misses: { ours: RecallCase[]; plain: RecallCase[] } = { ours: [], plain: [] };
    for (const item of recallSet[locale]) {
      const wanted = explainers[item.expect];
      if (!(await ourTop(page, item.query)).includes(wanted)) misses.ours.push(item);
      if (!(await plainTop(page, item.query)).includes(wanted)) misses.plain.push(item);
    }
    await context.close();

    const total = recallSet[locale].length;
    const recall = (missed: number) => (total - missed) / total;
    console.info(
      `${locale}: recall@${TOP} ours ${recall(misses.ours.length).toFixed(3)}, ` +
        `plain Pagefind ${recall(misses.plain.length).toFixed(3)} (${total} queries)\n` +
        `  ours missed: ${misses.ours.map((m) => `"${m.query}" (${m.kind})`).join(', ') || 'none'}\n` +
        `  plain missed: ${misses.plain.map((m) => `"${m.query}" (${m.kind})`).join(', ') || 'none'}`,
    );
    expect(total).toBeGreaterThanOrEqual(40);
    expect(recall(misses.ours.length)).toBeGreaterThanOrEqual(0.9);
  });
});
