/**
 * What a light suffix-stripping stemmer needs to know about one language. The
 * tables themselves live in stem-uk.ts and stem-be.ts.
 */
export interface StemRules {
  /** Inflectional endings (nouns, adjectives, verbs), removed longest first. */
  endings: readonly string[];
  /** Reflexive verb suffixes, removed before the endings. */
  reflexive: readonly string[];
  /** Never cut a word below this many letters. */
  minStem: number;
  /**
   * Alternations that appear before an ending starting with a front vowel: the stem
   * seen there is rewritten to the stem of the other forms (be: пратэсце → пратэст).
   * Applied to the stem; `to` replaces `from` at its end.
   */
  beforeFrontVowel?: readonly (readonly [pattern: RegExp, replacement: string])[];
  /**
   * Other spellings the same stem takes in other forms. Each yields an extra form
   * that the index stores and the query also tries (uk: економіці ↔ економіка;
   * be: голас ↔ галасы; a vowel that drops out: вересень ↔ вересня).
   */
  variants?: readonly Alternation[];
  /** Like `variants`, but rewriting the whole word before its ending is cut. */
  wordVariants?: readonly Alternation[];
}

/**
 * A rewrite of a stem: `pattern` replaced by `replacement`, only when the ending
 * that was cut matches `after` (the alternation belongs to some forms only).
 */
export interface Alternation {
  pattern: RegExp;
  replacement: string;
  after?: RegExp;
}

/** The ending cut from a form without an ending, or with only a soft sign (вибір, вересень). */
export const NO_ENDING = /^ь?$/;

/** Expands groups such as ["а", "я"] × ["м", "х"] into every combination, to keep tables short. */
export function combine(...parts: readonly (readonly string[])[]): string[] {
  return parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), ['']);
}
