import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findBrokenLinks } from '../support/links';

// The link check guards every build; this proves it catches what it claims to.
const root = mkdtempSync(join(tmpdir(), 'tlumach-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (path: string, body: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), `<!doctype html><html lang="en"><body>${body}</body></html>`);
};

test('missing pages, missing fragments, folders without a slash and links outside the base are reported', () => {
  page('sub/en/index.html', '<h2 id="why">Why</h2><a href="explainers/x/">ok</a><a href="#why">ok</a>');
  page(
    'sub/en/explainers/x/index.html',
    [
      '<a href="../../">ok</a>',
      '<a href="/sub/en/#why">ok</a>',
      '<a href="https://example.org/sub/en/">ok, absolute on our site</a>',
      '<a href="https://elsewhere.test/">external, not checked</a>',
      '<a href="../y/">missing page</a>',
      '<a href="/sub/en/#nope">missing fragment</a>',
      '<a href="/sub/en">folder without slash</a>',
      '<a href="/other/">outside the base</a>',
      '<script src="/sub/_astro/gone.js"></script>',
    ].join(''),
  );
  const problems = findBrokenLinks(join(root, 'sub'), 'https://example.org', '/sub/').map(
    (b) => `${b.href} ${b.problem}`,
  );
  expect(problems).toEqual([
    '../y/ has no index.html in dist/',
    '/sub/en/#nope has no element with id "nope"',
    '/sub/en names a folder without its trailing slash',
    '/other/ is outside the site\'s base "/sub/"',
    '/sub/_astro/gone.js is not a file in dist/',
  ]);
});
