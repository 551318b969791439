import type { Locale } from '../i18n/locales';
import { normaliseWord, splitWords } from './fold';
import { nameKeyTerm } from './name-key';
import { stemForms } from './stemmer';

/** One query for Pagefind, and the languages whose pages it may bring back. */
export interface QueryVariant {
  query: string;
  locales: Locale[];
}

/**
 * Pagefind matches every term as a prefix and joins terms with AND; it has no OR.
 * Each term of the reader's query therefore becomes a few alternatives (its stem,
 * the other spellings of that stem, its name key), and every combination is run
 * as its own search; results are merged by URL. Combinations are ordered so the
 * most literal come first, and capped, because each is a search.
 */
export function termAlternatives(term: string, locale: Locale): string[] {
  const key = nameKeyTerm(term);
  return [...new Set([...stemForms(term, locale), ...(key ? [key] : [])])];
}

export function queryVariants(query: string, locales: readonly Locale[], max = 8): QueryVariant[] {
  const byQuery = new Map<string, QueryVariant>();
  for (const locale of locales) {
    for (const q of combinations(
      splitWords(query).map((t) => termAlternatives(t, locale)),
      max,
    )) {
      const existing = byQuery.get(q);
      if (existing) existing.locales.push(locale);
      else byQuery.set(q, { query: q, locales: [locale] });
    }
  }
  return [...byQuery.values()];
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
