import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Keeps dist/ between builds instead of letting Astro empty it first, then removes
 * every file this build did not write. Overwriting a file is several times cheaper
 * than deleting it and creating it again, and a site of thousands of pages is mostly
 * unchanged from one build to the next. Pagefind's folder is left to the Pagefind
 * integration, which knows which of its files are still in use (pagefind.ts).
 */
export default function incrementalOutput(): AstroIntegration {
  let marker = '';
  return {
    name: 'tlumach:incremental-output',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // One per output folder: builds of one project into different folders may run at once.
        marker = fileURLToPath(new URL(`tlumach-build-started-${outputFolderKey(config.outDir)}`, config.cacheDir));
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        // The file system's own clock: a file written after this has a later or equal mtime.
        mkdirSync(join(marker, '..'), { recursive: true });
        writeFileSync(marker, '');
      },
      'astro:build:done': ({ dir, logger }) => {
        const removed = removeFilesOlderThan(fileURLToPath(dir), statSync(marker).mtimeMs, ['pagefind']);
        if (removed > 0) logger.info(`removed ${removed} files left from earlier builds`);
      },
    },
  };
}

/** A short name for an output folder, for what the build keeps about it in the cache directory. */
export function outputFolderKey(outDir: URL | string): string {
  const path = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
  return createHash('sha256').update(path).digest('hex').slice(0, 12);
}

/** Deletes files last written before `since` under `dir` (except the top-level `keep`), then empty folders. */
function removeFilesOlderThan(dir: string, since: number, keep: string[] = []): number {
  let removed = 0;
  const visit = (folder: string, top: boolean): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (top && keep.includes(entry.name)) empty = false;
      else if (entry.isDirectory()) {
        if (visit(path, false)) rmdirSync(path);
        else empty = false;
      } else if (statSync(path).mtimeMs < since) {
        unlinkSync(path);
        removed += 1;
      } else empty = false;
    }
    return empty;
  };
  visit(dir, true);
  return removed;
}
