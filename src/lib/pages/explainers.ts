import { getCollection, type CollectionEntry } from 'astro:content';
import { localeCodes, type Locale } from '../../i18n/locales';
import { explainerStatus, type ExplainerStatus, type TranslationState } from '../../translation/status';

export type ExplainerEntry = CollectionEntry<'explainers'>;

/** One explainer: its translations by locale and the locale it was written in. */
export interface Explainer {
  slug: string;
  source: Locale;
  translations: Partial<Record<Locale, ExplainerEntry>>;
  status: ExplainerStatus;
}

/** What a reader in `locale` gets: the translation, or the source text marked as a fallback. */
export interface LocalizedExplainer {
  slug: string;
  locale: Locale;
  entry: ExplainerEntry;
  /** The language `entry` is written in (differs from `locale` on a fallback page). */
  contentLocale: Locale;
  isFallback: boolean;
  /** Translated, outdated (source changed since), missing (fallback), … */
  translation: TranslationState;
  available: Locale[];
  explainer: Explainer;
}

let cache: Promise<Map<string, Explainer>> | undefined;

/** All explainers grouped by slug, read once per build (pages call this thousands of times). */
export function getExplainers(): Promise<Map<string, Explainer>> {
  cache ??= getCollection('explainers').then(groupBySlug);
  return cache;
}

export function groupBySlug(entries: ExplainerEntry[]): Map<string, Explainer> {
  const bySlug = new Map<string, Partial<Record<Locale, ExplainerEntry>>>();
  for (const entry of entries) {
    const { slug, locale } = entry.data.computed;
    bySlug.set(slug, { ...bySlug.get(slug), [locale]: entry });
  }
  return new Map(
    [...bySlug].map(([slug, translations]) => {
      const status = explainerStatus(slug, versionsOf(translations));
      return [slug, { slug, source: status.source, translations, status }];
    }),
  );
}

function versionsOf(translations: Partial<Record<Locale, ExplainerEntry>>) {
  return localeCodes.flatMap((locale) => {
    const entry = translations[locale];
    return entry ? [{ locale, ...entry.data, fingerprint: entry.data.computed.fingerprint }] : [];
  });
}

export function availableLocales(explainer: Explainer): Locale[] {
  return localeCodes.filter((l) => explainer.translations[l]);
}

export function localize(explainer: Explainer, locale: Locale): LocalizedExplainer {
  const own = explainer.translations[locale];
  const contentLocale = own ? locale : explainer.source;
  return {
    slug: explainer.slug,
    locale,
    entry: own ?? explainer.translations[explainer.source]!,
    contentLocale,
    isFallback: !own,
    translation: explainer.status.locales[locale],
    available: availableLocales(explainer),
    explainer,
  };
}

/** Every explainer in `locale`, newest first; untranslated ones are included as fallbacks. */
export async function explainersIn(locale: Locale): Promise<LocalizedExplainer[]> {
  const all = [...(await getExplainers()).values()].map((e) => localize(e, locale));
  return all.sort(
    (a, b) => b.entry.data.published.localeCompare(a.entry.data.published) || a.slug.localeCompare(b.slug),
  );
}
