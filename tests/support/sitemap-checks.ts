import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { BuiltSite } from './built-site';
import { builtSite, htmlFiles, pageDocument } from './dist';

interface SitemapEntry {
  url: string;
  links: { hreflang: string; href: string }[];
}

function readSitemaps(dist: string, base: string): { index: string[]; entries: SitemapEntry[] } {
  const index = [...readFileSync(join(dist, 'sitemap-index.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => loc!,
  );
  const entries = index.flatMap((loc) =>
    [...readFileSync(join(dist, new URL(loc).pathname.slice(base.length)), 'utf8').matchAll(/<url>(.*?)<\/url>/gs)].map(
      ([, body]) => ({
        url: /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
        links: [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
          ([, hreflang, href]) => ({ hreflang: hreflang!, href: href! }),
        ),
      }),
    ),
  );
  return { index, entries };
}

const pageUrl = (site: string, base: string, file: string) =>
  new URL(base + file.replace(/(^|\/)index\.html$/, '$1'), site).href;

/** The sitemap lists exactly the indexable pages, with the alternates their heads declare. */
export function testSitemap(build: () => BuiltSite): void {
  test('sitemap-index.xml points to sitemaps on the site, under its base', () => {
    const { dist, base } = build();
    const { index } = readSitemaps(dist, base);
    expect(index.length).toBeGreaterThan(0);
    for (const loc of index) expect(loc.startsWith(new URL(base, builtSite(dist)).href)).toBe(true);
  });

  test('the sitemap lists every page not marked noindex, and nothing else', () => {
    const { dist, base } = build();
    const site = builtSite(dist);
    const indexable = htmlFiles(dist)
      .filter((file) => !pageDocument(file, dist).querySelector('meta[name="robots"][content~="noindex"]'))
      .map((file) => pageUrl(site, base, file));
    expect(
      readSitemaps(dist, base)
        .entries.map((e) => e.url)
        .sort(),
    ).toEqual(indexable.sort());
  });

  test('a translation lists the same hreflang alternates as its head; fallbacks list none and are named by none', () => {
    const { dist, base } = build();
    const site = builtSite(dist);
    const heads = new Map(
      htmlFiles(dist).map((file) => {
        const doc = pageDocument(file, dist);
        const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => ({
          hreflang: l.getAttribute('hreflang')!,
          href: l.getAttribute('href')!,
        }));
        return [
          pageUrl(site, base, file),
          { canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), alternates },
        ];
      }),
    );
    const isFallback = (url: string) => heads.get(url)?.canonical !== url;
    for (const { url, links } of readSitemaps(dist, base).entries) {
      const head = heads.get(url)!;
      const isTranslation = !isFallback(url) && head.alternates.some((a) => a.href === url);
      expect(links, url).toEqual(isTranslation ? head.alternates : []);
      for (const link of links) expect(isFallback(link.href), `${url} names fallback ${link.href}`).toBe(false);
    }
  });
}

/** robots.txt names the sitemap index by its absolute URL. */
export function testRobots(build: () => BuiltSite): void {
  test('robots.txt allows crawling and points to the sitemap index under the base', () => {
    const { dist, base } = build();
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${new URL(`${base}sitemap-index.xml`, builtSite(dist)).href}\n`);
  });
}
