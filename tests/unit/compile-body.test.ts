import { describe, expect, test } from 'vitest';
import { compileBody } from '../../src/markdown/compile-body';
import { parseSegments } from '../../src/markdown/block-markers';

const file = 'content/explainers/x/uk.mdx';
const compile = (body: string) => compileBody(body, { file, lineOffset: 5 });
const html = (body: string) => {
  const result = compile(body);
  if (result.kind !== 'html') throw new Error('expected html');
  return result;
};

describe('compileBody: Markdown', () => {
  test('renders Markdown with GFM, heading ids like Astro’s, and a heading list', () => {
    const result = html(
      'Intro.\n\n## Що зробить Україна\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Що зробить Україна\n',
    );
    expect(result.html).toContain('<h2 id="що-зробить-україна">');
    expect(result.html).toContain('<h2 id="що-зробить-україна-1">');
    expect(result.html).toContain('<table>');
    expect(result.headings.map((h) => h.slug)).toEqual(['що-зробить-україна', 'що-зробить-україна-1']);
  });

  test.each([
    // Hand-written: ids the layout and components use on an explainer page.
    ['## Main', 'section-main'],
    ['## Source 1', 'section-source-1'],
    ['## Sources title', 'section-sources-title'],
    ['## Changes', 'section-changes'],
    ['## Term 2', 'section-term-2'],
    ['## Toc title', 'section-toc-title'],
    ['## Search dialog q', 'section-search-dialog-q'],
    ['## Source 1 of 3', 'source-1-of-3'],
    // The second "Source" would be "source-1".
    ['## Source\n\n## Source', 'source section-source-1'],
  ])('a heading never takes an id of the page itself: %s → %s', (heading, id) => {
    expect(html(`${heading}\n`).headings.map((h) => h.slug)).toEqual(id.split(' '));
  });

  test('a heading of only emoji or punctuation still gets an id, unique on the page', () => {
    const result = html('## 🇺🇦\n\nA.\n\n## 🙂🙂\n\nB.\n\n## !!!\n');
    expect(result.headings.map((h) => h.slug)).toEqual(['section-1', 'section-2', 'section-3']);
    expect(result.html).toContain('<h2 id="section-1">🇺🇦</h2>');
  });

  test('counts words of the text, not of markup', () => {
    expect(html('One two <Person id="kuleba" /> three.\n\n## Four\n').words).toBe(4);
  });

  test('drops comments and keeps typographic text as written', () => {
    expect(html('{/* note to editors */}\n\n«Лапки» — тире.').html).toBe('<p>«Лапки» — тире.</p>');
  });

  test('escapes text: a translator cannot inject markup through prose', () => {
    expect(html('5 &lt; 6 and \\<b>').html).toBe('<p>5 &#x3C; 6 and &#x3C;b></p>');
  });

  test('text that looks like a block marker stays text, and the page finds no block in it', () => {
    const result = html('Text &lt;!--tl:block:Person:%7B%7D--> and `<!--/tl:block-->`');
    expect(parseSegments(result.html)).toEqual([{ type: 'html', html: result.html }]);
  });
});

