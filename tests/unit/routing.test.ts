import { describe, expect, test } from 'vitest';
import { isLocale, localeCodes } from '../../src/i18n/locales';
import { alternates, localeFromPath, paths, switchLocalePath, withBase } from '../../src/i18n/routing';
import { bestLocale } from '../../src/scripts/locale-preference';

describe('locales', () => {
  test('the site has exactly en, uk and be', () => {
    expect(localeCodes).toEqual(['en', 'uk', 'be']);
  });
  test.each([
    ['en', true],
    ['uk', true],
    ['be', true],
    ['pl', false],
    ['EN', false],
    ['', false],
    [undefined, false],
  ])('isLocale(%j) is %s', (value, expected) => expect(isLocale(value)).toBe(expected));
});

describe('paths', () => {
  test.each(localeCodes)('%s pages are prefixed and end with a slash', (locale) => {
    expect(paths.home(locale)).toBe(`${locale}/`);
    expect(paths.explainer(locale, 'a-b')).toBe(`${locale}/explainers/a-b/`);
    expect(paths.search(locale)).toBe(`${locale}/search/`);
  });

  test('withBase works at the root and under a sub-path', () => {
    expect(withBase('uk/', '/')).toBe('/uk/');
    expect(withBase('uk/', '/explainers/')).toBe('/explainers/uk/');
    expect(withBase('/uk/', '/explainers')).toBe('/explainers/uk/');
  });

  test('switching language keeps the reader on the same page', () => {
    expect(switchLocalePath('uk/explainers/x/', 'be')).toBe('be/explainers/x/');
    expect(switchLocalePath('/en/search/', 'uk')).toBe('uk/search/');
    expect(switchLocalePath('elsewhere/', 'uk')).toBe('uk/');
    expect(localeFromPath('be/explainers/x/')).toBe('be');
    expect(localeFromPath('bel/')).toBeUndefined();
  });
});

describe('alternates', () => {
  test('one link per available locale plus x-default to the source', () => {
    const links = alternates((l) => paths.explainer(l, 'x'), ['en', 'uk'], 'https://example.org', '/');
    expect(links).toEqual([
      { hreflang: 'en', href: 'https://example.org/en/explainers/x/' },
      { hreflang: 'uk', href: 'https://example.org/uk/explainers/x/' },
      { hreflang: 'x-default', href: 'https://example.org/en/explainers/x/' },
    ]);
  });
  test('x-default falls back to the first available language when there is no English', () => {
    const links = alternates(paths.home, ['be'], 'https://example.org', '/sub/');
    expect(links.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://example.org/sub/be/' });
  });
});

describe('bestLocale (the "/" chooser)', () => {
  test.each([
    [['uk-UA', 'en'], 'uk'],
    [['be'], 'be'],
    [['ru-RU', 'be-BY'], 'be'],
    [['de-DE', 'en-GB'], 'en'],
    [['de', 'fr'], undefined],
    [[], undefined],
  ])('%j → %s', (preferred, expected) => {
    expect(bestLocale(preferred, localeCodes)).toBe(expected);
  });
});
