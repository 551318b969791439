import { expect, test } from 'vitest';
import { isPageId } from '../../src/lib/page-ids';
import { htmlFiles, pageDocument } from '../support/dist';

// Heading ids keep clear of the ids the layout and components write (src/lib/page-ids.ts);
// that only works if the list is complete. Headings and glossary terms take their ids from
// content; every other id on every page must be on the list.
test('every id the layout and components write is listed in src/lib/page-ids.ts', () => {
  const unlisted = new Set<string>();
  for (const path of htmlFiles()) {
    for (const element of pageDocument(path).querySelectorAll('[id]')) {
      if (/^H[1-6]$/.test(element.tagName) || (element.tagName === 'DT' && element.closest('dl.glossary'))) continue;
      if (!isPageId(element.id)) unlisted.add(`${element.id} (${path})`);
    }
  }
  expect([...unlisted]).toEqual([]);
});