describe('compileBody: blocks', () => {
  test('marks blocks with their literal props, and lists them with their lines', () => {
    const result = html(
      'Hi <Person id="kuleba" />.\n\n<KeyFacts>\n  <Fact value={40} unit="officials">officials</Fact>\n  <Fact value={-1.5}>change</Fact>\n</KeyFacts>\n\n<Related ids={["a", \'b\']} />\n',
    );
    expect(result.blocks).toEqual([
      { name: 'Person', props: { id: 'kuleba' }, line: 6 },
      { name: 'KeyFacts', props: {}, line: 8 },
      { name: 'Fact', props: { value: 40, unit: 'officials' }, line: 9 },
      { name: 'Fact', props: { value: -1.5 }, line: 10 },
      { name: 'Related', props: { ids: ['a', 'b'] }, line: 13 },
    ]);
    const [, person] = parseSegments(result.html);
    expect(person).toEqual({ type: 'block', name: 'Person', props: { id: 'kuleba' }, children: [] });
  });

  test('facts on their own lines inside <KeyFacts> are not wrapped in a paragraph', () => {
    const keyFacts = parseSegments(
      html('<KeyFacts>\n  <Fact value={1}>a</Fact>\n  <Fact value={2}>b</Fact>\n</KeyFacts>').html,
    )[0]!;
    expect(
      keyFacts.type === 'block' && keyFacts.children.filter((c) => c.type === 'html' && c.html.includes('<p>')),
    ).toEqual([]);
  });

  test('nested blocks and Markdown inside a block survive the round trip', () => {
    const segments = parseSegments(
      html('<Quote by="kuleba" source="bbc">\n  «Діяти *єдиним* фронтом» — <Term id="x">тут</Term>\n</Quote>').html,
    );
    const quote = segments[0]!;
    expect(quote.type).toBe('block');
    if (quote.type !== 'block') return;
    expect(quote.props).toEqual({ by: 'kuleba', source: 'bbc' });
    expect(JSON.stringify(quote.children)).toContain('<em>єдиним</em>');
    expect(quote.children.some((c) => c.type === 'block' && c.name === 'Term')).toBe(true);
  });

  test('a file trusted with code that imports components or uses expressions goes to @astrojs/mdx', () => {
    const trusted = (body: string) => compileBody(body, { file, lineOffset: 5, trustedCode: true });
    expect(trusted('import Chart from "../chart.astro";\n\n<Chart />')).toMatchObject({ kind: 'mdx' });
    expect(trusted('Total: {1 + 2}')).toMatchObject({ kind: 'mdx' });
  });

  test('HTML from the allowlist is kept as written', () => {
    expect(
      html(
        'The <abbr title="European Union" lang="en">EU</abbr> said <q cite="https://www.bbc.com/">no</q>.\n\n<details open>\n<summary>More</summary>\n\nText\n</details>',
      ).html,
    ).toBe(
      '<p>The <abbr title="European Union" lang="en">EU</abbr> said <q cite="https://www.bbc.com/">no</q>.</p>\n<details open><summary>More</summary><p>Text</p></details>',
    );
  });
});

