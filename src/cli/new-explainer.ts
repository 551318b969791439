/**
 * npm run new -- <slug> [--from <locale>]
 * Creates content/explainers/<slug>/<locale>.mdx with the required frontmatter filled in.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, localeCodes, sourceLocale } from '../i18n/locales';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../schemas/common';
import { contentDir, projectRoot } from './project-files';
import { runCli, UsageError } from './run';

runCli(() => {
  const [slug, ...rest] = process.argv.slice(2);
  const usage = 'Usage: npm run new -- <slug> [--from <locale>]';
  if (!slug) throw new UsageError(usage);
  if (!SLUG_PATTERN.test(slug)) {
    throw new UsageError(
      `"${slug}" is not a valid slug. Use lowercase ASCII words joined by "-", e.g. "eu-sanctions-on-belarus".`,
    );
  }
  if (slug.length > MAX_SLUG_LENGTH) {
    throw new UsageError(`"${slug}" has ${slug.length} characters; a slug has at most ${MAX_SLUG_LENGTH}.`);
  }
  const from = rest[0] === '--from' ? rest[1] : sourceLocale;
  if (!isLocale(from)) throw new UsageError(`--from takes one of ${localeCodes.join(', ')}, not "${from}".`);

  const explainers = join(contentDir, 'explainers');
  const clash = existsSync(explainers) && readdirSync(explainers).find((name) => name.toLowerCase() === slug);
  if (clash)
    throw new UsageError(
      `An explainer "${clash}" already exists in ${relative(projectRoot, explainers)}/. Pick another slug.`,
    );

  const dir = join(explainers, slug);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${from}.mdx`);
  const today = new Date().toISOString().slice(0, 10);
  const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  writeFileSync(
    file,
    `---\ntitle: ${JSON.stringify(title)}\nsummary: ${JSON.stringify('One or two sentences: what a reader will learn here.')}\npublished: ${today}\n---\n\nWhat happened, in two or three sentences.\n\n## Why it matters\n\n## Who is involved\n\n## What happens next\n`,
  );
  const rel = relative(projectRoot, file);
  console.log(`Created ${rel}.

Next:
  1. Write the title, summary and body in ${rel}.
  2. npm run dev, and open /${from}/explainers/${slug}/ to see it.
  3. For a translation, copy it to ${localeCodes
    .filter((l) => l !== from)
    .map((l) => `${l}.mdx`)
    .join(' or ')} in the same folder,
     translate it, then run: npm run i18n:mark -- ${slug} <locale>`);
  return 0;
});
