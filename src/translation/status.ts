import { localeCodes, sourceLocale, type Locale } from '../i18n/locales';
import { changedSections, type Fingerprint } from './fingerprint';

/** One language version of an explainer, as the status needs it. */
export interface ExplainerVersion {
  locale: Locale;
  /** Of this version's title, summary and body (see fingerprint.ts). */
  fingerprint: Fingerprint;
  published: string;
  updated?: string | undefined;
  translatedFrom?: { locale: Locale; hash: string; sections?: Record<string, string> | undefined } | undefined;
}

export type TranslationState =
  | { state: 'source' }
  | { state: 'translated' }
  | { state: 'unmarked' }
  | { state: 'outdated'; sections: string[] }
  | { state: 'missing' };

export interface ExplainerStatus {
  slug: string;
  source: Locale;
  /** The source's last change: `updated`, else `published`. */
  sourceChanged: string;
  locales: Record<Locale, TranslationState>;
}

/**
 * The language an explainer was written in. A marked translation names it; otherwise
 * English when there is an English file, else the first language present.
 */
export function resolveSource(versions: readonly Pick<ExplainerVersion, 'locale' | 'translatedFrom'>[]): Locale {
  const named = versions.find((v) => v.translatedFrom && v.translatedFrom.locale !== v.locale)?.translatedFrom?.locale;
  if (named && versions.some((v) => v.locale === named)) return named;
  if (versions.some((v) => v.locale === sourceLocale)) return sourceLocale;
  return localeCodes.find((l) => versions.some((v) => v.locale === l)) ?? sourceLocale;
}

export function explainerStatus(slug: string, versions: readonly ExplainerVersion[]): ExplainerStatus {
  const source = resolveSource(versions);
  const original = versions.find((v) => v.locale === source)!;
  const current = original.fingerprint;
  const locales = {} as Record<Locale, TranslationState>;
  for (const locale of localeCodes) {
    const version = versions.find((v) => v.locale === locale);
    if (!version) locales[locale] = { state: 'missing' };
    else if (locale === source) locales[locale] = { state: 'source' };
    else if (!version.translatedFrom || version.translatedFrom.locale !== source)
      locales[locale] = { state: 'unmarked' };
    else if (version.translatedFrom.hash === current.hash) locales[locale] = { state: 'translated' };
    else locales[locale] = { state: 'outdated', sections: changedSections(version.translatedFrom, current) };
  }
  return { slug, source, sourceChanged: original.updated ?? original.published, locales };
}

/** True when an editor's CI should fail: anything missing, outdated or never marked. */
export function needsWork(status: ExplainerStatus): boolean {
  return Object.values(status.locales).some((s) => s.state !== 'source' && s.state !== 'translated');
}
