/**
 * Where a saved language lives in Cache Storage. public/offline-sw.js uses the same names:
 * keep the two the same. Every name includes the site's root address, so two sites (or two
 * copies at different sub-paths) on one origin never see each other's saved copies.
 */
export interface SavedLanguage {
  locale: string;
  version: string;
  /** The cache that holds this version's files. */
  cache: string;
  bytes: number;
  /** When it was saved or last updated (ISO date-time). */
  savedAt: string;
}

export const offlineNames = (root: string) => ({
  /** One entry per saved language, written when its saving is complete. */
  index: `tlumach-offline ${root}`,
  savedKey: (locale: string) => `${root}offline/saved/${locale}`,
  cache: (locale: string, version: string) => `tlumach-offline ${root} ${locale} ${version}`,
  cachePrefix: (locale: string) => `tlumach-offline ${root} ${locale} `,
});
