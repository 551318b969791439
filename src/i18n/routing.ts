import { localeCodes, sourceLocale, type Locale } from './locales';

/** Site-relative paths of each kind of page; every path is locale-prefixed, and pages end with a slash. */
export const paths = {
  home: (locale: Locale) => `${locale}/`,
  explainer: (locale: Locale, slug: string) => `${locale}/explainers/${slug}/`,
  search: (locale: Locale) => `${locale}/search/`,
  people: (locale: Locale) => `${locale}/people/`,
  person: (locale: Locale, id: string) => `${locale}/people/${id}/`,
  organisations: (locale: Locale) => `${locale}/organisations/`,
  organisation: (locale: Locale, id: string) => `${locale}/organisations/${id}/`,
  glossary: (locale: Locale) => `${locale}/glossary/`,
  topic: (locale: Locale, id: string) => `${locale}/topics/${id}/`,
  translations: (locale: Locale) => `${locale}/translations/`,
  /** Where the offline service worker sends a reader whose page is not saved. */
  notSaved: (locale: Locale) => `${locale}/not-saved/`,
  /** An explainer's social card in the language it is written in (fallback pages use the original's). */
  card: (locale: Locale, slug: string) => `${locale}/explainers/${slug}/card.png`,
  /** The language's RSS feed: a file, so no trailing slash. */
  feed: (locale: Locale) => `${locale}/rss.xml`,
  /** "Other ways to read": the site's addresses, offline reading, the saved copy, the feed. */
  read: (locale: Locale) => `${locale}/read/`,
  /** The language's saved copy to pass on (src/integrations/saved-copies.ts). */
  savedCopy: (locale: Locale) => `copies/${locale}.zip`,
  /** The site's addresses for apps and readers (src/pages/mirrors.json.ts). */
  mirrors: () => 'mirrors.json',
} as const;

/** Joins Astro's base (e.g. "/" or "/explainers/") and a site-relative path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

/**
 * The URL of `to` relative to the page at `from`, both paths from the host's root:
 * `relativeUrl('/uk/explainers/x/', '/uk/people/')` is `'../../people/'`. A page's path
 * ends with "/" (its folder) or names its file. The query and #fragment of `to` are kept.
 * Relative links are what let one build work at any host and sub-path (a mirror).
 */
export function relativeUrl(from: string, to: string): string {
  const split = to.search(/[?#]/);
  const [path, suffix] = split < 0 ? [to, ''] : [to.slice(0, split), to.slice(split)];
  const fromDirs = from.slice(0, from.lastIndexOf('/')).split('/').filter(Boolean);
  const toDirs = path.slice(0, path.lastIndexOf('/')).split('/').filter(Boolean);
  const file = path.slice(path.lastIndexOf('/') + 1);
  let common = 0;
  while (common < fromDirs.length && common < toDirs.length && fromDirs[common] === toDirs[common]) common++;
  const rest = toDirs.slice(common).map((dir) => `${dir}/`);
  const relative = '../'.repeat(fromDirs.length - common) + rest.join('') + file;
  return (relative || './') + suffix;
}

/** An absolute URL for canonical and hreflang links. */
export function absoluteUrl(path: string, site: URL | string, base?: string): string {
  return new URL(withBase(path, base), site).href;
}

/**
 * Reads the locale from a path relative to the base ("uk/explainers/x/" → "uk").
 * Used for the same-page link in another language.
 */
export function localeFromPath(path: string): Locale | undefined {
  const first = path.replace(/^\//, '').split('/')[0];
  return localeCodes.find((l) => l === first);
}

/** The same page in another language: swaps the locale segment. */
export function switchLocalePath(path: string, to: Locale): string {
  const clean = path.replace(/^\//, '');
  const from = localeFromPath(clean);
  return from ? `${to}${clean.slice(from.length)}` : paths.home(to);
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * hreflang alternates for a page available in `available` locales, plus x-default
 * (the source-language version, or the first available one).
 */
export function alternates(
  pathFor: (locale: Locale) => string,
  available: readonly Locale[],
  site: URL | string,
  base?: string,
): Alternate[] {
  const links: Alternate[] = available.map((locale) => ({
    hreflang: locale,
    href: absoluteUrl(pathFor(locale), site, base),
  }));
  const fallback = available.includes(sourceLocale) ? sourceLocale : available[0];
  if (fallback) links.push({ hreflang: 'x-default', href: absoluteUrl(pathFor(fallback), site, base) });
  return links;
}
