import type { Locale } from '../i18n/locales';
import { foldDiacritics, normaliseWord, splitWords } from './fold';
import { nameKeyTerm } from './name-key';
import { stemForms } from './stemmer';

const UPPER_FIRST = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

/**
 * The hidden search terms one page adds to its language's index:
 * - stems and stem spellings that are not already a prefix of a word on the page
 *   (Pagefind's prefix matching finds the rest, and highlights it in the excerpt);
 * - a name key for each capitalised word that the page never writes in lower case
 *   (a name, not the first word of a sentence), so that Latin spellings of names
 *   find Cyrillic pages and the other way round.
 */
export function indexTerms(text: string, locale: Locale): string[] {
  const words = [...new Set(splitWords(text))];
  const lowercase = new Set(words.filter((w) => !UPPER_FIRST.test(w)).map(normaliseWord));
  const stored = new SortedWords(words.map((w) => foldDiacritics(normaliseWord(w))));
  const terms = new Set<string>();
  for (const word of words) {
    for (const form of stemForms(word, locale)) {
      if (!stored.hasPrefix(foldDiacritics(form))) terms.add(form);
    }
    if (isName(word) && !lowercase.has(normaliseWord(word))) {
      const key = nameKeyTerm(word);
      if (key) terms.add(key);
    }
  }
  // A query term matches any word it is a prefix of, so a term that begins another is redundant.
  const sorted = [...terms].sort();
  return sorted.filter((term, i) => !sorted[i + 1]?.startsWith(term));
}

/** Capitalised, not an abbreviation (ЄС, KGB), and long enough to carry a name. */
function isName(word: string): boolean {
  return UPPER_FIRST.test(word) && !ALL_UPPER.test(word) && [...word].length >= 4;
}

/** The page's words as Pagefind stores them, searchable by prefix. */
class SortedWords {
  private readonly words: string[];
  constructor(words: string[]) {
    this.words = [...new Set(words)].sort();
  }
  hasPrefix(prefix: string): boolean {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return this.words[low]?.startsWith(prefix) ?? false;
  }
}
