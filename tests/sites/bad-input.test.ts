import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { copyProject } from '../support/project-copy';
import { projectRoot } from '../support/paths';

// Each folder is a mistake an editor, translator or developer makes, laid out like the
// project and copied over it; expected.txt holds lines the build output must contain.
const fixtures = join(projectRoot, 'tests/fixtures/bad');
const cases = readdirSync(fixtures).sort();

test('there is a fixture for every kind of mistake we promise to catch', () => {
  expect(cases).toEqual(
    expect.arrayContaining([
      'missing-title',
      'empty-title',
      'missing-summary',
      'empty-summary',
      'missing-published',
      'empty-published',
      'impossible-date',
      'unknown-locale-file',
      'bad-slug',
      'slug-case-collision',
      'mdx-unclosed-tag',
      'unknown-component',
      'unknown-component-in-mdx',
      'missing-prop-in-mdx',
      'malformed-locale-json',
      'missing-ui-key',
      'unknown-person',
      'unknown-source',
      'unknown-topic',
      'change-unknown-kind',
      'change-impossible-date',
      'change-before-published',
      'missing-image-file',
      'missing-alt',
      'empty-alt',
      'image-too-large',
      'credit-missing',
      'unknown-dataset',
      'chart-empty-series',
      'chart-mismatched-lengths',
      'chart-unknown-unit',
    ]),
  );
});

test.concurrent.each(cases)('%s: the build fails, naming the file, the problem and a fix', async (name) => {
  const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const copy = copyProject(join(fixtures, name));
  try {
    const { code, output } = await copy.build();
    expect(code, output).not.toBe(0);
    for (const line of expected) expect(output).toContain(line);
    // The message starts a line with the project-relative file (no absolute path before it;
    // at most the tag of the tool that stopped, e.g. "[@mdx-js/rollup]") and is followed by a hint.
    const start = expected[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(output).toMatch(new RegExp(`^(\\[[\\w@/.-]+\\] )?${start}[^\\n]*\\nHint: \\S`, 'm'));
  } finally {
    copy.remove();
  }
});
