import { readFile, readdir, writeFile } from 'node:fs/promises';
import { cacheRules, formatRules, prefixRulePaths, type Entry } from '../lib/after-build/cache-rules';

/**
 * Completes dist/_headers after the build: the security headers written by hand in
 * public/_headers, moved under the site's base, and a Cache-Control rule for every
 * kind of file the build wrote (hashed assets for a year, the rest revalidated).
 * Runs after Pagefind, whose files it classifies.
 */
export async function writeHeaders(outDir: string, base: string, log: (message: string) => void): Promise<void> {
  const list = async (path: string): Promise<Entry[]> =>
    (await readdir(path, { withFileTypes: true }).catch(() => [])).map((e) => ({
      name: e.name,
      isDirectory: e.isDirectory(),
    }));
  const written = await readFile(`${outDir}/_headers`, 'utf8').catch(() => '');
  const rules = cacheRules(await list(outDir), await list(`${outDir}/pagefind`));
  const caching = `# Caching, one rule per kind of file (written by the build).\n\n${formatRules(rules, base)}\n`;
  await writeFile(`${outDir}/_headers`, `${prefixRulePaths(written, base).trimEnd()}\n\n${caching}`);
  log(`_headers: ${rules.length} caching rules under ${base}`);
}
