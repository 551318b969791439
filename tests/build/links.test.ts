import { expect, test } from 'vitest';
import { builtSite } from '../support/dist';
import { findBrokenLinks } from '../support/links';
import { distDir } from '../support/paths';

test('every link, script, stylesheet and image to our own site resolves to a file in dist/, and every #fragment to an id', () => {
  expect(findBrokenLinks(distDir, builtSite())).toEqual([]);
});
