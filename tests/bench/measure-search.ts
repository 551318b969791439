/**
 * npm run bench:search [-- --dist dist] [-- --page uk/explainers/<slug>/] [-- --query санкції]
 *
 * A first-time reader on an explainer opens search from the header and types a
 * query. Counts every byte sent after the page has loaded (gzip for text, as a
 * CDN sends it), by kind, and the time from typing the query to the first
 * rendered result; then a second query, now that everything is loaded.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../support/browser';
import { projectRoot } from '../support/paths';
import { serveStatic } from '../support/static-server';

export interface SearchFigures {
  /** Bytes by kind: search UI code, Pagefind's JS and wasm, index (meta, chunks, filters), result fragments. */
  bytes: { ui: number; engine: number; index: number; fragments: number; other: number; total: number };
  files: { path: string; bytes: number }[];
  /** From typing the query to the first result on screen, first search of the visit. */
  firstMs: number;
  /** The same for a second query in the same dialog. */
  secondMs: number;
}

export async function measureFirstSearch(
  distDir: string,
  options: { page: string; query: string; secondQuery?: string },
): Promise<SearchFigures> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(options.page, server.url).href, { waitUntil: 'networkidle' });
    server.transferred.clear();

    await page.keyboard.press('/');
    const dialog = page.locator('[data-search-dialog]');
    const box = dialog.locator('input[type="search"]');
    await box.waitFor();
    const firstMs = await timeToResults(page, options.query);
    await page.waitForLoadState('networkidle');
    const files = [...server.transferred].map(([path, bytes]) => ({ path, bytes }));
    const secondMs = await timeToResults(page, options.secondQuery ?? options.query.slice(0, -1));

    const kind = (path: string) =>
      path.startsWith('/_astro/')
        ? 'ui'
        : /\/pagefind\/(pagefind[^/]*\.js|wasm\.)/.test(path)
          ? 'engine'
          : /\/pagefind\/(index|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(path)
            ? 'index'
            : path.includes('/pagefind/fragment/')
              ? 'fragments'
              : 'other';
    const bytes = { ui: 0, engine: 0, index: 0, fragments: 0, other: 0, total: 0 };
    for (const file of files) {
      bytes[kind(file.path)] += file.bytes;
      bytes.total += file.bytes;
    }
    return { bytes, files: files.sort((a, b) => b.bytes - a.bytes), firstMs, secondMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Types the query into the open dialog and waits, in the page, for a result for it to appear. */
async function timeToResults(page: import('playwright-core').Page, query: string): Promise<number> {
  const box = page.locator('[data-search-dialog] input[type="search"]');
  await box.fill('');
  const waiting = page.evaluate(
    `new Promise((done) => {
      const list = document.querySelector('[data-search-dialog] [data-search-results]');
      const start = performance.now();
      new MutationObserver((_, observer) => {
        if (list.querySelector('li')) { observer.disconnect(); done(performance.now() - start); }
      }).observe(list, { childList: true });
    })`,
  ) as Promise<number>;
  await box.fill(query);
  return waiting;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const dist = resolve(projectRoot, option('dist', 'dist'));
  const locale = option('locale', 'uk');
  const firstExplainer = readdirSync(join(dist, locale, 'explainers'))[0];
  const figures = await measureFirstSearch(dist, {
    page: option('page', `${locale}/explainers/${firstExplainer}/`),
    query: option('query', 'санкції'),
  });
  console.log(`First search from the header (gzip, as sent):`);
  for (const [name, value] of Object.entries(figures.bytes)) console.log(`  ${name.padEnd(9)} ${kb(value)}`);
  console.log(
    `  query → first result: ${figures.firstMs.toFixed(0)} ms; second query: ${figures.secondMs.toFixed(0)} ms`,
  );
  console.log(`Files:\n${figures.files.map((f) => `  ${kb(f.bytes).padStart(9)}  ${f.path}`).join('\n')}`);
}
