import { describe, expect, test } from 'vitest';
import { checkMdx } from '../../src/lib/mdx-check';

const file = 'content/explainers/x/en.mdx';
const frontmatter = '---\ntitle: T\nsummary: "<b> and {braces} are fine here"\npublished: 2020-10-02\n---\n';
const check = (body: string, components: string[] = ['Person', 'Cite']) =>
  checkMdx(frontmatter + body, file, components);

describe('checkMdx', () => {
  test('plain Markdown, HTML tags, known components and imported ones pass', () => {
    expect(() =>
      check('\nText with <abbr title="x">EU</abbr>.\n\n<Person id="kuleba" />\n\n<div>\n\nBlock\n\n</div>\n'),
    ).not.toThrow();
    expect(() => check('\nimport Chart from "./chart.astro";\n\n<Chart />\n')).not.toThrow();
  });

  test('an unclosed tag names the file, the line of the tag and how to close it', () => {
    expect(() => check('\nIntro.\n\n<div>\n\nNever closed.\n')).toThrow(
      /^content\/explainers\/x\/en\.mdx:9:1: is not valid MDX: Expected a closing tag for `<div>`\.\nHint: Close the tag/,
    );
  });

  test('a stray brace names its line and says how to write it literally', () => {
    expect(() => check('\nLine one.\n\nA {broken expression\n')).toThrow(
      /^content\/explainers\/x\/en\.mdx:9:\d+: is not valid MDX: .*\nHint: MDX is stricter than Markdown/,
    );
  });

  test('an unknown component names the file, the line, the tag and the nearest known one', () => {
    expect(() => check('\nFirst.\n\nSecond with <Persn id="kuleba" /> inline.\n')).toThrow(
      'content/explainers/x/en.mdx:9:13: <Persn> is not a component explainers can use.\nHint: Did you mean "Person"?',
    );
  });

  test('with no components at all the hint says so', () => {
    expect(() => check('\n<Chart />\n', [])).toThrow(/Hint: Explainers have no components yet\./);
  });
});
