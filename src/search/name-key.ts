import { normaliseWord } from './fold';

/**
 * Name keys let "Lukashenko", "Lukašenka", "Лукашенко" and "Лукашэнка" find one
 * another. A key is a coarse sound skeleton of a name in Latin letters: each
 * spelling system (Ukrainian, Belarusian, Russian-style and BGN romanisation,
 * Łacinka, English press usage) lands on the same key, while distinct names stay
 * distinct. Keys are only compared with keys, so they need not be readable.
 */

/** Marks a key as a key, so keys never match ordinary words and all sort together in the index. */
export const NAME_KEY_PREFIX = 'qx';

// Cyrillic letters of uk, be and ru in a plain romanisation; the folds below merge the rest.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ё: 'io',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'ii',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

// Latin letters with diacritics that stand for two plain letters (Łacinka, Czech-style romanisation).
const LATIN: Record<string, string> = {
  š: 'sh',
  č: 'ch',
  ž: 'zh',
  ŭ: 'u',
  ł: 'l',
  ć: 'ts',
  ś: 's',
  ź: 'z',
  ń: 'n',
  ĺ: 'l',
};

// Ordered: digraphs first, then single letters. Sounds that the spelling systems
// write differently collapse to one letter (х/kh/ch/h/g → h; ц/ts/c → t; o/a → a;
// e/i/y → i; v/w/u → u).
const FOLDS: readonly (readonly [RegExp, string])[] = [
  [/shch|sch/g, 's'],
  [/sh|sz/g, 's'],
  [/zh/g, 'z'],
  [/kh|ch|cz/g, 'h'],
  [/ts|tz|c/g, 't'],
  [/dz/g, 'd'],
  [/x/g, 'ks'],
  [/q|ck/g, 'k'],
  [/g/g, 'h'],
  [/[wv]/g, 'u'],
  [/[jye]/g, 'i'],
  [/o/g, 'a'],
  [/(\p{L})\1+/gu, '$1'],
  // A glide between two vowels (…kaya, …kaja) is not written in every system.
  [/(?<=[aiu])i(?=[aiu])/g, ''],
  [/(\p{L})\1+/gu, '$1'],
];

const MIN_KEY = 3;

/** The key of one word, or undefined when the word is too short to be a name. */
export function nameKey(word: string): string | undefined {
  const possessive = word.replace(/['’ʼ]s$/iu, '');
  let key = [...normaliseWord(possessive)].map((c) => CYRILLIC[c] ?? LATIN[c] ?? c).join('');
  key = key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  // Endings are vowels in most cases of most names: Лукашенко, Лукашэнка, Лукашенку.
  while (key.length > MIN_KEY && /[aiu]$/.test(key)) key = key.slice(0, -1);
  return key.length >= MIN_KEY ? key : undefined;
}

/** How many mentions make a page one that names someone often (see index-terms.ts). */
export const OFTEN_NAMED = 3;

/**
 * The name key term (nameKeyTerm) of a page that uses the name often. Keys never hold
 * a doubled letter (the folds above remove them), so "qq" cannot end another key.
 */
export function oftenNamedTerm(term: string): string {
  return `${term}qq`;
}

/** The term stored in the index and sent in a query for a name. */
export function nameKeyTerm(word: string): string | undefined {
  const key = nameKey(word);
  return key && NAME_KEY_PREFIX + key;
}
