/** What a built page's <head> says about where it lives and whether to index it. */
export interface PageHead {
  canonical: string | undefined;
  noindex: boolean;
  alternates: { hreflang: string; href: string }[];
}

const TAG = /<(link|meta)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*"([^"]*)"/g;

/**
 * Reads canonical, robots and hreflang links from HTML this site wrote (BaseLayout),
 * so files made after the build (sitemap) say exactly what the pages say.
 */
export function readPageHead(html: string): PageHead {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const result: PageHead = { canonical: undefined, noindex: false, alternates: [] };
  for (const [, tag, rawAttributes] of head.matchAll(TAG)) {
    // Most of a head is og: and twitter: meta: only links and a robots meta matter here.
    if (tag === 'meta' ? !rawAttributes!.includes('robots') : !rawAttributes!.includes('rel')) continue;
    const attributes = Object.fromEntries(
      [...rawAttributes!.matchAll(ATTRIBUTE)].map(([, name, value]) => [name!.toLowerCase(), decode(value!)]),
    );
    if (tag === 'meta' && attributes.name === 'robots') result.noindex ||= /\bnoindex\b/.test(attributes.content ?? '');
    if (tag !== 'link' || !attributes.href) continue;
    if (attributes.rel === 'canonical') result.canonical = attributes.href;
    if (attributes.rel === 'alternate' && attributes.hreflang)
      result.alternates.push({ hreflang: attributes.hreflang, href: attributes.href });
  }
  return result;
}

function decode(value: string): string {
  return value.replace(
    /&(amp|quot|lt|gt|#39);/g,
    (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" })[e]!,
  );
}
