import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { projectRoot } from '../support/paths';

// The closing "N passed, N failed" line is what CI and people read: run vitest with the
// reporter on a throwaway project whose failures are not failed tests, and read the line.
const dir = join(projectRoot, 'tests/.tmp');
mkdirSync(dir, { recursive: true });
const root = mkdtempSync(join(dir, 'reporter-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files: Record<string, string> = {
  'passing.test.ts': "import { test } from 'vitest';\ntest('one', () => {});\ntest('two', () => {});\n",
  'before-all.test.ts':
    "import { beforeAll, test } from 'vitest';\nbeforeAll(() => { throw new Error('setup broke'); });\ntest('never runs', () => {});\n",
  'after-all.test.ts':
    "import { afterAll, test } from 'vitest';\nafterAll(() => { throw new Error('teardown broke'); });\ntest('runs and passes', () => {});\n",
  'syntax-error.test.ts': "import { test } from 'vitest';\ntest('x', () => {\n",
  'missing-import.test.ts':
    "import { nothing } from './does-not-exist';\nimport { test } from 'vitest';\ntest('x', () => nothing());\n",
  'suite-throws.test.ts':
    "import { describe, test } from 'vitest';\ndescribe('a suite', () => {\n  test('would pass', () => {});\n  throw new Error('suite body broke');\n});\n",
  'nested-before-all.test.ts':
    "import { beforeAll, describe, test } from 'vitest';\ntest('outside passes', () => {});\ndescribe('inner', () => {\n  beforeAll(() => { throw new Error('inner setup broke'); });\n  test('never runs', () => {});\n});\n",
  'skipped.test.ts': "import { test } from 'vitest';\ntest.skip('skipped on purpose', () => {});\n",
};

async function run(names: string[]): Promise<string> {
  const project = mkdtempSync(join(root, 'p-'));
  for (const name of names) writeFileSync(join(project, name), files[name]!);
  const reporter = join(projectRoot, 'tests/support/summary-reporter.ts');
  writeFileSync(
    join(project, 'vitest.config.mjs'),
    `export default { test: { reporters: [${JSON.stringify(reporter)}], include: ['*.test.ts'] } };\n`,
  );
  const vitest = join(projectRoot, 'node_modules/vitest/vitest.mjs');
  const result = await promisify(execFile)(process.execPath, [vitest, 'run', '--root', project], {
    cwd: project,
    env: { ...process.env, CI: '1', NO_COLOR: '1' },
  }).catch((error: { stdout: string; code: number }) => error);
  const line = /^\d+ passed, \d+ failed, \d+ skipped$/m.exec(result.stdout)?.[0];
  if (!line) throw new Error(`No closing line in:\n${result.stdout}`);
  return line;
}

test.each([
  [['passing.test.ts', 'skipped.test.ts'], '2 passed, 0 failed, 1 skipped'],
  // The hook fails once; its test never ran, so it is not a pass (counted as skipped by vitest).
  [['passing.test.ts', 'before-all.test.ts'], '2 passed, 1 failed, 1 skipped'],
  [['after-all.test.ts'], '1 passed, 1 failed, 0 skipped'],
  [['syntax-error.test.ts'], '0 passed, 1 failed, 0 skipped'],
  [['missing-import.test.ts'], '0 passed, 1 failed, 0 skipped'],
  [['suite-throws.test.ts'], '0 passed, 1 failed, 0 skipped'],
  [['nested-before-all.test.ts'], '1 passed, 1 failed, 1 skipped'],
  // Each broken hook, suite and file counts once (not a single "something failed").
  [
    ['before-all.test.ts', 'after-all.test.ts', 'nested-before-all.test.ts', 'suite-throws.test.ts'],
    '2 passed, 4 failed, 2 skipped',
  ],
  [['syntax-error.test.ts', 'missing-import.test.ts', 'passing.test.ts'], '2 passed, 2 failed, 0 skipped'],
])('%j ends with "%s"', async (names, line) => {
  expect(await run(names)).toBe(line);
});
