import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/files';
import { projectRoot } from '../support/paths';

// A type test (`// @ts-expect-error` before code that must not compile) proves nothing unless
// a type checker reads its file: `npm run lint` runs astro check, which checks the files of
// tsconfig.json and fails on an unused directive (ts 2578). This keeps every such file in it.
test('every test file with @ts-expect-error is type-checked by npm run lint (tsconfig.json)', () => {
  const withTypeTests = filesUnder(join(projectRoot, 'tests'))
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('.tmp/'))
    .filter((file) => readFileSync(join(projectRoot, 'tests', file), 'utf8').includes('@ts-expect-error'))
    .map((file) => join(projectRoot, 'tests', file));
  expect(withTypeTests.length).toBeGreaterThan(0);
  const config = ts.readConfigFile(join(projectRoot, 'tsconfig.json'), ts.sys.readFile).config;
  const checked = new Set(ts.parseJsonConfigFileContent(config, ts.sys, projectRoot).fileNames);
  expect(withTypeTests.filter((file) => !checked.has(file))).toEqual([]);
});
