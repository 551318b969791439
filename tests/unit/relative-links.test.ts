import { describe, expect, test } from 'vitest';
import { relativeUrl } from '../../src/i18n/routing';
import { removeElements, rewriteUrls } from '../../src/lib/html-edits';
import { copyPage, stylesheetUrls } from '../../src/lib/after-build/saved-copy';
import { withRelativeLinks } from '../../src/lib/pages/relative-links';

describe('relativeUrl', () => {
  test.each([
    ['/uk/explainers/x/', '/uk/people/kuleba/', '../../people/kuleba/'],
    ['/uk/explainers/x/', '/uk/explainers/x/', './'],
    ['/uk/explainers/x/', '/uk/explainers/x/#sources', './#sources'],
    ['/uk/explainers/x/', '/be/explainers/x/', '../../../be/explainers/x/'],
    ['/uk/', '/_astro/a.css', '../_astro/a.css'],
    ['/', '/uk/', 'uk/'],
    ['/', '/favicon.svg', 'favicon.svg'],
    ['/uk/search/', '/uk/search/?q=a&amp;all=on', './?q=a&amp;all=on'],
    ['/m/uk/', '/m/', '../'],
    ['/index.html', '/uk/index.html', 'uk/index.html'],
    ['/uk/explainers/x/index.html', '/uk/glossary/index.html#term', '../../glossary/index.html#term'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(relativeUrl(from, to)).toBe(expected);
    // Resolved against the page, it names the target again, on any host and sub-path.
    const page = new URL(from.slice(1), 'https://d123.cloudfront.net/mirror-7/');
    expect(new URL(expected, page).href).toBe(new URL(to.slice(1), 'https://d123.cloudfront.net/mirror-7/').href);
  });
});

describe('withRelativeLinks', () => {
  const page = [
    '<html><head><link rel="stylesheet" href="/explainers/_astro/a.css">',
    '<link rel="canonical" href="https://news.example.com/explainers/uk/x/">',
    '<script type="module" src="/explainers/_astro/b.js"></script></head>',
    '<body><a href="/explainers/uk/people/">people</a> <a href="#top">top</a> <a href="//cdn.example/x">cdn</a>',
    '<img srcset="/explainers/a.png 1x, /explainers/b.png 2x" src="/explainers/a.png" alt="">',
    '<p>Text that mentions href="/explainers/uk/" stays as written.</p><a href="/elsewhere/">out</a>',
    '<script type="application/ld+json">{"url":"/explainers/uk/"}</script></body></html>',
  ].join('');
  const out = withRelativeLinks(page, '/explainers/uk/x/', '/explainers/');

  test('links, scripts, stylesheets and srcset under the base become relative to the page', () => {
    expect(out).toContain('href="../../_astro/a.css"');
    expect(out).toContain('src="../../_astro/b.js"');
    expect(out).toContain('<a href="../people/">');
    expect(out).toContain('srcset="../../a.png 1x, ../../b.png 2x" src="../../a.png"');
  });

  test('absolute URLs, fragments, text, data and paths outside the base are left as they are', () => {
    expect(out).toContain('href="https://news.example.com/explainers/uk/x/"');
    expect(out).toContain('href="#top"');
    expect(out).toContain('href="//cdn.example/x"');
    expect(out).toContain('mentions href="/explainers/uk/" stays');
    expect(out).toContain('{"url":"/explainers/uk/"}');
    expect(out).toContain('href="/elsewhere/"');
  });

  test('a page without such URLs keeps every byte', () => {
    const plain = '<p><a href="https://example.org/">x</a></p>';
    expect(withRelativeLinks(plain, '/uk/', '/')).toBe(plain);
    expect(rewriteUrls(plain, (url) => url.toUpperCase())).toBe('<p><a href="HTTPS://EXAMPLE.ORG/">x</a></p>');
  });
});

describe('removeElements', () => {
  test('removes the element with everything inside it, nested or void, and keeps the rest', () => {
    const html =
      '<body><div data-x><div><input name="q"><p>in</p></div></div><p>kept</p><script type="module" src="a.js"></script></body>';
    expect(removeElements(html, (name, a) => 'data-x' in a || (name === 'script' && a.type === 'module'))).toBe(
      '<body><p>kept</p></body>',
    );
  });
});

describe('copyPage', () => {
  const pages = new Set(['uk/index.html', 'uk/people/index.html', 'uk/explainers/x/index.html']);
  const resolve = (path: string) => {
    const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (pages.has(file)) return { in: 'copy', path: file } as const;
    if (file.endsWith('.html')) return { in: 'site', url: `https://news.example.com/${path}` } as const;
    return file === '_astro/a.css' ? ({ in: 'copy', path: file } as const) : ({ in: 'none' } as const);
  };
  const html = [
    '<html><head><link rel="stylesheet" href="../../../_astro/a.css"></head><body>',
    '<dialog data-search-dialog><p>search</p></dialog><main id="main"><a href="../../people/#k">people</a>',
    '<a href="../../../be/explainers/x/">be</a><a href="./">here</a><section data-saved-copy="omit">zip</section>',
    '</main><script type="module" src="../../../_astro/b.js"></script></body></html>',
  ].join('');

  test('links name their index.html, other languages go online, scripts and omitted parts go, the notice comes first', () => {
    const out = copyPage(html, {
      source: 'uk/explainers/x/index.html',
      target: 'uk/explainers/x/index.html',
      resolve,
      notice: () => '<p>saved copy</p>',
    });
    expect(out).toBe(
      [
        '<html><head><link rel="stylesheet" href="../../../_astro/a.css"></head><body>',
        '<main id="main"><p>saved copy</p><a href="../../people/index.html#k">people</a>',
        '<a href="https://news.example.com/be/explainers/x/">be</a><a href="index.html">here</a>',
        '</main></body></html>',
      ].join(''),
    );
  });

  test('a page moved to the archive root links from there', () => {
    const out = copyPage('<main><a href="people/">p</a><link href="../_astro/a.css"></main>', {
      source: 'uk/index.html',
      target: 'index.html',
      resolve,
      notice: () => '',
    });
    expect(out).toContain('href="uk/people/index.html"');
    expect(out).toContain('href="_astro/a.css"');
  });

  test('stylesheets name their fonts and images relative to themselves', () => {
    expect(
      stylesheetUrls('a{background:url("../img/x.png")} @font-face{src:url(f.woff2)} b{c:url(data:x)}', '_astro/a.css'),
    ).toEqual(['img/x.png', '_astro/f.woff2']);
  });
});
