/**
 * Text normalisation shared by the index step and the browser, so that a word is
 * turned into the same form on both sides.
 */

/** ASCII ', typographic ’ and ‘, and U+02BC ʼ, which Ukrainian and Belarusian use inside words. */
const APOSTROPHES = /['’‘ʼ`´]/g;

/**
 * Lowercases and drops apostrophes. Pagefind itself drops ' and ’ but keeps ʼ as a
 * letter, so "памʼять" and "пам’ять" would be different words without this.
 */
export function normaliseWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(APOSTROPHES, '');
}

/**
 * The form Pagefind compares words in: combining marks removed after NFD, which
 * folds й→и, ї→і, ў→у, ё→е and š→s. Used to decide whether a stem is already a
 * prefix of a word as Pagefind stores it.
 */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Words as a reader would see them: runs of letters and digits, apostrophes inside a word kept. */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu) ?? [];
}
