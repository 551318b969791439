import type { Locale } from '../../src/i18n/locales';
import { foldDiacritics, normaliseWord, splitWords } from '../../src/search/fold';
import { indexTerms } from '../../src/search/index-terms';
import { termAlternatives } from '../../src/search/query-variants';

/**
 * Pagefind's word matching, as measured: a query term matches a stored word (a
 * word of the page, or one of its hidden terms) it is a prefix of, after
 * lowercasing and diacritic folding. Used to test the stemmer without a browser.
 */
export function storedWords(text: string, locale: Locale): string[] {
  return [...splitWords(text).map(normaliseWord), ...indexTerms(text, locale)].map((w) => foldDiacritics(w));
}

export function termMatches(term: string, text: string, locale: Locale): boolean {
  const stored = storedWords(text, locale);
  return termAlternatives(term, locale).some((a) => stored.some((w) => w.startsWith(foldDiacritics(a))));
}

/** What plain Pagefind does with the same word: the query as typed, as a prefix. */
export function plainTermMatches(term: string, text: string): boolean {
  const stored = splitWords(text).map((w) => foldDiacritics(w.toLowerCase().replace(/['’]/g, '')));
  const query = foldDiacritics(term.toLowerCase().replace(/['’]/g, ''));
  return stored.some((w) => w.startsWith(query));
}
