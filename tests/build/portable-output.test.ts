import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { SUB_PATH_BASE } from '../support/build-sub-path-site';
import {
  htmlFiles,
  pageDocument as resolvedDocument,
  rawPageDocument as pageDocument,
  readDist,
} from '../support/dist';
import { distDir } from '../support/paths';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'srcset'];
const NOT_FOUND = /(^|\/)404\.html$/;

/** Every URL attribute value on a page. */
function urlsOf(doc: Document): string[] {
  return URL_ATTRIBUTES.flatMap((attribute) =>
    [...doc.querySelectorAll(`[${attribute}]`)].map((el) => el.getAttribute(attribute)!),
  );
}

describe.each([
  ['built for /', () => distDir],
  [`built for ${SUB_PATH_BASE}`, () => inject('subPathSite').dist],
])('portable output (%s)', (_, root) => {
  test('no page but the 404 pages names a URL from the host’s root: links, assets and scripts are relative', () => {
    const rooted = htmlFiles(root())
      .filter((page) => !NOT_FOUND.test(page))
      .flatMap((page) =>
        urlsOf(pageDocument(page, root()))
          .filter((url) => url.startsWith('/'))
          .map((url) => `${page}: ${url}`),
      );
    expect(rooted).toEqual([]);
  });

  test('built scripts name the chunks they preload relative to themselves', () => {
    const scripts = htmlFiles(root())
      .filter((page) => !NOT_FOUND.test(page))
      .flatMap((page) => [...resolvedDocument(page, root()).querySelectorAll('script[src]')])
      .map((s) => s.getAttribute('src')!.slice(1));
    expect(scripts.length).toBeGreaterThan(0);
    const text = [...new Set(scripts)].map((path) => readDist(path, root())).join('\n');
    expect(text).not.toMatch(/["'`]\/_astro\//);
  });

  test('canonical, hreflang and og:url stay absolute, on the primary site', () => {
    const doc = pageDocument('uk/read/index.html', root());
    const urls = [...doc.querySelectorAll('link[rel="canonical"], link[hreflang], meta[property="og:url"]')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('content'),
    );
    expect(urls.length).toBe(6);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});

describe('other ways to read', () => {
  test.each(localeCodes)('every %s page links to its "other ways to read" page in the footer', (locale) => {
    for (const page of htmlFiles().filter((p) => p.startsWith(`${locale}/`) && !NOT_FOUND.test(p))) {
      const link = resolvedDocument(page).querySelector(`footer a[href="/${locale}/read/"]`);
      expect(link, page).not.toBeNull();
    }
  });

  test.each(localeCodes)(
    '/%s/read/ lists the addresses, the copy with its real size and date, and the feed',
    (locale) => {
      const doc = pageDocument(`${locale}/read/index.html`);
      const addresses = [...doc.querySelectorAll('.site-addresses a')].map((a) => a.getAttribute('href'));
      // The primary first, then content/mirrors.yaml.
      expect(addresses).toEqual([
        `https://tlumach.example.org/${locale}/`,
        `https://mirror.example.net/tlumach/${locale}/`,
      ]);
      const copy = doc.querySelector('a[data-saved-copy-link]')!;
      expect(copy.getAttribute('href')).toBe(`../../copies/${locale}.zip`);
      const bytes = statSync(join(distDir, 'copies', `${locale}.zip`)).size;
      const size = doc.querySelector('[data-copy-size]')!.textContent!;
      // "67 kB" / "1,2 МБ": the number shown is the file's size in kB or MB.
      const shown = Number(size.replace(/[^\d,.]/g, '').replace(',', '.'));
      const expected = bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3;
      expect(Math.abs(shown - expected)).toBeLessThan(bytes >= 1e6 ? 0.06 : 0.6);
      expect(doc.querySelector('time[data-copy-date]')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc.querySelector('a[type="application/rss+xml"]')!.getAttribute('href')).toBe('../rss.xml');
    },
  );

  test('mirrors.json lists the primary, the mirrors and each language’s paths', () => {
    const data = JSON.parse(readDist('mirrors.json'));
    expect(data.format).toBe(1);
    expect(data.primary).toBe('https://tlumach.example.org/');
    expect(data.mirrors.map((m: { url: string }) => m.url)).toEqual(['https://mirror.example.net/tlumach/']);
    expect(data.languages.map((l: { locale: string }) => l.locale)).toEqual(localeCodes);
    for (const language of data.languages) {
      for (const key of ['home', 'read', 'feed', 'savedCopy'])
        expect(
          statSync(join(distDir, language[key])).isFile() ||
            statSync(join(distDir, language[key], 'index.html')).isFile(),
        ).toBe(true);
    }
  });
});

describe.each(localeCodes)('the %s saved copy', (locale) => {
  const files = () => unzipSync(new Uint8Array(readFileSync(join(distDir, 'copies', `${locale}.zip`))));

  test('holds the language’s pages and the files they use, no other language’s pages, no scripts or search index', () => {
    const paths = Object.keys(files());
    expect(paths).toContain('index.html');
    expect(paths).toContain(`${locale}/index.html`);
    expect(paths.filter((p) => /^[a-z]{2}\//.test(p) && !p.startsWith(`${locale}/`))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.js') || p.startsWith('pagefind/') || p.endsWith('404.html'))).toEqual([]);
    expect(paths.some((p) => p.startsWith('_astro/') && p.endsWith('.css'))).toBe(true);
    const pages = htmlFiles().filter((p) => p.startsWith(`${locale}/`) && !NOT_FOUND.test(p));
    for (const page of pages) expect(paths, page).toContain(page);
  });

  test('every relative link names a file in the copy (file:// opens no folder’s index.html)', () => {
    const all = files();
    const broken: string[] = [];
    for (const [path, data] of Object.entries(all)) {
      if (!path.endsWith('.html')) continue;
      const doc = parseHTML(new TextDecoder().decode(data)).document;
      for (const url of urlsOf(doc)) {
        if (/^([a-z][a-z0-9+.-]*:|#)/i.test(url)) continue;
        const target = decodeURIComponent(new URL(url, `file:///copy/${path}`).pathname.slice('/copy/'.length));
        if (!(target in all)) broken.push(`${path}: ${url}`);
      }
      expect(doc.querySelectorAll('script[type="module"]').length, path).toBe(0);
      expect(doc.querySelectorAll('[data-saved-copy-notice]').length, path).toBe(1);
    }
    expect(broken).toEqual([]);
  });
});
