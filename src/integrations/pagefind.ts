import { rename, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { localeCodes } from '../i18n/locales';

/**
 * After Astro writes dist/, index it with Pagefind (one index per <html lang>) and
 * move the localized 404 pages to where static hosts look for them.
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
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
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
