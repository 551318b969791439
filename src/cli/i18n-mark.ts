/**
 * npm run i18n:mark -- <slug> <locale> [--from <locale>]
 * Records that <locale>'s translation matches the current source, by writing
 * `translatedFrom` (source language, hash, per-section hashes) into its frontmatter.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import { resolveSource } from '../translation/status';
import { splitFrontmatter } from '../lib/content-layer/explainer-files';
import { readContentFile } from '../lib/content-layer/read-content';
import { projectRoot, readExplainers } from './project-files';
import { runCli, UsageError } from './run';

runCli(() => {
  const [slug, locale, ...rest] = process.argv.slice(2);
  const usage = 'Usage: npm run i18n:mark -- <slug> <locale> [--from <locale>]';
  if (!slug || !isLocale(locale)) throw new UsageError(`${usage}\n<locale> is one of ${localeCodes.join(', ')}.`);
  const from = rest[0] === '--from' ? rest[1] : undefined;
  if (from !== undefined && !isLocale(from)) throw new UsageError(`--from takes one of ${localeCodes.join(', ')}.`);

  const versions = readExplainers().get(slug);
  if (!versions) throw new UsageError(`There is no explainer "${slug}" in content/explainers/.`);
  const source: Locale = from ?? resolveSource(versions);
  const original = versions.find((v) => v.locale === source);
  const target = versions.find((v) => v.locale === locale);
  if (!original) throw new UsageError(`"${slug}" has no ${source}.mdx to be translated from.`);
  if (!target)
    throw new UsageError(
      `"${slug}" has no ${locale}.mdx yet. Copy ${source}.mdx to ${locale}.mdx and translate it first.`,
    );
  if (source === locale) {
    throw new UsageError(
      `${locale}.mdx is the original of "${slug}". If it is a translation, say of what: --from <locale>.`,
    );
  }

  const print = original.fingerprint;
  const path = join(projectRoot, target.file);
  const { yaml, body } = splitFrontmatter(readContentFile(path));
  const block = dump(
    { translatedFrom: { locale: source, hash: print.hash, sections: print.sections } },
    { lineWidth: -1 },
  );
  writeFileSync(path, `---\n${withoutTranslatedFrom(yaml)}\n${block}---\n${body}`);
  console.log(`${target.file}: marked as translated from ${source} (${print.hash}).`);
  return 0;
});

/** Drops an earlier `translatedFrom:` block (the key and its indented lines), keeping the rest as written. */
function withoutTranslatedFrom(yaml: string): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of yaml.split('\n')) {
    if (/^translatedFrom:/.test(line)) skipping = true;
    else if (skipping && /^\s/.test(line)) continue;
    else skipping = false;
    if (!skipping) out.push(line);
  }
  return out.join('\n').trimEnd();
}
