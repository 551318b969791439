import { describe, expect, test } from 'vitest';
import { checkElement, type WrittenAttribute } from '../../src/markdown/html-allowlist';

const attrs = (values: Record<string, string | true>): WrittenAttribute[] =>
  Object.entries(values).map(([name, value]) => ({ name, value }));

describe('the HTML explainers may write', () => {
  test.each<[string, Record<string, string | true>]>([
    ['em', {}],
    ['strong', { lang: 'en' }],
    ['abbr', { title: 'European Union' }],
    ['q', { cite: 'https://www.bbc.com/ukrainian' }],
    ['time', { datetime: '2020-10-06' }],
    ['a', { href: 'https://www.bbc.com/', hreflang: 'uk', title: 'BBC', rel: 'external nofollow' }],
    ['a', { href: '#background' }],
    ['a', { href: '../other/' }],
    ['a', { href: 'mailto:desk@example.org' }],
    ['img', { src: 'chart.png', alt: 'Sanctions by year', width: '640', height: '360', loading: 'lazy' }],
    ['img', { src: 'divider.png', alt: '' }],
    ['th', { scope: 'col', colspan: '2' }],
    ['td', { rowspan: '3' }],
    ['ol', { start: '3', reversed: true }],
    ['details', { open: true }],
    ['bdo', { dir: 'rtl' }],
    ['span', { lang: 'be', translate: 'no' }],
    ['figure', {}],
    ['figcaption', {}],
    ['blockquote', { cite: 'https://www.bbc.com/' }],
    ['br', {}],
    ['hr', {}],
  ])('<%s> %j', (tagName, values) => {
    expect(checkElement(tagName, attrs(values))).toEqual([]);
  });
});

describe('elements that are refused, with what to write instead', () => {
  test.each([
    ['script', 'cannot run code'],
    ['iframe', 'link to it instead'],
    ['embed', 'link to it instead'],
    ['object', 'link to it instead'],
    ['meta', 'page head belongs to the site'],
    ['base', 'page head belongs to the site'],
    ['link', 'page head belongs to the site'],
    ['style', 'stylesheet'],
    ['form', 'no forms'],
    ['input', 'no forms'],
    ['svg', 'can carry scripts'],
    ['math', 'can carry scripts'],
    ['h2', 'Markdown heading'],
    ['div', 'Markdown paragraphs'],
    ['marquee', 'Explainers may use: em, strong'],
  ])('<%s>', (tagName, hint) => {
    const [problem] = checkElement(tagName, []);
    expect(problem).toMatchObject({ subject: `<${tagName}>`, message: 'is not an HTML element explainers can use.' });
    expect(problem!.hint).toContain(hint);
  });
});

describe('attributes that are refused', () => {
  test.each([
    ['span', 'id', 'x', 'Headings get ids by themselves'],
    ['a', 'name', 'x', 'Headings get ids by themselves'],
    ['span', 'style', 'color:red', 'Content-Security-Policy'],
    ['span', 'class', 'search-link', 'remove the class'],
    ['img', 'onerror', 'alert(1)', 'cannot run code'],
    ['a', 'onClick', 'alert(1)', 'cannot run code'],
    ['span', 'data-pagefind-body', true, 'search index'],
    ['span', 'data-pagefind-meta', 'title:x', 'search index'],
    ['span', 'data-ref', 'x', 'site’s own scripts'],
    ['a', 'data-locale', 'uk', 'site’s own scripts'],
    ['a', 'target', '_blank', 'remove target'],
    ['img', 'srcset', 'a.png 2x', '<img> takes'],
  ] as const)('<%s %s>', (tagName, name, value, hint) => {
    const required = { a: { href: '#x' }, img: { src: 'a.png', alt: 'a' } } as Record<string, Record<string, string>>;
    const problems = checkElement(tagName, attrs({ ...required[tagName], [name]: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ subject: `<${tagName}>`, message: `the attribute "${name}" is not allowed.` });
    expect(problems[0]!.hint).toContain(hint);
  });

  test('an element that is refused names the attributes refused everywhere too', () => {
    expect(checkElement('div', attrs({ 'data-pagefind-body': true, title: 'x' })).map((p) => p.message)).toEqual([
      'is not an HTML element explainers can use.',
      'the attribute "data-pagefind-body" is not allowed.',
    ]);
  });
});

describe('values that are refused', () => {
  test.each([
    ['a', { href: 'javascript:alert(1)' }, '<a href>', '"javascript:alert(1)" uses the protocol "javascript:".'],
    ['a', { href: ' JaVaScRiPt:alert(1)' }, '<a href>', '" JaVaScRiPt:alert(1)" uses the protocol "JaVaScRiPt:".'],
    ['img', { src: 'data:image/png;base64,AAAA', alt: 'x' }, '<img src>', 'uses the protocol "data:".'],
    ['q', { cite: 'vbscript:x' }, '<q cite>', 'uses the protocol "vbscript:".'],
    ['span', { lang: 'not a language' }, '<span lang>', '"not a language" is not a language tag.'],
    ['span', { dir: 'up' }, '<span dir>', '"up" is not a value it takes.'],
    ['td', { colspan: '0' }, '<td colspan>', '"0" is not a whole number.'],
    ['a', { href: '#x', rel: 'external opener' }, '<a rel>', '"opener" is not a value it takes.'],
    ['details', { open: 'false' }, '<details open>', 'is "false", but takes no value.'],
  ] as const)('<%s> %j', (tagName, values, subject, message) => {
    const problems = checkElement(tagName, attrs(values));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.subject).toBe(subject);
    expect(problems[0]!.message).toContain(message);
  });

  test('required attributes: img needs alt and src, a needs href, abbr needs title', () => {
    expect(checkElement('img', attrs({ src: 'a.png' })).map((p) => p.message)).toEqual(['needs the attribute "alt".']);
    expect(checkElement('img', []).map((p) => p.message)).toEqual([
      'needs the attribute "src".',
      'needs the attribute "alt".',
    ]);
    expect(checkElement('a', [])[0]!.message).toBe('needs the attribute "href".');
    expect(checkElement('abbr', [])[0]!.message).toBe('needs the attribute "title".');
  });

  test('a value only code knows is not checked, but the attribute’s name is', () => {
    expect(checkElement('a', [{ name: 'href', value: undefined }])).toEqual([]);
    expect(
      checkElement('a', [
        { name: 'href', value: undefined },
        { name: 'onclick', value: undefined },
      ]),
    ).toHaveLength(1);
  });
});
