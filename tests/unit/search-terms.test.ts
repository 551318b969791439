import { describe, expect, test } from 'vitest';
import { indexTerms } from '../../src/search/index-terms';
import { nameKeyTerm } from '../../src/search/name-key';
import { plainQuery, queryVariants } from '../../src/search/query-variants';

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

  test('plainQuery is the reader’s words, normalised only', () => {
    expect(plainQuery('  Санкції   ЄС ')).toBe('санкції єс');
  });
});
