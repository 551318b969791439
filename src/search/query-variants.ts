import { localeInfo, type Locale } from '../i18n/locales';
import { normaliseWord, splitWords } from './fold';
import { NAME_KEY_PREFIX, nameKeyTerm, oftenNamedTerm } from './name-key';
import { stemForms } from './stemmer';

/** One query for Pagefind, and the languages whose pages it may bring back. */
export interface QueryVariant {
  query: string;
  locales: Locale[];
  /** Uses a name key: worth a search only when the words as spelled found too little. */
  byNameKey: boolean;
}

/**
 * A query word's alternatives: its stem, the other spellings of that stem, and its
 * name key. With `names: 'likely'` only a word that may be a name gets a key:
 * capitalised, or in another script than the language (Latin in a Cyrillic index,
 * Cyrillic in the English one). That keeps a reader's first search from fetching
 * the index chunk the keys live in for an ordinary word.
 */
export function termAlternatives(term: string, locale: Locale, names: 'all' | 'likely' = 'all'): string[] {
  const key = names === 'all' || looksLikeName(term, locale) ? nameKeyTerm(term) : undefined;
  return [...new Set([...stemForms(term, locale), ...(key ? [key] : [])])];
}

function looksLikeName(term: string, locale: Locale): boolean {
  const ownScript = new RegExp(`^\\p{Script=${localeInfo(locale).script}}+$`, 'u');
  return /^\p{Lu}/u.test(term) || !ownScript.test(term.replace(/['’ʼ]/g, ''));
}

/**
 * Pagefind matches every term as a prefix and joins terms with AND; it has no OR.
 * Each word of the reader's query therefore becomes a few alternatives, and every
 * combination is run as its own search; results are merged by URL. Combinations
 * are ordered so the most literal come first, and capped, because each is a
 * search. Searching several languages, every word gets its name key: a reader's
 * own spelling of a name differs from the other languages' (Лукашенко, Лукашэнка).
 */
export function queryVariants(query: string, locales: readonly Locale[], max = 8): QueryVariant[] {
  const byQuery = new Map<string, QueryVariant>();
  const names = locales.length > 1 ? 'all' : 'likely';
  for (const locale of locales) {
    const terms = splitWords(query).map((t) => termAlternatives(t, locale, names));
    for (const q of combinations(terms, max)) {
      const existing = byQuery.get(q);
      if (existing) existing.locales.push(locale);
      else byQuery.set(q, { query: q, locales: [locale], byNameKey: q.split(' ').some(isNameKey) });
    }
  }
  return [...byQuery.values()];
}

/** The same search for pages that use each name in it often (index-terms.ts). */
export function oftenNamedQuery(query: string): string {
  return query
    .split(' ')
    .map((term) => (isNameKey(term) ? oftenNamedTerm(term) : term))
    .join(' ');
}

function isNameKey(term: string): boolean {
  return term.startsWith(NAME_KEY_PREFIX);
}

/** The reader's words as typed, normalised only (what plain Pagefind would be given). */
export function plainQuery(query: string): string {
  return splitWords(query).map(normaliseWord).join(' ');
}

/** Every pick of one alternative per term, cheapest (lowest total index) first. */
function combinations(terms: readonly string[][], max: number): string[] {
  if (terms.length === 0) return [];
  let picks: { words: string[]; rank: number }[] = [{ words: [], rank: 0 }];
  for (const alternatives of terms) {
    picks = picks
      .flatMap((p) => alternatives.map((a, i) => ({ words: [...p.words, a], rank: p.rank + i })))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, max);
  }
  return picks.map((p) => p.words.join(' '));
}
