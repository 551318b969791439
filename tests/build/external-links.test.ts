import { expect, test } from 'vitest';
import { builtSite, htmlFiles, pageDocument } from '../support/dist';

// MDX links get it from our rehype plugin, components from isExternal(); this holds both to
// it with a rule of its own (not the code under test): an absolute or protocol-relative
// address on another host leaves the site.
const ownHost = new URL(builtSite()).host;
const leavesSite = (href: string) => {
  const host = /^(?:https?:)?\/\/([^/?#]+)/i.exec(href.trim())?.[1];
  return host !== undefined && host.toLowerCase() !== ownHost;
};

test('the rule sees the links it must see', () => {
  expect(['https://www.bbc.com/x', '//example.net/', 'HTTP://Other.org'].map(leavesSite)).toEqual([true, true, true]);
  expect([`https://${ownHost}/en/`, '/en/', '../x/', '#sources', 'mailto:a@b.c'].map(leavesSite)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
});

test.each(htmlFiles())('%s: every link out of the site has rel="noopener noreferrer"', (path) => {
  const missing = [...pageDocument(path).querySelectorAll('a[href]')]
    .filter((a) => leavesSite(a.getAttribute('href')!))
    .filter((a) => {
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      return !rel.includes('noopener') || !rel.includes('noreferrer');
    })
    .map((a) => a.outerHTML);
  expect(missing).toEqual([]);
});
