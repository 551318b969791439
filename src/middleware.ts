import { defineMiddleware } from 'astro:middleware';
import { withRelativeLinks } from './lib/pages/relative-links';
import { withSearchTerms } from './lib/pages/search-index-page';

// Hosts serve a 404 page at whatever address was not found, at any depth, so no
// relative link on it could be right: its links stay written from the host's root
// (right on the primary site and on mirrors at the same path), and it lists the
// site's other addresses for the rest (see src/pages/404.astro).
const NOT_FOUND_ROUTES = new Set(['/404', '/[locale]/404']);

/**
 * Runs for every page `astro build` renders: searchable pages get their hidden search
 * terms (src/lib/pages/search-index-page.ts), so Pagefind can index dist/ as it is,
 * and every page's links become relative to it (src/lib/pages/relative-links.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('Content-Type')?.startsWith('text/html')) return response;
  let html = withSearchTerms(await response.text());
  if (!NOT_FOUND_ROUTES.has(context.routePattern))
    html = withRelativeLinks(html, context.url.pathname, import.meta.env.BASE_URL);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
