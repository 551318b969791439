import { expect, test } from 'vitest';
import { localeCodes, localeInfo } from '../../src/i18n/locales';
import { htmlFiles, pageDocument } from '../support/dist';

const langs: string[] = localeCodes.map((l) => localeInfo(l).lang);
const pages = htmlFiles().filter((p) => !p.endsWith('404.html'));
const canonicalOf = (doc: Document) => doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
const alternatesOf = (doc: Document) =>
  [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => ({
    hreflang: l.getAttribute('hreflang')!,
    href: l.getAttribute('href')!,
  }));
const fileOf = (href: string) => `${new URL(href).pathname.replace(/^\//, '')}index.html`;

test.each(pages)('%s: every hreflang alternate is a site language and names this page back', (path) => {
  const doc = pageDocument(path);
  const self = canonicalOf(doc);
  const alternates = alternatesOf(doc).filter((a) => a.hreflang !== 'x-default');
  for (const { hreflang } of alternates) expect(langs).toContain(hreflang);
  expect(new Set(alternates.map((a) => a.hreflang)).size).toBe(alternates.length);
  // A fallback page's canonical is the original, which is among its alternates; the
  // language chooser at / names the three homes and is none of them.
  if (!alternates.some((a) => a.href === self)) return;
  for (const { href } of alternates) {
    const other = pageDocument(fileOf(href));
    expect(canonicalOf(other), `${href} is its own canonical`).toBe(href);
    expect(
      alternatesOf(other).map((a) => a.href),
      `${href} → ${self}`,
    ).toContain(self);
    expect(alternatesOf(other)).toEqual(alternatesOf(doc));
  }
});
