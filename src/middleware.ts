import { defineMiddleware } from 'astro:middleware';
import { withSearchTerms } from './lib/pages/search-index-page';

/**
 * Runs for every page `astro build` renders: searchable pages get their hidden search
 * terms (src/lib/pages/search-index-page.ts), so Pagefind can index dist/ as it is.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('Content-Type')?.startsWith('text/html')) return response;
  const html = withSearchTerms(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
