import { readFile, rename, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { localeCodes } from '../i18n/locales';
import { prepareForIndex } from '../lib/search-index-page';

/**
 * After Astro writes dist/, move the localized 404 pages to where static hosts look
 * for them, then index the searchable pages with Pagefind (one index per <html lang>).
 * Each page is indexed with hidden terms for uk/be inflection and Latin names
 * (src/search/); the HTML readers get is not changed.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tlumach:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await placeNotFoundPages(outDir);

        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          // Pagefind indexes in its own process: keep a batch of pages in flight while
          // the next ones are prepared here, so both cores work.
          let pages = 0;
          let terms = 0;
          const batch: Promise<void>[] = [];
          for (const path of await htmlFiles(outDir)) {
            const page = prepareForIndex(await readFile(join(outDir, path), 'utf8'));
            if (!page) continue;
            batch.push(
              index.addHTMLFile({ url: pageUrl(path), content: page.html }).then((added) => {
                if (added.errors.length > 0)
                  throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
              }),
            );
            pages += 1;
            terms += page.terms.length;
            if (batch.length >= 64) await Promise.all(batch.splice(0));
          }
          await Promise.all(batch);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const ms = Math.round(performance.now() - started);
          logger.info(`indexed ${pages} pages in ${ms} ms (${terms} hidden search terms)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Built HTML files relative to dist/, skipping Astro's assets and Pagefind's own output. */
async function htmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true });
  return entries
    .map((p) => p.split('\\').join('/'))
    .filter((p) => p.endsWith('.html') && !/^(_astro|pagefind)\//.test(p))
    .sort();
}

/** "uk/explainers/x/index.html" → "/uk/explainers/x/", as Pagefind names pages it finds itself. */
function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** dist/<locale>/404/index.html → dist/<locale>/404.html (hosts serve the nearest 404.html). */
async function placeNotFoundPages(outDir: string): Promise<void> {
  for (const locale of localeCodes) {
    const folder = `${outDir}/${locale}/404`;
    const entries: string[] = await readdir(folder).catch(() => []);
    if (!entries.includes('index.html')) continue;
    await rename(`${folder}/index.html`, `${outDir}/${locale}/404.html`);
    await rm(folder, { recursive: true });
  }
}
