import { describe, expect, test } from 'vitest';
import { sortByCollation } from '../../src/lib/pages/collation';
import { langFor, textIn } from '../../src/i18n/localized-text';

describe('sortByCollation: the locale’s alphabet, not code points', () => {
  test.each([
    // Code points would put є, і, ї and ґ after я.
    [
      'uk',
      ['Інавгурація', 'Єдність', 'Ґрунт', 'Яма', 'Екзит-пол', 'Гора'],
      ['Гора', 'Ґрунт', 'Екзит-пол', 'Єдність', 'Інавгурація', 'Яма'],
    ],
    // Belarusian: і after з, ў after у; code points would put both after я.
    ['be', ['ўезд', 'Яма', 'Інаўгурацыя', 'Забарона', 'Улада'], ['Забарона', 'Інаўгурацыя', 'Улада', 'ўезд', 'Яма']],
    [
      'en',
      ['travel ban', 'Asset freeze', 'exit poll', 'Economic sanctions'],
      ['Asset freeze', 'Economic sanctions', 'exit poll', 'travel ban'],
    ],
  ] as const)('%s', (locale, input, sorted) => {
    expect(sortByCollation(input, (s) => s, locale)).toEqual(sorted);
  });
});

describe('textIn: a missing translation falls back to English, and says so', () => {
  const name = { en: 'Maria Kolesnikova', uk: 'Марія Колесникова', be: undefined };
  test.each([
    ['en', 'Maria Kolesnikova', 'en', undefined],
    ['uk', 'Марія Колесникова', 'uk', undefined],
    ['be', 'Maria Kolesnikova', 'en', 'en'],
  ] as const)('%s → %s (written in %s; lang attribute %s)', (locale, text, written, lang) => {
    const picked = textIn(name, locale);
    expect(picked).toEqual({ text, locale: written });
    expect(langFor(picked.locale, locale)).toBe(lang);
  });
});
