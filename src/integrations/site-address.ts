import type { AstroIntegrationLogger } from 'astro';

// Reserved for examples and tests (RFC 2606, RFC 6761): no newsroom's site lives there.
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/i;

/**
 * The site's address makes every canonical link, hreflang, sitemap and feed absolute.
 * A build without one fails; a build with a placeholder address says so loudly, since
 * search engines would be sent there.
 */
export function checkSite(site: string | undefined, logger: AstroIntegrationLogger): void {
  if (!site) {
    throw new Error(
      'The site has no address: canonical links, hreflang, the sitemap and the feeds need one.\nHint: set `site` in astro.config.mjs to where the site is served, e.g. site: "https://news.example.org", or build with SITE=https://… npm run build.',
    );
  }
  const host = new URL(site).hostname;
  if (PLACEHOLDER_HOST.test(host)) {
    logger.warn(
      `site is "${site}", a placeholder address: canonical links, hreflang, the sitemap and the feeds will point there. Set \`site\` in astro.config.mjs (or SITE=…) before you deploy.`,
    );
  }
}
