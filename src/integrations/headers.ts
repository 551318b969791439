import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { cacheRules, formatRules, prefixRulePaths, type Entry } from '../lib/after-build/cache-rules';
import { contentSecurityPolicy } from '../lib/content-security-policy';

/**
 * Before the build: public/_headers, the security headers written by hand, must be
 * there (without it the site would go out with no security headers and no word), and
 * must not set the Content-Security-Policy, which has one source.
 */
export function checkHandWrittenHeaders(publicDir: URL): void {
  const file = new URL('_headers', publicDir);
  if (!existsSync(file)) {
    throw new Error(
      'public/_headers is missing: the site would be deployed without its security headers.\nHint: restore it from version control (git checkout -- public/_headers); it holds X-Content-Type-Options, Referrer-Policy and the other headers every file gets.',
    );
  }
  if (/^\s*Content-Security-Policy:/im.test(readFileSync(file, 'utf8'))) {
    throw new Error(
      'public/_headers sets a Content-Security-Policy; the build writes the site’s one policy itself.\nHint: remove that line and change the policy in src/lib/content-security-policy.ts, which the pages’ <meta> tag uses too.',
    );
  }
}

/**
 * Completes dist/_headers after the build: the security headers written by hand in
 * public/_headers, moved under the site's base, the Content-Security-Policy (the same
 * one the pages carry in a <meta> tag), and a Cache-Control rule for every kind of file
 * the build wrote (hashed assets for a year, the rest revalidated). Runs after
 * Pagefind, whose files it classifies.
 */
export async function writeHeaders(outDir: string, base: string, log: (message: string) => void): Promise<void> {
  const list = async (path: string): Promise<Entry[]> =>
    (await readdir(path, { withFileTypes: true }).catch(() => [])).map((e) => ({
      name: e.name,
      isDirectory: e.isDirectory(),
    }));
  const written = await readFile(`${outDir}/_headers`, 'utf8');
  const policy = formatRules([{ path: '/*', headers: [['Content-Security-Policy', contentSecurityPolicy]] }], base);
  const rules = cacheRules(await list(outDir), await list(`${outDir}/pagefind`));
  const caching = `# Caching, one rule per kind of file (written by the build).\n\n${formatRules(rules, base)}\n`;
  await writeFile(
    `${outDir}/_headers`,
    `${prefixRulePaths(written, base).trimEnd()}\n\n# The Content-Security-Policy (written by the build from src/lib/content-security-policy.ts).\n\n${policy}\n\n${caching}`,
  );
  log(`_headers: ${rules.length} caching rules under ${base}`);
}
