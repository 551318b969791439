import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../support/paths';

// src/integrations/keep-output.ts is the one place Tlumach relies on how Astro works
// inside: Astro empties the output folder unless Vite's build.emptyOutDir is false.
test('Astro still keeps the output folder when build.emptyOutDir is false (src/integrations/keep-output.ts)', () => {
  const file = join(projectRoot, 'node_modules/astro/dist/core/build/static-build.js');
  const code = readFileSync(file, 'utf8');
  expect(
    code,
    'Astro changed how it empties the output folder: update src/integrations/keep-output.ts and the incremental build',
  ).toMatch(/vite\?\.build\?\.emptyOutDir !== false\)\s*\{\s*emptyDir\(/);
});
