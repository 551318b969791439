import { localeCodes, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import type { SavedCopyText } from './saved-copies';

/**
 * Each language's words for its saved copy, from the UI strings. Read where Astro has
 * loaded them (the strings come through Vite), and handed to the copy step as plain data.
 */
export function savedCopyTexts(siteName: (locale: Locale) => string): Record<Locale, SavedCopyText> {
  return Object.fromEntries(
    localeCodes.map((locale) => {
      const t = useTranslations(locale);
      const text: SavedCopyText = {
        siteName: siteName(locale),
        notice: t('savedCopy.notice', { site: '\u0001', date: '\u0002' }),
        online: t('savedCopy.online'),
        search: t('savedCopy.search'),
        browseAll: t('search.browseAll'),
      };
      return [locale, text];
    }),
  ) as Record<Locale, SavedCopyText>;
}