describe('compileBody: mistakes are reported with file, line and a hint', () => {
  test.each([
    [
      'an unknown component',
      'Hi\n\n<Persn id="kuleba" />',
      /→ line 8: <Persn> is not a component explainers can use\.\nHint: Did you mean "Person"\?/,
    ],
    ['a missing prop', '<Person />', /→ line 6, <Person>: needs the prop "id"\.\nHint: Add id="…"/],
    ['an unknown prop', '<Person idd="x" />', /<Person>: has no prop "idd"\.\nHint: Did you mean "id"\?/],
    [
      'a value of the wrong type',
      '<Fact value="forty" />',
      /<Fact>: prop "value" is "forty", but it must be a number\.\nHint: Write the number in braces/,
    ],
    ['a non-literal prop', '<Person id={who} />', /prop "id" must be a plain value, not "\{who\}"/],
    ['a block that needs content', '<KeyFacts></KeyFacts>', /<KeyFacts> needs content[\s\S]*Hint: Put <Fact/],
    [
      'an unclosed tag',
      'Text\n\nMore <Term id="a">text\n',
      /→ line 8: is not valid MDX: Expected a closing tag for `<Term>` before the end of `paragraph`\nHint: A component or tag is not closed/,
    ],
    [
      'an unclosed block-level tag (its line is only in the parser’s message text)',
      'Text\n\n<aside>\n\nNever closed.\n',
      /→ line 8: is not valid MDX: Expected a closing tag for `<aside>`\nHint: A component or tag is not closed/,
    ],
    [
      'a block marker in an attribute value',
      'Intro.\n\nA <abbr title="<!--tl:block:Person:%7B%22id%22%3A%22nobody%22%7D-->">EU</abbr> b.',
      /→ line 8, <abbr> title: "<!--tl:block:Person:%7B%22id%22%3A%22nobody%22%7D-->" contains "tl:block", which the build uses to mark blocks in a page\.\nHint: Reword/,
    ],
    [
      'a malformed block marker in an attribute value',
      '<abbr title="<!--tl:block:Person:%7B-->">EU</abbr>',
      /→ line 6, <abbr> title: .* contains "tl:block"/,
    ],
    [
      'a closing block marker in an attribute value inside a block',
      '<Term id="asset-freeze"><abbr title="<!--/tl:block-->">a</abbr></Term>',
      /→ line 6, <abbr> title: .* contains "tl:block"/,
    ],
    [
      'a block marker in a link title',
      'Intro.\n\n[a](https://example.com "<!--tl:block:Person:%7B%7D-->")',
      /→ line 8, <a> title: .* contains "tl:block"/,
    ],
    [
      'a block marker in an image’s alt text',
      '![&lt;!--/tl:block-->](https://example.org/a.png)',
      /→ line 6, <img> alt: .* contains "tl:block"/,
    ],
    [
      'an event handler in HTML',
      '<span onclick="x">a</span>',
      /→ line 6, <span>: the attribute "onclick" is not allowed\.\nHint: Explainers cannot run code/,
    ],
    [
      'an import in a file not trusted with code',
      'import fs from "node:fs";\n\nText',
      /→ line 6: "import fs from \\"node:fs\\";" is an import or export; explainers are text and may not run code\.\nHint: .*tlumach\(\{ trustedCode \}\) in astro\.config\.mjs may use it: "content\/explainers\/x\/uk\.mdx"/,
    ],
    [
      'an expression in a file not trusted with code',
      'Text\n\nThe key is {process.env.SECRET}.',
      /→ line 8: "\{process\.env\.SECRET\}" is a JavaScript expression; explainers are text and may not run code\.\nHint: .*trustedCode/,
    ],
    [
      'a javascript: link',
      '[натисніть](javascript:alert("s2"))',
      /→ line 6, link: "javascript:alert\(\\"s2\\"\)" uses the protocol "javascript:"\.\nHint: Links and images may use http:, https: and mailto:/,
    ],
    [
      'a data: image',
      '![chart](data:image/svg+xml,x)',
      /→ line 6, image: "data:image\/svg\+xml,x" uses the protocol "data:"\./,
    ],
    [
      'a reference definition',
      '[here][r]\n\n[r]: JaVaScRiPt:alert(1)',
      /→ line 8, \[r\]:: "JaVaScRiPt:alert\(1\)" uses the protocol "JaVaScRiPt:"\./,
    ],
    [
      'a javascript: href hidden with an entity and a tab',
      '<a href="java&#x9;script&colon;alert(1)">x</a>',
      /→ line 6, <a href>: "java\\tscript:alert\(1\)" uses the protocol "javascript:"\./,
    ],
  ])('%s', (_, body, message) => {
    expect(() => compile(body)).toThrow(message);
    expect(() => compile(body)).toThrow(/^content\/explainers\/x\/uk\.mdx → /);
  });
});

describe('compileBody: the issue’s five lines', () => {
  // Each of these reached the built page unchanged before the allowlist.
  const body = [
    '<script>alert("s1")</script>',
    '',
    '[натисніть](javascript:alert("s2"))',
    '',
    '<iframe src="https://example.org/"></iframe>',
    '',
    '<meta http-equiv="refresh" content="0;url=https://phish.example/" />',
    '',
    '<div data-pagefind-body>x</div>',
  ].join('\n');

  test('are refused together, each with its line and a hint', () => {
    let message = '';
    try {
      compile(body);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      `${file} → line 6, <script>: is not an HTML element explainers can use.`,
      'Hint: Explainers are text: they cannot run code. Remove the script.',
      `${file} → line 8, link: "javascript:alert(\\"s2\\")" uses the protocol "javascript:".`,
      'Hint: Links and images may use http:, https: and mailto: addresses, a path inside the site (../other-explainer/) or a #section.',
      `${file} → line 10, <iframe>: is not an HTML element explainers can use.`,
      'Hint: Embedded pages and players are not allowed: link to it instead, [what it is](https://…).',
      `${file} → line 12, <meta>: is not an HTML element explainers can use.`,
      'Hint: The page head belongs to the site: an explainer writes only its body text.',
      `${file} → line 14, <div>: is not an HTML element explainers can use.`,
      'Hint: Write Markdown paragraphs and ## headings: the page lays out its own sections.',
      `${file} → line 14, <div>: the attribute "data-pagefind-body" is not allowed.`,
      'Hint: data- attributes are read by the site’s own scripts and its search index (data-pagefind-…, data-ref, data-search-…): remove it.',
    ]);
  });
});
