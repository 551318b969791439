import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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
      'block-marker-in-attribute',
      'empty-published-before-field',
      'untrusted-markup',
      'hidden-javascript-url',
      'javascript-url-in-yaml',
      'untrusted-code',
      'trusted-code-markup',
      'csp-in-headers-file',
      'mirror-not-https',
      'mirror-not-a-folder',
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

// Mistakes an overlay cannot make: a file that is missing, an output folder that is not
// the build's. Each fails before anything is built, written or deleted.
describe('the build refuses to start', () => {
  test('without the hand-written public/_headers', async () => {
    const copy = copyProject();
    try {
      rmSync(join(copy.root, 'public/_headers'));
      const { code, output } = await copy.build();
      expect(code, output).not.toBe(0);
      expect(output).toContain('public/_headers is missing: the site would be deployed without its security headers.');
      expect(output).toContain('Hint: restore it from version control (git checkout -- public/_headers)');
      expect(existsSync(join(copy.root, 'dist'))).toBe(false);
    } finally {
      copy.remove();
    }
  });

  test.each([
    ['the project folder itself', (root: string) => root, 'holds package.json'],
    [
      'a folder with a .git',
      (root: string) => {
        mkdirSync(join(root, 'elsewhere/.git'), { recursive: true });
        return join(root, 'elsewhere');
      },
      'holds .git',
    ],
    [
      'a folder of other files',
      (root: string) => {
        mkdirSync(join(root, 'notes'));
        writeFileSync(join(root, 'notes/draft.txt'), 'keep me');
        return join(root, 'notes');
      },
      'is not empty and is not the output of an earlier build (it has no .tlumach-output)',
    ],
  ])('with OUT_DIR set to %s, deleting nothing', async (_, folder, why) => {
    const copy = copyProject();
    try {
      const outDir = folder(copy.root);
      const before = readdirSync(outDir).sort();
      const { code, output } = await copy.build({ OUT_DIR: outDir });
      expect(code, output).not.toBe(0);
      expect(output).toContain(`The output folder ${outDir}`);
      expect(output).toContain(`${why}; the build deletes files there that it did not write.\nHint: Set OUT_DIR to`);
      expect(readdirSync(outDir).sort()).toEqual(before);
    } finally {
      copy.remove();
    }
  });
});
