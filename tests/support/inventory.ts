import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { scanExplainers } from '../../src/lib/content-layer/explainer-files';
import { pageDocument } from './dist';

/** Every explainer × locale a content tree promises, and whether it is really written in that locale. */
export function promisedPages(projectRoot: string): { slug: string; locale: Locale; written: boolean }[] {
  const files = scanExplainers(join(projectRoot, 'content/explainers'), projectRoot);
  const slugs = [...new Set(files.map((f) => f.slug))];
  return slugs.flatMap((slug) =>
    localeCodes.map((locale) => ({ slug, locale, written: files.some((f) => f.slug === slug && f.locale === locale) })),
  );
}

/** Site-relative path ("uk/explainers/x/") → whether dist/ has it and whether it is a marked fallback. */
export function builtPage(dist: string, path: string): { exists: boolean; fallback: boolean; indexable: boolean } {
  if (!existsSync(join(dist, path, 'index.html'))) return { exists: false, fallback: false, indexable: false };
  const doc = pageDocument(`${path}index.html`, dist);
  return {
    exists: true,
    fallback: doc.querySelector('[data-fallback-notice]') !== null,
    indexable: doc.querySelector('[data-pagefind-body]') !== null,
  };
}

/** The page URLs listed in dist/'s sitemaps, as paths after the site's base ("uk/explainers/x/"). */
export function sitemapPaths(dist: string, base = '/'): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, sitemap]) => {
    const file = new URL(sitemap!).pathname.slice(base.length);
    const xml = readFileSync(join(dist, file), 'utf8');
    return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname.slice(base.length));
  });
}

/** The page URLs in each language's Pagefind index, read from its fragments. */
export function searchIndexPaths(dist: string): Record<string, string[]> {
  const folder = join(dist, 'pagefind/fragment');
  const out: Record<string, string[]> = {};
  for (const name of readdirSync(folder)) {
    const language = name.slice(0, name.indexOf('_'));
    // A fragment is gzip of "pagefind_dcd" followed by JSON with the page's url.
    const json = gunzipSync(readFileSync(join(folder, name)))
      .subarray('pagefind_dcd'.length)
      .toString('utf8');
    (out[language] ??= []).push((JSON.parse(json) as { url: string }).url.replace(/^\//, ''));
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}
