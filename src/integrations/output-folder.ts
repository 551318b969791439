import { createHash } from 'node:crypto';
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A short name for an output folder, for what the build keeps about it in the cache directory. */
export function outputFolderKey(outDir: URL | string): string {
  const path = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
  return createHash('sha256').update(path).digest('hex').slice(0, 12);
}

/**
 * dist/ is kept between builds (keep-output.ts): overwriting a file is several times
 * cheaper than deleting it and creating it again, and pages an incremental build did not
 * render are left as they are. This removes what no longer belongs: files last written
 * before `since` that are not one of this build's pages (`keep`, absolute paths), then
 * empty folders. Top-level entries in `skip` are left to their own step (Pagefind's
 * knows which of its files are still in use; the sitemap writes all of its files).
 */
export function removeStaleFiles(
  dir: string,
  since: number,
  keep: ReadonlySet<string>,
  skip: (string | RegExp)[],
): number {
  let removed = 0;
  const visit = (folder: string, top: boolean): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (top && skip.some((s) => (typeof s === 'string' ? s === entry.name : s.test(entry.name)))) empty = false;
      else if (entry.isDirectory()) {
        if (visit(path, false)) rmdirSync(path);
        else empty = false;
      } else if (!keep.has(path) && statSync(path).mtimeMs < since) {
        unlinkSync(path);
        removed += 1;
      } else empty = false;
    }
    return empty;
  };
  visit(dir, true);
  return removed;
}
