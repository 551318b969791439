import type { Locale } from '../../i18n/locales';
import { normaliseWord, splitWords } from '../../search/fold';
import { stemForms } from '../../search/stemmer';

/**
 * Whether two words are one word in different forms. Each must begin with a stem of
 * the other: "Лукашенко" and "Лукашенка" share the stem лукашенк; "Білорусь" (stem
 * білор) and "Білорусі" (білорус) each begin with the other's. A longer word built on
 * the name is not the name: "ЄСПЧ" begins with єс, but "ЄС" does not begin with єспч,
 * and "білоруський" is not "Білорусь". English has no stemmer here: only a possessive
 * 's is set aside ("Lukashenko's").
 */
export function sameWord(one: string, other: string, locale: Locale): boolean {
  const [a, b] = [one, other].map((word) => normaliseWord(word.replace(/['’]s$/u, '')));
  if (a === b) return true;
  return (
    stemForms(a!, locale).some((stem) => b!.startsWith(stem)) &&
    stemForms(b!, locale).some((stem) => a!.startsWith(stem))
  );
}

/**
 * Whether `text` names someone or something: every word of the name appears in it, in
 * any inflected form, as a whole word. A person is also named by the family name alone
 * (the name's last word): a headline says "Лукашенка", not "Олександра Лукашенка".
 */
export function namedIn(name: string, text: string, locale: Locale, { person }: { person: boolean }): boolean {
  const words = splitWords(text);
  const appears = (part: string) => words.some((word) => sameWord(part, word, locale));
  const parts = splitWords(name);
  if (parts.length === 0) return false;
  return parts.every(appears) || (person && appears(parts.at(-1)!));
}
