import { expect, test } from 'vitest';
import { readPageHead } from '../../src/lib/after-build/page-head';

test('reads canonical, noindex and hreflang alternates from a built head, decoding entities', () => {
  const html = `<!doctype html><html><head><meta charset="utf-8">
    <link rel="canonical" href="https://x.test/uk/explainers/a/?x=1&amp;y=2">
    <link rel="alternate" hreflang="en" href="https://x.test/en/explainers/a/">
    <link rel="alternate" type="application/rss+xml" title="Feed" href="/uk/rss.xml">
    <meta name="robots" content="noindex">
  </head><body><link rel="canonical" href="https://x.test/ignored/"></body></html>`;
  expect(readPageHead(html)).toEqual({
    canonical: 'https://x.test/uk/explainers/a/?x=1&y=2',
    noindex: true,
    alternates: [{ hreflang: 'en', href: 'https://x.test/en/explainers/a/' }],
  });
});

test('a page without robots meta is indexable', () => {
  expect(readPageHead('<head><link rel="canonical" href="https://x.test/"></head>').noindex).toBe(false);
});
