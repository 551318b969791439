import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { paths } from '../../src/i18n/routing';
import type { BuiltSite } from './built-site';
import { builtPage, promisedPages, searchIndexPaths, sitemapPaths } from './inventory';

/**
 * No page is ever silently dropped: every explainer × locale of the content is in
 * dist/ (translated, or a marked fallback), in the sitemap, and, when translated, in
 * that language's search index; the counts on each side match exactly.
 */
export function testEveryExplainerIsAccountedFor(build: () => BuiltSite): void {
  test('every explainer × locale is in dist/, a fallback exactly when it is not written in that locale', () => {
    const { projectRoot, dist } = build();
    const promised = promisedPages(projectRoot);
    const built = promised.map(({ slug, locale, written }) => ({
      path: paths.explainer(locale, slug),
      written,
      ...builtPage(dist, paths.explainer(locale, slug)),
    }));
    expect(built.filter((p) => !p.exists).map((p) => p.path)).toEqual([]);
    expect(built.filter((p) => p.fallback === p.written).map((p) => p.path)).toEqual([]);
    expect(built.filter((p) => p.indexable !== p.written).map((p) => p.path)).toEqual([]);
  });

  test('the sitemap lists every explainer page in every locale, and no other explainer page', () => {
    const { projectRoot, dist, base } = build();
    const expected = promisedPages(projectRoot).map(({ slug, locale }) => paths.explainer(locale, slug));
    const listed = sitemapPaths(dist, base).filter((p) => /^[^/]+\/explainers\//.test(p));
    expect(listed.sort()).toEqual(expected.sort());
  });

  test('each language’s search index holds exactly the explainers written in it', () => {
    const { projectRoot, dist } = build();
    const indexed = searchIndexPaths(dist);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const locale of localeCodes) {
      const written = promisedPages(projectRoot)
        .filter((p) => p.locale === locale && p.written)
        .map((p) => paths.explainer(locale, p.slug))
        .sort();
      expect(indexed[locale] ?? [], locale).toEqual(written);
      expect(entry.languages[locale]?.page_count ?? 0, locale).toBe(written.length);
    }
  });
}
