import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../lib/files';

// Everything in the project that can change what a page looks like, besides content
// (src/cli/build-record.ts hashes the same list, with content and public/, to skip a build).
export const CODE_PATHS = ['src', 'locales', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * A hash of the project's code, UI strings, dependencies and `settings`: part of every
 * page's cache key, so a change to any of them renders every page again. Astro's own
 * check covers the page's modules only, not the middleware or files read at render time.
 */
export function codeVersion(root: string, settings: unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of CODE_PATHS.flatMap((path) => codeFiles(root, path))) {
    hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** `path` (relative to the project) if it is a file, or the files below it. */
function codeFiles(root: string, path: string): string[] {
  if (!existsSync(join(root, path))) return [];
  if (!statSync(join(root, path)).isDirectory()) return [path];
  return filesUnder(join(root, path)).map((file) => join(path, file));
}
