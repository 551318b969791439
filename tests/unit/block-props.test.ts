import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { compileBody } from '../../src/markdown/compile-body';
import { blockUsesOf, remarkBlockUses } from '../../src/markdown/remark-block-uses';

const file = 'content/explainers/x/en.mdx';

/** The message our own pipeline gives for a body, or '' when it compiles. */
function fromCompileBody(body: string): string {
  try {
    compileBody(body, { file, lineOffset: 0 });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** The message the @astrojs/mdx path (remark-block-uses) gives for a body, or '' when it passes. */
function fromMdxPath(body: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBlockUses);
  try {
    processor.runSync(processor.parse(body), { path: `${process.cwd()}/${file}`, data: {} } as never);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('a block prop mistake gets the same message from both pipelines', () => {
  test.each([
    [
      'a missing required prop',
      'Text.\n\n<Person />',
      `${file} → line 3, <Person>: needs the prop "id".\nHint: Add id="…".`,
    ],
    [
      'a missing required number',
      '<KeyFacts>\n  <Fact unit="people">marchers</Fact>\n</KeyFacts>',
      `${file} → line 2, <Fact>: needs the prop "value".\nHint: Add value={…}.`,
    ],
    [
      'one of two required props missing',
      '<Quote by="kuleba">“…”</Quote>',
      `${file} → line 1, <Quote>: needs the prop "source".\nHint: Add source="…".`,
    ],
    [
      'an unknown prop',
      '<Person idd="kuleba" />',
      `${file} → line 1, <Person>: has no prop "idd".\nHint: Did you mean "id"? <Person> takes id.`,
    ],
    [
      'a number written as a string',
      '<KeyFacts>\n  <Fact value="forty">marchers</Fact>\n</KeyFacts>',
      `${file} → line 2, <Fact>: prop "value" is "forty", but it must be a number.\nHint: Write the number in braces, e.g. value={40}.`,
    ],
    [
      'an empty id',
      '<Person id="" />',
      `${file} → line 1, <Person>: prop "id" is "", but it must be a string.\nHint: e.g. id="kuleba"`,
    ],
    [
      'a number where an id goes',
      '<Cite id={7} />',
      `${file} → line 1, <Cite>: prop "id" is 7, but it must be a string.\nHint: e.g. id="kuleba"`,
    ],
    [
      'a list with a number in it',
      '<Related ids={["a", 2]} />',
      `${file} → line 1, <Related>: prop "ids" is ["a",2], but it must be a list of ids.\nHint: e.g. ids={["first-id", "second-id"]}`,
    ],
    [
      'a flag given a value',
      '<KeyFacts>\n  <Fact value={40} over="yes">marchers</Fact>\n</KeyFacts>',
      `${file} → line 2, <Fact>: prop "over" is "yes", but it must be a boolean.\nHint: Write just the prop's name, e.g. <Fact over>.`,
    ],
  ])('%s', (_, body, message) => {
    expect(fromCompileBody(body)).toBe(message);
    expect(fromMdxPath(body)).toBe(message);
  });
});

describe('props only the page knows', () => {
  test('our pipeline rejects them; the MDX path leaves them unchecked but counts them as given', () => {
    const body = '<Person id={who} />';
    expect(fromCompileBody(body)).toBe(
      `${file} → line 1, <Person>: prop "id" must be a plain value, not "{who}".\nHint: Use a string ("…"), a number ({40}) or a list ({["a", "b"]}).`,
    );
    expect(fromMdxPath(body)).toBe('');
  });

  test('in the MDX path a spread may hold any prop, so nothing is reported missing', () => {
    expect(fromMdxPath('<Quote {...quote}>“…”</Quote>')).toBe('');
    expect(fromMdxPath('<Quote {...quote} by={7}>“…”</Quote>')).toBe(
      `${file} → line 1, <Quote>: prop "by" is 7, but it must be a string.\nHint: e.g. by="kuleba"`,
    );
  });

  test('the MDX path records only the literal props', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBlockUses);
    const vfile = {
      path: `${process.cwd()}/${file}`,
      data: {} as { astro?: { frontmatter?: Record<string, unknown> } },
    };
    processor.runSync(processor.parse('<Quote by={speaker} source="bbc">“…”</Quote>'), vfile as never);
    expect(blockUsesOf(vfile.data.astro!.frontmatter!)).toEqual([{ name: 'Quote', props: { source: 'bbc' }, line: 1 }]);
  });
});
