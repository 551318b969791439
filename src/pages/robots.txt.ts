import type { APIRoute } from 'astro';
import { absoluteUrl } from '../i18n/routing';

// Crawlers read robots.txt only at a host's root; under a base such as /explainers/ the
// host's own robots.txt should carry this Sitemap line (see README, "Deploying").
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml', site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
