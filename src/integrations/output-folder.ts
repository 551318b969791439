import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A short name for an output folder, for what the build keeps about it in the cache directory. */
export function outputFolderKey(outDir: URL | string): string {
  const path = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
  return createHash('sha256').update(path).digest('hex').slice(0, 12);
}

/** The file each build writes first into its output folder, so that the next one knows the folder is its own. */
export const OUTPUT_MARKER = '.tlumach-output';

/**
 * The build keeps its output folder and deletes what it did not write (below), so it
 * must never be pointed at anything else: OUT_DIR=. would delete the project. Before
 * anything is written or deleted, the folder must be missing, empty, or an earlier
 * build's output: it holds OUTPUT_MARKER, or the cache records a build into it
 * (`earlierBuild`, the file the build writes in the cache directory, from before the
 * marker existed). A folder holding package.json or .git is refused either way.
 */
export function checkOutputFolder(outDir: string, earlierBuild: string): void {
  if (!existsSync(outDir)) return;
  const refuse = (why: string, hint: string) => {
    throw new Error(
      `The output folder ${outDir} ${why}; the build deletes files there that it did not write.\nHint: ${hint}`,
    );
  };
  if (!statSync(outDir).isDirectory()) refuse('is a file', 'Set OUT_DIR to a folder of its own, such as ./dist.');
  const names = readdirSync(outDir);
  const project = names.find((name) => name === 'package.json' || name === '.git');
  if (project) refuse(`holds ${project}`, 'Set OUT_DIR to a folder of its own, such as ./dist, not a project folder.');
  if (names.length > 0 && !names.includes(OUTPUT_MARKER) && !existsSync(earlierBuild)) {
    refuse(
      `is not empty and is not the output of an earlier build (it has no ${OUTPUT_MARKER})`,
      'Set OUT_DIR to a new or empty folder, or empty this one yourself if nothing in it is needed.',
    );
  }
}

/** Claims the output folder for this and later builds (see checkOutputFolder). */
export function markOutputFolder(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, OUTPUT_MARKER),
    'Written by the Tlumach build: this folder is its output, and the next build may replace what is in it.\n',
  );
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
