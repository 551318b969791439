import { checkUrl } from '../lib/url-safety';

/** The little of hast (and of MDX's JSX nodes in it) this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

const REQUIRED = ['noopener', 'noreferrer'];

/**
 * Whether `href` leaves the site: an absolute http(s) URL, or a protocol-relative
 * "//host/…", on another origin. Read the way a browser reads it (url-safety.ts), so
 * " HTTPS://…" and "//host" count too.
 */
export function isExternal(href: string, site: string | URL): boolean {
  const check = checkUrl(href);
  if (!check.ok || check.kind !== 'absolute') return false;
  try {
    return new URL(check.url, site).origin !== new URL(site).origin;
  } catch {
    return false;
  }
}

/** A rel value with noopener and noreferrer added to whatever the link already had. */
export function externalRel(existing: unknown): string[] {
  const tokens = Array.isArray(existing) ? existing.map(String) : String(existing ?? '').split(/\s+/);
  return [...new Set([...tokens.filter(Boolean), ...REQUIRED])];
}

/**
 * Gives every link out of the site rel="noopener noreferrer", so the page we link to
 * learns neither where the reader came from nor gets a handle on our window. Covers
 * Markdown links and <a> written as JSX in MDX.
 */
export default function rehypeExternalLinks(options: { site: string | URL }) {
  const visit = (node: HastNode): void => {
    if (node.type === 'element' && node.tagName === 'a') {
      const href = node.properties?.href;
      if (typeof href === 'string' && isExternal(href, options.site)) {
        node.properties = { ...node.properties, rel: externalRel(node.properties?.rel) };
      }
    } else if (/^mdxJsx(Flow|Text)Element$/.test(node.type) && node.name === 'a' && node.attributes) {
      const attribute = (name: string) => node.attributes!.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      const href = attribute('href')?.value;
      if (typeof href === 'string' && isExternal(href, options.site)) {
        const rel = attribute('rel');
        const value = externalRel(typeof rel?.value === 'string' ? rel.value : '').join(' ');
        if (rel) rel.value = value;
        else node.attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value });
      }
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
