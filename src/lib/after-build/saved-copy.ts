import { relativeUrl } from '../../i18n/routing';
import { removeElements, rewriteUrls } from '../html-edits';

/** What a page's link points to, once resolved against the dist/ file it is in. */
export type LinkTarget =
  /** A page or file inside the copy, at this path in the archive (a page's index.html named). */
  | { in: 'copy'; path: string }
  /** Not in the copy (another language's page): on the primary site, at this absolute URL. */
  | { in: 'site'; url: string }
  /** Not something the copy can rewrite (an address outside the site, a file that does not exist). */
  | { in: 'none' };

export interface CopyPageOptions {
  /** The page's path in dist/ ("uk/explainers/x/index.html"). */
  source: string;
  /** Its path in the archive (the language's home is also the archive's index.html). */
  target: string;
  /** Where a site path ("uk/people/", "_astro/x.css") goes in the copy. */
  resolve: (sitePath: string) => LinkTarget;
  /** HTML put at the top of <main>: the saved-copy notice, and on the search page why search is off. */
  notice: (target: string) => string;
}

/**
 * A page as it goes into a saved copy, opened from file://:
 * - links name their file: file:// shows a folder listing for "people/", not people/index.html;
 * - module scripts are removed, with the search dialog and everything marked
 *   data-saved-copy="omit": Chromium refuses to run module scripts from file://, and
 *   without them these parts do nothing (the pages are plain links without scripts);
 * - links to pages outside the copy go to the primary site;
 * - the notice says it is a saved copy, with its date.
 */
export function copyPage(html: string, options: CopyPageOptions): string {
  const base = `https://copy.invalid/${options.source}`;
  let out = removeElements(
    html,
    (name, attributes) =>
      (name === 'script' && attributes.type === 'module') ||
      attributes['data-saved-copy'] === 'omit' ||
      'data-search-dialog' in attributes ||
      'data-search-panel' in attributes,
  );
  out = rewriteUrls(out, (url) => {
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) return url;
    const resolved = new URL(url, base);
    const target = options.resolve(decodeURIComponent(resolved.pathname.slice(1)));
    if (target.in === 'copy')
      return relativeUrl(`/${options.target}`, `/${target.path}`) + resolved.search + resolved.hash;
    return target.in === 'site' ? target.url + resolved.search + resolved.hash : url;
  });
  return out.replace(/<main\b[^>]*>/, (open) => open + options.notice(options.target));
}

/** The site-relative files a stylesheet names in url(…), resolved against its own path. */
export function stylesheetUrls(css: string, path: string): string[] {
  const base = `https://copy.invalid/${path}`;
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((match) => match[2]!)
    .filter((url) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url))
    .map((url) => decodeURIComponent(new URL(url, base).pathname.slice(1)));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
