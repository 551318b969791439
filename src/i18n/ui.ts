import i18next, { type TOptions } from 'i18next';
import type enBlocks from '../../locales/en/blocks.json';
import type enCommon from '../../locales/en/common.json';
import type enUnits from '../../locales/en/units.json';
import { localeCodes, sourceLocale, type Locale } from './locales';
import { resources } from './load-resources';
import { ContentError } from '../lib/errors';

/** Dotted paths to the string leaves of a JSON object. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

type KeysOf<T> = WithoutPlural<Leaves<T>>;

/** A unit a `<Fact unit="…">` may name: the keys of locales/en/units.json. */
export type UnitName = KeysOf<typeof enUnits>;

/**
 * Every UI key, derived from the English source files: a wrong key fails `astro check`.
 * Keys of `common` are bare ("site.name"); other namespaces are prefixed ("blocks:sources.title").
 */
export type UiKey = KeysOf<typeof enCommon> | `blocks:${KeysOf<typeof enBlocks>}` | `units:${UnitName}`;

export type Translate = (key: UiKey, options?: TOptions) => string;

const DEFAULT_NAMESPACE = 'common';
const translators = new Map<Locale, Translate>();

/**
 * One i18next instance per locale, created once and shared by every page of the
 * build (no global changeLanguage, so concurrent renders cannot race).
 */
export function useTranslations(locale: Locale): Translate {
  const cached = translators.get(locale);
  if (cached) return cached;

  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    supportedLngs: localeCodes,
    fallbackLng: sourceLocale,
    resources,
    defaultNS: DEFAULT_NAMESPACE,
    ns: Object.keys(resources[sourceLocale]),
    initAsync: false,
    // Astro escapes every expression it renders; escaping here too would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

  // A build renders the same plain strings (no options) thousands of times: look each up once.
  const plain = new Map<UiKey, string>();
  const translate: Translate = (key, options) => {
    if (!options) {
      const known = plain.get(key);
      if (known !== undefined) return known;
    }
    if (!instance.exists(key, { ...options, lng: sourceLocale })) {
      const namespace = key.includes(':') ? key.slice(0, key.indexOf(':')) : DEFAULT_NAMESPACE;
      throw new ContentError({
        file: `locales/${sourceLocale}/${namespace}.json`,
        field: key,
        message: `UI key "${key}" is used in code but missing from the English strings.`,
        hint: 'Add it to the English file first; other languages fall back to English until translated.',
      });
    }
    const text = instance.t(key, options) as string;
    if (!options) plain.set(key, text);
    return text;
  };
  translators.set(locale, translate);
  return translate;
}
