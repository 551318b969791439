import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { parseResources } from '../../src/i18n/resources';
import { missingUiKeys } from '../../src/translation/gaps';
import { resources } from '../../src/i18n/load-resources';
import { useTranslations, type UiKey } from '../../src/i18n/ui';

describe('useTranslations', () => {
  test.each(localeCodes)('%s translates a key and interpolates without HTML escaping', (locale) => {
    const t = useTranslations(locale);
    expect(t('site.tagline')).toMatch(/\S/);
    expect(t('search.noResults', { query: '<b>' })).toContain('<b>');
  });

  test('each locale gets its own instance: no shared language state', () => {
    const en = useTranslations('en');
    const uk = useTranslations('uk');
    expect(en('search.title')).toBe('Search');
    expect(uk('search.title')).toBe('Пошук');
    expect(en('search.title')).toBe('Search');
  });

  test('a key missing from English fails loudly with the file to fix', () => {
    expect(() => useTranslations('uk')('nope.missing' as UiKey)).toThrow(
      /^locales\/en\/common\.json → nope\.missing: UI key "nope\.missing" is used in code but missing from the English strings\.\nHint: /,
    );
  });

  test('wrong keys do not compile', () => {
    // @ts-expect-error: not a key of locales/en/common.json
    const check: UiKey = 'site.nmae';
    expect(check).toBe('site.nmae');
  });
});

describe('locale files', () => {
  test('every locale has every English key, and every plural form its CLDR categories need', () => {
    expect(missingUiKeys(resources)).toEqual(Object.fromEntries(localeCodes.map((l) => [l, []])));
  });
});

describe('parseResources', () => {
  const good = JSON.stringify({ site: { name: 'x' } });

  test('malformed JSON names the file and gives a hint', () => {
    expect(() => parseResources({ 'locales/en/common.json': good, 'locales/uk/common.json': '{ "a": "b", }' })).toThrow(
      /^locales\/uk\/common\.json → line 1, column 13: is not valid JSON: Expected double-quoted property name\.\nHint: /,
    );
  });

  test('a folder for a language the site does not have is rejected', () => {
    expect(() => parseResources({ 'locales/en/common.json': good, 'locales/pl/common.json': good })).toThrow(
      /"pl", which is not a language of this site[\s\S]*src\/i18n\/locales\.ts/,
    );
  });

  test('a non-string leaf names the key path', () => {
    expect(() => parseResources({ 'locales/en/common.json': JSON.stringify({ site: { name: 3 } }) })).toThrow(
      /locales\/en\/common\.json → site\.name: must be an object of strings, not 3/,
    );
  });
});
