import { describe, expect, test } from 'vitest';
import rehypeExternalLinks, { isExternal } from '../../src/markdown/rehype-external-links';

const site = 'https://tlumach.example.org';
const link = (properties: Record<string, unknown>) => ({ type: 'element', tagName: 'a', properties, children: [] });

describe('isExternal', () => {
  test.each([
    ['https://www.bbc.com/ukrainian', true],
    ['http://kyivpost.com/', true],
    ['https://tlumach.example.org/uk/', false],
    ['../other-explainer/', false],
    ['#section', false],
    ['mailto:desk@example.org', false],
    ['//www.bbc.com/ukrainian', true],
    ['/\\www.bbc.com/', true],
    ['  HTTPS://www.bbc.com/', true],
    ['//tlumach.example.org/uk/', false],
    ['/uk/explainers/', false],
  ])('%s → %s', (href, expected) => expect(isExternal(href, site)).toBe(expected));
});

describe('rehypeExternalLinks', () => {
  test('adds noopener and noreferrer to links out of the site, keeping rel tokens they had', () => {
    const out = link({ href: 'https://www.bbc.com/ukrainian', rel: ['external'] });
    const own = link({ href: '../x/' });
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [out, own] }] };
    rehypeExternalLinks({ site })(tree);
    expect(out.properties.rel).toEqual(['external', 'noopener', 'noreferrer']);
    expect(own.properties.rel).toBeUndefined();
  });

  test('does the same for <a> written as JSX in MDX', () => {
    const jsx = {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: 'https://www.kyivpost.com/' }],
      children: [],
    };
    rehypeExternalLinks({ site })({ type: 'root', children: [jsx] });
    expect(jsx.attributes).toContainEqual({ type: 'mdxJsxAttribute', name: 'rel', value: 'noopener noreferrer' });
  });
});
