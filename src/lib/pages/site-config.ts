import options from 'virtual:tlumach/config';
import { sourceLocale, type Locale } from '../../i18n/locales';

/** The site's name in `locale` (tlumach({ name })), or in the source language where none is given. */
export function siteName(locale: Locale): string {
  return options.name[locale] ?? options.name[sourceLocale];
}

/** The publisher named in the footer, if the site sets one. */
export const publisher = options.publisher;

/** The header logo's path in public/, if the site sets one. */
export const logo = options.logo;

/** Whether explainers get social cards (og:image). */
export const socialCards = options.socialCards;
