import type { Locale } from '../i18n/locales';
import { foldDiacritics, normaliseWord, splitWords } from './fold';
import { nameKeyTerm, oftenNamedTerm, OFTEN_NAMED } from './name-key';
import { stemForms } from './stemmer';

const UPPER_FIRST = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;
// The apostrophes Pagefind removes from words; it keeps ʼ (U+02BC) as a letter.
const PAGEFIND_DROPS = /['’]/g;

/**
 * The hidden search terms one page adds to its language's index:
 * - stems and stem spellings that are not already a prefix of a word on the page
 *   (Pagefind's prefix matching finds the rest, and highlights it in the excerpt);
 * - a name key for each capitalised word that the page never writes in lower case
 *   (a name, not the first word of a sentence), so that Latin spellings of names
 *   find Cyrillic pages and the other way round;
 * - the word without its apostrophe when Pagefind keeps the apostrophe: it drops ' and ’
 *   but treats ʼ (U+02BC) as a letter, and the browser drops every apostrophe from a
 *   query, so "пам'ять" finds "памʼять" only through this term.
 */
export function indexTerms(text: string, locale: Locale): string[] {
  const occurrences = splitWords(text);
  const words = [...new Set(occurrences)].map((w) => analyse(w, locale));
  const lowercase = new Set(words.filter((w) => !w.capitalised).map((w) => w.normalised));
  const stored = new SortedWords(words.map((w) => w.stored));
  const terms = new Set<string>();
  for (const word of words) {
    for (const [form, folded] of word.forms) if (!stored.hasPrefix(folded)) terms.add(form);
    if (word.stored !== foldDiacritics(word.normalised)) terms.add(word.normalised);
    if (word.nameKey && !lowercase.has(word.normalised)) terms.add(word.nameKey);
  }
  // A query term matches any word it is a prefix of, so a term that begins another is redundant.
  const sorted = [...terms].sort();
  const needed = sorted.filter((term, i) => !sorted[i + 1]?.startsWith(term));
  return [...needed, ...oftenNamed(occurrences, terms, locale)];
}

/**
 * Pagefind gives a match in a meta field the same score however often the page uses
 * the word, so a page about a person and a page that names them once would tie. A name
 * the page uses OFTEN_NAMED times or more also gets oftenNamedTerm(key), which the
 * browser searches to rank such pages first (src/scripts/search-engine.ts).
 */
function oftenNamed(occurrences: string[], terms: Set<string>, locale: Locale): string[] {
  const counts = new Map<string, number>();
  for (const word of occurrences) {
    const key = analyse(word, locale).nameKey;
    if (key && terms.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= OFTEN_NAMED)
    .map(([key]) => oftenNamedTerm(key))
    .sort();
}

interface WordAnalysis {
  normalised: string;
  /** As Pagefind stores it (folded, ʼ kept). */
  stored: string;
  capitalised: boolean;
  /** Stem forms, each with its folded form for prefix checks. */
  forms: [string, string][];
  nameKey: string | undefined;
}

// A site's pages share most of their words: analyse each word once per build.
const analyses = new Map<string, WordAnalysis>();

function analyse(word: string, locale: Locale): WordAnalysis {
  const cacheKey = `${locale}:${word}`;
  let analysis = analyses.get(cacheKey);
  if (!analysis) {
    const normalised = normaliseWord(word);
    analysis = {
      normalised,
      stored: foldDiacritics(word.normalize('NFC').toLowerCase().replace(PAGEFIND_DROPS, '')),
      capitalised: UPPER_FIRST.test(word),
      forms: stemForms(word, locale).map((f) => [f, foldDiacritics(f)]),
      nameKey: isName(word) ? nameKeyTerm(word) : undefined,
    };
    analyses.set(cacheKey, analysis);
  }
  return analysis;
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
