import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { blockUsesOf, remarkBlockUses } from '../../src/markdown/remark-block-uses';

test('an MDX explainer reports its blocks with literal props and lines; expressions stay unknown', () => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBlockUses);
  const file = { data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
  const tree = processor.parse(
    'import X from "./x.astro";\n\n<X />\n\nText <Person id="kuleba" />.\n\n<KeyFacts>\n  <Fact over value={count} unit="people">marchers</Fact>\n</KeyFacts>\n',
  );
  processor.runSync(tree, file as never);
  expect(blockUsesOf(file.data.astro!.frontmatter!)).toEqual([
    { name: 'Person', props: { id: 'kuleba' }, line: 5 },
    { name: 'KeyFacts', props: {}, line: 7 },
    { name: 'Fact', props: { over: true, unit: 'people' }, line: 8 },
  ]);
});

test('a capitalised component that is not a block and not imported or defined fails, naming file and line', () => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBlockUses);
  const run = (source: string) => {
    const file = { path: `${process.cwd()}/content/explainers/x/en.mdx`, data: {} };
    processor.runSync(processor.parse(source), file as never);
  };
  expect(() =>
    run('import Chart from "./chart.astro";\nexport const Note = () => null;\n\n<Chart />\n\n<Note />\n'),
  ).not.toThrow();
  expect(() => run('Text.\n\n<Persn id="kuleba" />\n')).toThrow(
    /^content\/explainers\/x\/en\.mdx → line 3: <Persn> is not a component explainers can use[^\n]*\nHint: Did you mean "Person"\?/,
  );
});
