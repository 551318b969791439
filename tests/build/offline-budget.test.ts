import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { pageDocument, readDist } from '../support/dist';
import { distDir } from '../support/paths';

// The budget: the offline control and its code add at most 3 KB (gzip) to a page's
// first view. Counted generously: the control's markup (what gzip of the page grows by) and
// every script file the control's script loads with the page, even one the page shares.
const BUDGET = 3 * 1024;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test.each(localeCodes)('%s explainer page: the offline control adds at most 3 KB gzip to the first view', (locale) => {
  const path = `${locale}/explainers/ukraine-joins-eu-sanctions-on-belarus/index.html`;
  const html = readDist(path);
  const doc = pageDocument(path);
  expect(doc.querySelector('[data-offline]')).not.toBeNull();
  const scriptSrc = [...doc.querySelectorAll('script[src]')]
    .map((s) => s.getAttribute('src')!)
    .find((src) => readDist(src.replace(/^\//, '')).includes('data-offline'));
  expect(scriptSrc).toBeDefined();
  // The page writes the script's address relative to itself; pageDocument resolved it.
  const scriptName = scriptSrc!.split('/').pop()!.replace(/[.]/g, '\\.');
  const scriptTag = html.match(new RegExp(`<script[^>]*src="[^"]*/${scriptName}"[^>]*></script>`))![0];
  // The control as written in the page (it has no nested <div>).
  const start = html.indexOf('<div class="offline-save"');
  const markupText = html.slice(start, html.indexOf('</div>', start) + '</div>'.length);
  expect(markupText).toContain('data-offline-start');
  const markup = gzip(html) - gzip(html.replace(markupText, '').replace(scriptTag, ''));

  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // Static imports only: the saving code is a dynamic import(), loaded when the reader asks.
    for (const [, name] of readDist(file).matchAll(/import\s*[^("'`]*?from\s*["']\.\/([^"']+)["']/g))
      visit(`_astro/${name}`);
  };
  visit(scriptSrc!.replace(/^\//, ''));
  const code = [...files].reduce((total, file) => total + gzip(readFileSync(join(distDir, file))), 0);
  console.log(`${locale}: offline control ${markup} B markup + ${code} B code (gzip), files: ${[...files].join(', ')}`);
  expect(markup).toBeGreaterThan(0);
  expect(markup + code).toBeLessThanOrEqual(BUDGET);
  // The service worker and the saving code are not among them.
  expect([...files].some((file) => /offline-save|offline-sw/.test(file))).toBe(false);
});
