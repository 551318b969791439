import { localeCodes, localeInfo, sourceLocale, type Locale } from '../i18n/locales';
import { flattenKeys, type Resources } from '../i18n/resources';

export interface SharedGap {
  collection: string;
  id: string;
  locale: Locale;
  fields: string[];
}

/**
 * Shared-collection records whose localized fields ({ en, uk?, be? }) lack a language.
 * Readers get English for those fields; translators get this list.
 */
export function sharedGaps(collections: Record<string, readonly Record<string, unknown>[]>): SharedGap[] {
  const gaps: SharedGap[] = [];
  for (const [collection, records] of Object.entries(collections)) {
    for (const record of records) {
      const localized = Object.entries(record).filter(
        ([, value]) => typeof value === 'object' && value !== null && sourceLocale in value,
      ) as [string, Partial<Record<Locale, string>>][];
      for (const locale of localeCodes) {
        const fields = localized.filter(([, text]) => !text[locale]).map(([field]) => field);
        if (fields.length > 0) gaps.push({ collection, id: String(record.id), locale, fields });
      }
    }
  }
  return gaps;
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/**
 * UI keys each locale lacks compared with English, counting plural forms by the
 * locale's own CLDR categories (uk and be need one, few, many and other).
 */
export function missingUiKeys(resources: Resources): Record<Locale, string[]> {
  const out = {} as Record<Locale, string[]>;
  for (const locale of localeCodes) {
    const categories = new Intl.PluralRules(localeInfo(locale).lang).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const [namespace, tree] of Object.entries(resources[sourceLocale])) {
      const own = flattenKeys(resources[locale][namespace] ?? {});
      const pluralBases = new Set<string>();
      for (const key of Object.keys(flattenKeys(tree))) {
        const plural = PLURAL.exec(key);
        if (plural) pluralBases.add(plural[1]!);
        else if (!(key in own)) missing.push(`${namespace}:${key}`);
      }
      for (const base of pluralBases) {
        for (const category of categories) {
          if (!(`${base}_${category}` in own)) missing.push(`${namespace}:${base}_${category}`);
        }
      }
    }
    out[locale] = missing;
  }
  return out;
}
