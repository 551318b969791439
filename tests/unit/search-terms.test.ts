import { describe, expect, test } from 'vitest';
import { indexTerms } from '../../src/search/index-terms';
import { nameKeyTerm, oftenNamedTerm } from '../../src/search/name-key';
import { oftenNamedQuery, plainQuery, queryVariants } from '../../src/search/query-variants';

describe('indexTerms (hidden terms a page adds to the index)', () => {
  const text = 'Протести почалися після виборів. Лукашенко відповів на протести репресіями.';

  test('a name gets a name key; a word that only starts a sentence does not', () => {
    const terms = indexTerms(text, 'uk');
    expect(terms).toContain(nameKeyTerm('Лукашенко'));
    expect(terms).not.toContain(nameKeyTerm('Протести'));
  });

  test('nothing Pagefind already finds by prefix is added: the stem of "санкціями" begins "санкції"', () => {
    expect(indexTerms('санкції санкціями', 'uk')).toEqual([]);
  });

  test('stem spellings that no word on the page begins with are added', () => {
    expect(indexTerms('кожны голас', 'be')).toContain('галас');
    expect(indexTerms('цей вибір', 'uk')).toContain('вибор');
  });

  test('a word written with ʼ (U+02BC, kept by Pagefind) also gets its form without the apostrophe', () => {
    const terms = indexTerms('памʼять про вʼязнів', 'uk');
    expect(terms).toContain('память');
    expect(terms).toContain('вязнів');
    // ' and ’ are dropped by Pagefind itself: nothing to add.
    expect(indexTerms('пам’ять', 'uk')).not.toContain('память');
  });

  test('a name the page uses three times or more also gets its often-named term', () => {
    const often = oftenNamedTerm(nameKeyTerm('Ціханоўская')!);
    const key = nameKeyTerm('Ціханоўская')!;
    const thrice = indexTerms('Ціханоўская выступіла. Ціханоўскую падтрымалі. Пра Ціханоўскую пісалі.', 'be');
    expect(thrice).toContain(key);
    expect(thrice).toContain(often);
    const once = indexTerms('Ціханоўская выступіла ў Вільні.', 'be');
    expect(once).toContain(key);
    expect(once).not.toContain(often);
  });

  test('English pages only get name keys', () => {
    expect(indexTerms('The protests in Minsk went on. Protests spread.', 'en')).toEqual([nameKeyTerm('Minsk')]);
  });
});

describe('queryVariants (what the browser sends to Pagefind)', () => {
  test.each(["пам'ять", 'пам’ять', 'памʼять'])('the apostrophe in "%s" does not matter', (query) => {
    expect(queryVariants(query, ['uk'])).toEqual(queryVariants('память', ['uk']));
  });

  test('the most literal combination comes first, then alternatives, one search each', () => {
    const variants = queryVariants('санкціями Lukashenko', ['uk']).map((v) => v.query);
    expect(variants[0]).toBe('санкц lukashenko');
    expect(variants).toContain(`санкц ${nameKeyTerm('Lukashenko')}`);
  });

  test('a long query is capped at eight searches', () => {
    expect(queryVariants('вибір вересень голос протести Мінськ', ['uk']).length).toBeLessThanOrEqual(8);
  });

  test('with other languages, a combination is tagged with the languages it was made for', () => {
    const variants = queryVariants('Мінську', ['uk', 'be']);
    expect(variants.find((v) => v.query === nameKeyTerm('Мінську'))?.locales).toEqual(['uk', 'be']);
  });

  test('oftenNamedQuery asks for the often-named form of each name key only', () => {
    const key = nameKeyTerm('Lukashenko')!;
    expect(oftenNamedQuery(`санкц ${key}`)).toBe(`санкц ${oftenNamedTerm(key)}`);
  });

  test('plainQuery is the reader’s words, normalised only', () => {
    expect(plainQuery('  Санкції   ЄС ')).toBe('санкції єс');
  });
});
