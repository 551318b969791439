import { describe, expect, test } from 'vitest';
import { localeCodes, localeInfo } from '../../src/i18n/locales';
import { htmlFiles, pageDocument } from '../support/dist';

const langs: string[] = localeCodes.map((l) => localeInfo(l).lang);
const pages = htmlFiles();
// A 404 page is served at whatever address was wrong, so it has no address of its own to declare.
const addressable = pages.filter((p) => !p.endsWith('404.html'));

describe('every page', () => {
  test.each(pages)('%s has a site language, a title and a description', (path) => {
    const doc = pageDocument(path);
    expect(langs).toContain(doc.documentElement.getAttribute('lang'));
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    expect(doc.querySelector('title')?.textContent?.trim()).toMatch(/\S/);
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toMatch(/\S/);
  });

  test.each(addressable)('%s has one absolute canonical link and an x-default alternate', (path) => {
    const doc = pageDocument(path);
    const canonicals = doc.querySelectorAll('link[rel="canonical"]');
    expect(canonicals).toHaveLength(1);
    expect(canonicals[0]!.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/(.*\/)?$/);
    expect(doc.querySelectorAll('link[rel="alternate"][hreflang="x-default"]')).toHaveLength(1);
  });
});

describe('pages in a language', () => {
  const localePages = addressable.filter((p) => localeCodes.some((l) => p.startsWith(`${l}/`)));
  test.each(localePages)('%s is in the language of its folder, with Open Graph data for it', (path) => {
    const doc = pageDocument(path);
    const locale = localeCodes.find((l) => path.startsWith(`${l}/`))!;
    expect(doc.documentElement.getAttribute('lang')).toBe(localeInfo(locale).lang);
    expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(localeInfo(locale).ogLocale);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toMatch(/\S/);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    );
  });
});
