import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { distDir } from '../support/paths';
import { useSite } from '../support/site';

// A host that sends no headers at all (GitHub Pages, S3, a plain nginx): only the
// <meta> policy in each page protects it. A copy of dist/ has an inline script and an
// inline style written into one explainer page, as an injection would.
const slug = 'ukraine-joins-eu-sanctions-on-belarus';
const page = `uk/explainers/${slug}/index.html`;
const root = mkdtempSync(join(tmpdir(), 'tlumach-meta-csp-'));
cpSync(distDir, root, { recursive: true });
const html = readFileSync(join(root, page), 'utf8');
const injected = '<script>window.injectedRan = true;</script><p style="color: red" id="injected-style">x</p>';
writeFileSync(join(root, page), html.replace('</main>', `${injected}</main>`));
const site = useSite({ root });
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a page served with no headers still runs under the policy: an injected inline script does not run', async () => {
  const context = await site.newContext('uk-UA');
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
  });
  const tab = await context.newPage();
  const response = await tab.goto(site.url(`uk/explainers/${slug}/`));
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await tab.waitForLoadState('networkidle');
  expect(await tab.evaluate(() => (window as unknown as { injectedRan?: boolean }).injectedRan)).toBeUndefined();
  expect(await tab.locator('#injected-style').evaluate((p) => getComputedStyle(p).color)).not.toBe('rgb(255, 0, 0)');
  const seen = await tab.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toContain('script-src-elem');
  expect(seen).toContain('style-src-attr');
  await context.close();
});

test('the page’s own scripts and its structured data still work under the meta policy', async () => {
  const context = await site.newContext('uk-UA');
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await tab.goto(site.url(`be/explainers/${slug}/`));
  await tab.locator('[data-search-open]').click();
  await tab.locator('dialog[open] input[type="search"]').fill('санкцыі');
  await tab.locator('dialog[open] .search-results li').first().waitFor();
  const data = await tab.locator('script[type="application/ld+json"]').textContent();
  expect(JSON.parse(data!)['@type']).toBe('BackgroundNewsArticle');
  expect(errors).toEqual([]);
  await context.close();
});
