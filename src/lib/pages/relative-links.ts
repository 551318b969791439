import { relativeUrl } from '../../i18n/routing';
import { rewriteUrls } from '../html-edits';

/**
 * Makes every link, script, stylesheet and image URL of a rendered page that points into
 * the site (written from the host's root, under `base`) relative to the page's own path,
 * so the same dist/ works unchanged at any host and sub-path: a mirror, a CDN bucket, a
 * saved copy. This covers what the components write through withBase() and what Astro
 * writes itself (its /_astro/ styles and scripts) alike. Absolute URLs (canonical,
 * hreflang, og:url, og:image, feeds' item links) stay on the primary site.
 */
export function withRelativeLinks(html: string, pagePath: string, base: string): string {
  return rewriteUrls(html, (url) => (url.startsWith(base) && !url.startsWith('//') ? relativeUrl(pagePath, url) : url));
}
