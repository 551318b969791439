import { describe, expect, test } from 'vitest';
import { cacheRules, formatRules, IMMUTABLE, prefixRulePaths, REVALIDATE } from '../../src/lib/after-build/cache-rules';

const dir = (name: string) => ({ name, isDirectory: true });
const file = (name: string) => ({ name, isDirectory: false });

describe('cacheRules', () => {
  const rules = cacheRules(
    [dir('_astro'), dir('uk'), dir('pagefind'), file('index.html'), file('robots.txt'), file('_headers')],
    [
      dir('fragment'),
      file('pagefind.js'),
      file('pagefind-entry.json'),
      file('pagefind.uk_b06b939f92.pf_meta'),
      file('wasm.uk.pagefind'),
    ],
  );
  const cacheFor = (path: string) => rules.find((r) => r.path === path)?.headers[0]?.[1];

  test.each([
    ['/_astro/*', IMMUTABLE],
    ['/pagefind/fragment/*', IMMUTABLE],
    ['/pagefind/pagefind.uk_b06b939f92.pf_meta', IMMUTABLE],
    ['/pagefind/pagefind.js', REVALIDATE],
    ['/pagefind/pagefind-entry.json', REVALIDATE],
    ['/pagefind/wasm.uk.pagefind', REVALIDATE],
    ['/uk/*', REVALIDATE],
    ['/', REVALIDATE],
    ['/index.html', REVALIDATE],
    ['/robots.txt', REVALIDATE],
  ])('%s → %s', (path, value) => expect(cacheFor(path)).toBe(value));

  test('the _headers file itself gets no rule, and no path gets two', () => {
    expect(cacheFor('/_headers')).toBeUndefined();
    expect(new Set(rules.map((r) => r.path)).size).toBe(rules.length);
  });
});

describe('under a base', () => {
  test('generated and hand-written rule paths move under it; comments and headers stay', () => {
    expect(formatRules([{ path: '/_astro/*', headers: [['Cache-Control', IMMUTABLE]] }], '/explainers/')).toBe(
      `/explainers/_astro/*\n  Cache-Control: ${IMMUTABLE}`,
    );
    expect(prefixRulePaths('# a /comment\n/*\n  X-Content-Type-Options: nosniff\n', '/explainers/')).toBe(
      '# a /comment\n/explainers/*\n  X-Content-Type-Options: nosniff\n',
    );
  });
});
