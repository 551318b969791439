import type { Locale } from '../i18n/locales';
import { normaliseWord } from './fold';
import { beStemRules } from './stem-be';
import { ukStemRules } from './stem-uk';
import type { StemRules } from './stem-rules';

/**
 * The languages Pagefind cannot stem itself (it falls back to its generic module
 * for uk and be). English is left to Pagefind's own stemmer.
 */
const rulesByLocale: Partial<Record<Locale, StemRules>> = { uk: ukStemRules, be: beStemRules };

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const FRONT_VOWEL = /^[еэіяюё]/;
const DOUBLED_FINAL = /(\p{L})\1$/u;

export function hasStemmer(locale: Locale): boolean {
  return rulesByLocale[locale] !== undefined;
}

/**
 * A light stem: the word with one inflectional ending removed, so that a query in
 * any case or number is a prefix of the other forms ("санкціями" → "санкц").
 * Words in other scripts, and languages without rules, are only normalised.
 */
export function stem(word: string, locale: Locale): string {
  return stemForms(word, locale)[0]!;
}

/**
 * The stem first, then the other spellings it takes in other forms (вибір → вибор,
 * вересень → вересн). The index stores those that are not already prefixes of the
 * word; the query tries each of them.
 */
export function stemForms(word: string, locale: Locale): string[] {
  const rules = rulesByLocale[locale];
  const normalised = normaliseWord(word);
  if (!rules || !CYRILLIC_WORD.test(normalised)) return [normalised];
  const { stem: primary, ending } = cutEnding(normalised, rules);
  const forms = [primary];
  let all = primary;
  for (const { pattern, replacement, after } of rules.variants ?? []) {
    if (after && !after.test(ending)) continue;
    const variant = primary.replace(pattern, replacement);
    if (length(variant) >= rules.minStem) forms.push(variant);
    const cumulative = all.replace(pattern, replacement);
    if (length(cumulative) >= rules.minStem) all = cumulative;
  }
  forms.push(all);
  for (const { pattern, replacement } of rules.wordVariants ?? []) {
    if (pattern.test(normalised)) forms.push(normalised.replace(pattern, replacement));
  }
  return [...new Set(forms)];
}

function cutEnding(word: string, rules: StemRules): { stem: string; ending: string } {
  let w = word;
  if (length(w) <= rules.minStem) return { stem: w, ending: '' };
  const reflexive = rules.reflexive.find((s) => w.endsWith(s) && length(w) - length(s) > rules.minStem);
  if (reflexive) w = w.slice(0, -reflexive.length);
  const ending = longestEnding(w, rules);
  if (ending) w = w.slice(0, -ending.length);
  if (w.endsWith('ь') && length(w) > rules.minStem) w = w.slice(0, -1);
  // "Білоруссю" is "Білорусь" + "ю" with the consonant doubled.
  if (DOUBLED_FINAL.test(w) && length(w) > rules.minStem) w = w.slice(0, -1);
  if (ending && FRONT_VOWEL.test(ending)) {
    const alternation = rules.beforeFrontVowel?.find(([pattern]) => pattern.test(w));
    if (alternation) w = w.replace(alternation[0], alternation[1]);
  }
  return { stem: w, ending: ending ?? '' };
}

// Endings grouped by last letter and sorted longest first: the index step stems
// every word of thousands of pages, so avoid trying hundreds of endings per word.
const endingsByLastLetter = new WeakMap<StemRules, Map<string, string[]>>();

function longestEnding(word: string, rules: StemRules): string | undefined {
  let groups = endingsByLastLetter.get(rules);
  if (!groups) {
    groups = new Map();
    for (const ending of [...new Set(rules.endings)].sort((a, b) => b.length - a.length)) {
      const last = ending.at(-1)!;
      groups.set(last, [...(groups.get(last) ?? []), ending]);
    }
    endingsByLastLetter.set(rules, groups);
  }
  const size = length(word);
  return groups.get(word.at(-1) ?? '')?.find((e) => word.endsWith(e) && size - e.length >= rules.minStem);
}

function length(word: string): number {
  return [...word].length;
}
