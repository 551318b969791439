import { describe, expect, test } from 'vitest';
import { compileBody } from '../../src/markdown/compile-body';
import { CHART, chartGeometry, niceStep } from '../../src/lib/pages/chart-geometry';
import { checkDatasets } from '../../src/lib/pages/datasets';
import type { Dataset } from '../../src/lib/pages/facts';
import { sampleFacts } from '../support/facts';

const file = 'content/explainers/x/uk.mdx';
const compile = (body: string) => {
  const result = compileBody(body, { file, lineOffset: 5 });
  if (result.kind !== 'html') throw new Error('expected html');
  return result;
};
const failure = (body: string) => {
  try {
    compile(body);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the body to be rejected');
};

describe('pictures in a body', () => {
  test('a Markdown picture on its own line is a figure: alt, caption from the title, its file recorded', () => {
    const result = compile('Text.\n\n![Марш у Мінську](./minsk.jpg "Неділя, 16 серпня")\n');
    expect(result.blocks).toEqual([{ name: 'Figure', props: { src: './minsk.jpg', alt: 'Марш у Мінську' }, line: 8 }]);
    expect(result.images).toEqual([{ src: './minsk.jpg', line: 8 }]);
    expect(result.html).toContain('<p>Неділя, 16 серпня</p>');
    expect(result.html).not.toContain('<img');
  });

  test('a Markdown picture without alt text names the file, the line and the way to mark it decorative', () => {
    expect(failure('![](./minsk.jpg)\n')).toBe(
      `${file} → line 6, ![](./minsk.jpg): the picture has no alt text.\n` +
        'Hint: Describe what it shows in the language of this file, e.g. ![Marchers on Independence Avenue](./minsk.jpg), or, if the picture is purely decorative, say so: <Figure src="…" decorative />.',
    );
  });

  test('a picture file inside a sentence is refused', () => {
    expect(failure('See ![map](./map.png) here.\n')).toContain(
      'line 6, ![map](./map.png): a picture inside a sentence or a link cannot be shown with its caption and credit.',
    );
  });

  test('pictures on other sites stay plain Markdown images', () => {
    expect(compile('![Logo](https://example.org/logo.png)\n').html).toContain(
      '<img src="https://example.org/logo.png" alt="Logo">',
    );
  });

  test('<Figure> needs alt text unless it says it is decorative, and then it may have none', () => {
    expect(failure('<Figure src="./a.jpg" />\n')).toContain('line 6, <Figure>: has no alt text.');
    expect(failure('<Figure src="./a.jpg" alt="  " />\n')).toContain('line 6, <Figure>: has an empty alt text.');
    expect(failure('<Figure src="./a.jpg" alt="Схема" decorative />\n')).toContain(
      'line 6, <Figure>: is marked decorative but has alt text.',
    );
    expect(compile('<Figure src="./a.jpg" alt="" decorative />\n').blocks[0]!.props).toEqual({
      src: './a.jpg',
      decorative: true,
    });
    // A shared picture brings alt text in every language from content/media.yaml.
    expect(compile('<Figure media="minsk-march" />\n').images).toEqual([]);
  });

  test('<Figure> names exactly one picture, beside the explainer', () => {
    expect(failure('<Figure alt="x" />\n')).toContain('<Figure>: names no picture.');
    expect(failure('<Figure src="./a.jpg" media="b" alt="x" />\n')).toContain('names two pictures (src and media).');
    expect(failure('<Figure src="../other/a.jpg" alt="x" />\n')).toContain(
      'src "../other/a.jpg" is not a file beside the explainer.',
    );
  });

  test('<Chart kind> is bar or line', () => {
    expect(failure('<Chart id="a" kind="pie" />\n')).toBe(
      `${file} → line 6, <Chart>: prop "kind" is "pie", which is not one of "bar", "line".\n` +
        'Hint: Did you mean "line"? e.g. kind="bar"',
    );
  });
});

describe('chart geometry', () => {
  test('steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([niceStep(34, 4), niceStep(200_000, 4), niceStep(7, 4), niceStep(0, 4)]).toEqual([10, 50_000, 2, 1]);
  });

  test('bars stand on zero, in the plot, as tall as their value', () => {
    const geometry = chartGeometry([[10, 40]], 'bar');
    const plotBottom = CHART.height - CHART.bottom;
    expect(geometry.baseline).toBe(plotBottom);
    expect(geometry.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    const [low, high] = geometry.bars;
    expect(low!.y + low!.height).toBe(plotBottom);
    expect(high!.y).toBe(CHART.top);
    expect(high!.height / low!.height).toBeCloseTo(4, 1);
  });

  test('a line has one point per value, left to right', () => {
    const [line] = chartGeometry([[1, 2, 3]], 'line').lines;
    const xs = line!.split(' ').map((p) => Number(p.split(',')[0]));
    expect(xs).toHaveLength(3);
    expect(xs[0]! < xs[1]! && xs[1]! < xs[2]!).toBe(true);
  });
});

describe('datasets a chart cannot draw', () => {
  const dataset = (changes: Partial<Dataset>): Dataset => ({
    id: 'arrests',
    title: { en: 'Arrests' },
    unit: 'people',
    source: 'kyiv-post',
    x: { days: ['2020-08-09', '2020-08-10'] },
    series: [{ label: { en: 'Minsk' }, values: [3000, 2000] }],
    ...changes,
  });
  const check = (changes: Partial<Dataset>) => {
    const facts = sampleFacts();
    facts.datasets.set('arrests', dataset(changes));
    try {
      checkDatasets(facts);
      return 'passed';
    } catch (error) {
      return (error as Error).message;
    }
  };

  test('a good one passes', () => expect(check({})).toBe('passed'));

  test('each fails naming the file, the record, the field and a hint', () => {
    expect(check({ series: [] })).toBe(
      'content/datasets.yaml → arrests.series: is empty: there is nothing to draw.\n' +
        'Hint: Add a series: { label: { en: … }, values: [one number per point] }.',
    );
    expect(check({ series: [{ label: { en: 'Minsk' }, values: [1] }] })).toBe(
      'content/datasets.yaml → arrests.series.0.values: has 1 value, but x.days has 2.\n' +
        'Hint: Give one value per point, in the order of x.days.',
    );
    expect(check({ unit: 'arrests' })).toContain('arrests.unit: unknown unit "arrests".');
    expect(check({ source: 'nowhere' })).toContain('arrests.source: unknown source "nowhere".');
    expect(check({ x: { days: ['2020-08-10', '2020-08-09'] } })).toContain(
      'arrests.x.days.1: "2020-08-09" is not after "2020-08-10".',
    );
    expect(check({ x: { categories: [] }, series: [{ label: { en: 'a' }, values: [] }] })).toContain(
      'arrests.x.categories: is empty',
    );
  });
});
