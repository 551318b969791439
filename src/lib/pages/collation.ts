import { localeInfo, type Locale } from '../../i18n/locales';

const collators = new Map<Locale, Intl.Collator>();

function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(localeInfo(locale).intl, { sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * Sorts by the locale's alphabet, not by code points: Ukrainian puts "ґ" after "г" and
 * "є" after "е"; Belarusian puts "ў" after "у".
 */
export function sortByCollation<T>(items: readonly T[], text: (item: T) => string, locale: Locale): T[] {
  const collator = collatorFor(locale);
  return [...items].sort((a, b) => collator.compare(text(a), text(b)));
}
