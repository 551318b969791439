import { localeInfo, sourceLocale, type Locale } from './locales';
import type { LocalizedText } from '../schemas/common';

/** A record's text for one locale, and the locale it is really written in. */
export interface TextIn {
  text: string;
  locale: Locale;
}

/** The text in `locale`, or the English text when that translation is missing. */
export function textIn(text: LocalizedText, locale: Locale): TextIn {
  const own = text[locale];
  return own ? { text: own, locale } : { text: text[sourceLocale], locale: sourceLocale };
}

/**
 * The lang attribute for text written in `textLocale` inside an element in `around`:
 * none when they agree, so only fallbacks are marked (screen readers and search need it).
 */
export function langFor(textLocale: Locale, around: Locale): string | undefined {
  return textLocale === around ? undefined : localeInfo(textLocale).lang;
}
