import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, rawPageDocument as pageDocument } from './dist';

export interface BrokenLink {
  page: string;
  attribute: string;
  href: string;
  problem: string;
}

const LINKING = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['form[action]', 'action'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
] as const;

/**
 * Every link, script, stylesheet and image in the built pages that points to our own
 * site (relative, or absolute on `site`) must resolve to a file in `root`, and a
 * #fragment to an id on the target page. `base` is the sub-path the site is built for.
 */
export function findBrokenLinks(root: string, site: string, base = '/'): BrokenLink[] {
  const origin = new URL(site).origin;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const doc = pageDocument(file, root);
      found = new Set([...doc.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
      for (const el of doc.querySelectorAll('a[name]')) found.add(el.getAttribute('name')!);
      ids.set(file, found);
    }
    return found;
  };

  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(root)) {
    const pageUrl = new URL(base + page.replace(/(^|\/)index\.html$/, '$1'), origin);
    const doc = pageDocument(page, root);
    for (const [selector, attribute] of LINKING) {
      for (const el of doc.querySelectorAll(selector)) {
        const href = el.getAttribute(attribute)!;
        const report = (problem: string) => broken.push({ page, attribute, href, problem });
        if (/^(mailto|tel|data|javascript):/i.test(href)) continue;
        const url = new URL(href, pageUrl);
        if (url.origin !== origin) continue;
        if (!url.pathname.startsWith(base)) {
          report(`is outside the site's base "${base}"`);
          continue;
        }
        const file = targetFile(root, decodeURIComponent(url.pathname.slice(base.length)));
        if (typeof file !== 'string') {
          report(file.problem);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
          report(`has no element with id "${fragment}"`);
      }
    }
  }
  return broken;
}

/** The dist file a site path is served from, the way a static host maps it. */
function targetFile(root: string, path: string): string | { problem: string } {
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return existsSync(join(root, index)) ? index : { problem: 'has no index.html in dist/' };
  }
  if (!existsSync(join(root, path))) return { problem: 'is not a file in dist/' };
  if (statSync(join(root, path)).isDirectory()) return { problem: 'names a folder without its trailing slash' };
  return path;
}
