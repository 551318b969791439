import { localeInfo, sourceLocale, type Locale } from './locales';
import { flattenKeys } from './resources';
import { resources } from './load-resources';
import type { UiKey } from './ui';
import type { ClientString } from '../scripts/ui-strings';

/**
 * The raw i18next strings a client script needs, serialised into a data attribute, so
 * no i18next ships to the browser. Plural keys carry every category the locale uses.
 */
export function clientStrings<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, ClientString> {
  const cacheKey = `${locale} ${keys.join(' ')}`;
  const cached = results.get(cacheKey);
  if (cached) return cached as Record<K, ClientString>;
  const own = flatStrings(locale);
  const source = flatStrings(sourceLocale);
  const categories = new Intl.PluralRules(localeInfo(locale).lang).resolvedOptions().pluralCategories;
  const out = {} as Record<K, ClientString>;
  for (const key of keys) {
    if (own[key] ?? source[key]) {
      out[key] = (own[key] ?? source[key])!;
      continue;
    }
    const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
    for (const category of categories) {
      const text = own[`${key}_${category}`] ?? source[`${key}_${category}`] ?? source[`${key}_other`];
      if (text) forms[category] = text;
    }
    if (Object.keys(forms).length === 0)
      throw new Error(`UI key "${key}" is missing from locales/${sourceLocale}/common.json.`);
    out[key] = forms;
  }
  results.set(cacheKey, out);
  return out;
}

// Every page's search dialog asks for the same strings in its language.
const results = new Map<string, Record<string, ClientString>>();

const flattened = new Map<Locale, Record<string, string>>();

function flatStrings(locale: Locale): Record<string, string> {
  let strings = flattened.get(locale);
  if (!strings) flattened.set(locale, (strings = flattenKeys(resources[locale].common ?? {})));
  return strings;
}
