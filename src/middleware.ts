import { defineMiddleware } from 'astro:middleware';
import { cachedExplainerPage } from './lib/render-cache';
import { withSearchTerms } from './lib/search-index-page';

/**
 * Runs for every page `astro build` writes:
 * - explainer pages come from the render cache when nothing they show has changed;
 * - searchable pages get their hidden search terms (src/lib/search-index-page.ts),
 *   so Pagefind can index dist/ as it is.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { locale, slug } = context.params;
  const cache =
    context.routePattern === '/[locale]/explainers/[slug]' && locale && slug
      ? await cachedExplainerPage(locale, slug)
      : undefined;
  if (cache?.html) return new Response(cache.html, { headers: { 'Content-Type': 'text/html' } });

  const response = await next();
  if (!response.headers.get('Content-Type')?.startsWith('text/html')) return response;
  const html = withSearchTerms(await response.text());
  await cache?.store(html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
