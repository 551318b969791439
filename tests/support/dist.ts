import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir } from './paths';

/** Every HTML file in dist/, as site paths ("uk/explainers/x/index.html"). */
export function htmlFiles(root = distDir): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

export function readDist(path: string, root = distDir): string {
  return readFileSync(join(root, path), 'utf8');
}

/** A DOM of one built page as written, links relative to the page. */
export function rawPageDocument(path: string, root = distDir): Document {
  return parseHTML(readDist(path, root)).document;
}

/**
 * A DOM of one built page, for querySelector-based assertions, with every relative link
 * resolved (by the WHATWG URL parser) to the site path it names: `a[href="/uk/people/x/"]`
 * finds the link a page writes as "../../people/x/". Sites built for a BASE resolve
 * without it.
 */
export function pageDocument(path: string, root = distDir): Document {
  const doc = rawPageDocument(path, root);
  const page = new URL(path.replace(/(^|\/)index\.html$/, '$1'), 'https://site.invalid/');
  const resolve = (value: string) => {
    if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) return value;
    const url = new URL(value, page);
    return decodeURI(url.pathname + url.search + url.hash);
  };
  for (const attribute of ['href', 'src', 'action']) {
    for (const el of doc.querySelectorAll(`[${attribute}]`))
      el.setAttribute(attribute, resolve(el.getAttribute(attribute)!));
  }
  // "a.avif 360w, b.avif 720w": each candidate's URL, its descriptor kept.
  for (const el of doc.querySelectorAll('[srcset]')) {
    const candidates = el
      .getAttribute('srcset')!
      .split(',')
      .map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [resolve(url), ...descriptor].join(' ');
      });
    el.setAttribute('srcset', candidates.join(', '));
  }
  return doc;
}

/** The site URL a dist/ was built for (SITE), read back from the root page's canonical link. */
export function builtSite(root = distDir): string {
  const canonical = pageDocument('index.html', root).querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error(`${root}index.html has no canonical link to read the site URL from.`);
  return new URL(canonical).origin;
}
