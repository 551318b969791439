import { expect, test } from 'vitest';
import { localeInfo } from '../../src/i18n/locales';
import { paths } from '../../src/i18n/routing';
import type { BuiltSite } from './built-site';
import { builtSite, pageDocument } from './dist';
import { promisedPages } from './inventory';

export interface ArticleJson {
  '@type': string;
  '@id': string;
  url: string;
  headline: string;
  description: string;
  inLanguage: string;
  datePublished: string;
  dateModified: string;
  publisher: { '@type': string; name: string };
  translationOfWork?: { '@id': string; inLanguage: string };
  workTranslation?: { '@id': string; inLanguage: string }[];
  citation?: { '@type': string; url: string }[];
  about?: { '@type': string; name: string }[];
  mentions?: { '@type': string; name: string }[];
  correction?: { '@type': string; datePublished: string; text: string }[];
}

/** The JSON-LD blocks of one built page, parsed. */
export function jsonLdOf(dist: string, path: string): ArticleJson[] {
  const doc = pageDocument(`${path}index.html`, dist);
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as ArticleJson,
  );
}

/**
 * Every explainer × locale page has exactly one BackgroundNewsArticle with the fields;
 * a fallback page carries the original's; originals and translations name each other.
 */
export function testStructuredData(build: () => BuiltSite): void {
  const pages = (site: BuiltSite) =>
    promisedPages(site.projectRoot).map((p) => ({ ...p, path: paths.explainer(p.locale, p.slug) }));
  const urlOf = (site: BuiltSite, path: string) => new URL(site.base + path, builtSite(site.dist)).href;

  test('every explainer × locale page has exactly one JSON-LD block, a BackgroundNewsArticle with its fields', () => {
    const site = build();
    for (const page of pages(site)) {
      const blocks = jsonLdOf(site.dist, page.path);
      expect(blocks, page.path).toHaveLength(1);
      const [data] = blocks as [ArticleJson];
      const doc = pageDocument(`${page.path}index.html`, site.dist);
      expect(data['@type'], page.path).toBe('BackgroundNewsArticle');
      // The canonical URL: the page itself, or the original it shows when it is a fallback.
      expect(data.url, page.path).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(data.headline, page.path).toBe(doc.querySelector('h1')?.textContent);
      expect(data.description, page.path).toBe(doc.querySelector('.lead')?.textContent);
      const lang = doc.querySelector('article')?.closest('[lang]')?.getAttribute('lang');
      expect(data.inLanguage, page.path).toBe(lang);
      if (page.written) expect(data.inLanguage, page.path).toBe(localeInfo(page.locale).lang);
      expect(data.datePublished, page.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.dateModified >= data.datePublished, page.path).toBe(true);
      expect(data.publisher.name, page.path).not.toBe('');
    }
  });

  test('workTranslation lists exactly the real translations, and each names the original back', () => {
    const site = build();
    const written = pages(site).filter((p) => p.written);
    for (const page of written) {
      const [data] = jsonLdOf(site.dist, page.path) as [ArticleJson];
      const siblings = written.filter((p) => p.slug === page.slug && p !== page).map((p) => urlOf(site, p.path));
      if (data.translationOfWork) {
        // A translation: its original lists it, and it lists none itself.
        expect(data.workTranslation, page.path).toBeUndefined();
        const originalPath = new URL(data.translationOfWork['@id']).pathname.slice(site.base.length);
        const [original] = jsonLdOf(site.dist, originalPath) as [ArticleJson];
        expect(
          original.workTranslation?.map((w) => w['@id']),
          page.path,
        ).toContain(data.url);
      } else {
        expect((data.workTranslation ?? []).map((w) => w['@id']).sort(), page.path).toEqual(siblings.sort());
        for (const translation of data.workTranslation ?? []) {
          const path = new URL(translation['@id']).pathname.slice(site.base.length);
          const [other] = jsonLdOf(site.dist, path) as [ArticleJson];
          expect(other.translationOfWork?.['@id'], path).toBe(data.url);
          expect(translation.inLanguage, path).toBe(other.inLanguage);
        }
      }
    }
  });
}
