/**
 * The one list of the site's languages. Astro's i18n config, routing, i18next,
 * content validation and tests all derive from this record. `lang` is the BCP-47 tag
 * written into <html lang> (Pagefind picks its index by it); `intl` is the locale
 * Intl formats dates and numbers with; `script` is the Unicode script the language is written in
 * (search treats a word in another script as a name to transliterate).
 */
export const locales = {
  en: { label: 'English', lang: 'en', intl: 'en-GB', dir: 'ltr', ogLocale: 'en_GB', script: 'Latin' },
  uk: { label: 'Українська', lang: 'uk', intl: 'uk', dir: 'ltr', ogLocale: 'uk_UA', script: 'Cyrillic' },
  be: { label: 'Беларуская', lang: 'be', intl: 'be', dir: 'ltr', ogLocale: 'be_BY', script: 'Cyrillic' },
} as const;

export type Locale = keyof typeof locales;
export type LocaleInfo = (typeof locales)[Locale];

/** The language UI keys are written in first, and the default source of explainers. */
// A literal type, so types can tell the required language from the optional ones.
export const sourceLocale = 'en' satisfies Locale;

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

export function localeInfo(locale: Locale): LocaleInfo {
  return locales[locale];
}

/** The `[locale]` segment of a page's URL, narrowed once at the page boundary. */
export function localeParam(value: string | undefined): Locale {
  if (!isLocale(value)) throw new Error(`"${value}" is not a locale of this site (${localeCodes.join(', ')}).`);
  return value;
}
