import { expect, test } from 'vitest';
import { isExternal } from '../../src/markdown/rehype-external-links';
import { builtSite, htmlFiles, pageDocument } from '../support/dist';

// MDX links get it from our rehype plugin, components from isExternal(); this holds both to it.
test.each(htmlFiles())('%s: every link out of the site has rel="noopener noreferrer"', (path) => {
  const missing = [...pageDocument(path).querySelectorAll('a[href]')]
    .filter((a) => isExternal(a.getAttribute('href')!, builtSite()))
    .filter((a) => {
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      return !rel.includes('noopener') || !rel.includes('noreferrer');
    })
    .map((a) => a.outerHTML);
  expect(missing).toEqual([]);
});
