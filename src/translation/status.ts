import { localeCodes, sourceLocale, type Locale } from '../i18n/locales';
import { lastModified, type Change } from '../schemas/changes';
import { changedSections, changesIn, type Fingerprint } from './fingerprint';

/** One language version of an explainer, as the status needs it. */
export interface ExplainerVersion {
  locale: Locale;
  /** Of this version's title, summary and body (see fingerprint.ts). */
  fingerprint: Fingerprint;
  published: string;
  updated?: string | undefined;
  /** Corrections and updates, in this version's language. */
  changes?: readonly Change[] | undefined;
  translatedFrom?: { locale: Locale; hash: string; sections?: Record<string, string> | undefined } | undefined;
}

export type TranslationState =
  | { state: 'source' }
  | { state: 'translated' }
  | { state: 'unmarked' }
  /** `changes`: the source's corrections and updates the translation does not carry yet, for translators. */
  | { state: 'outdated'; sections: string[]; changes?: Change[] }
  | { state: 'missing' };

export interface ExplainerStatus {
  slug: string;
  source: Locale;
  /** The source's last change: the newest of `published`, `updated` and its changes. */
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
    else locales[locale] = outdated(changedSections(version.translatedFrom, current), original.changes);
  }
  return { slug, source, sourceChanged: lastModified(original), locales };
}

function outdated(sections: string[], sourceChanges: readonly Change[] | undefined): TranslationState {
  const changes = changesIn(sections, sourceChanges);
  return changes.length > 0 ? { state: 'outdated', sections, changes } : { state: 'outdated', sections };
}

/** True when an editor's CI should fail: anything missing, outdated or never marked. */
export function needsWork(status: ExplainerStatus): boolean {
  return Object.values(status.locales).some((s) => s.state !== 'source' && s.state !== 'translated');
}
