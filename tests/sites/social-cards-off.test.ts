import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, withIntegrationOptions, type ProjectCopy } from '../support/project-copy';

// A very large site may turn the cards off; its pages must then name no image at all.
let copy: ProjectCopy;
let output = '';

beforeAll(async () => {
  copy = copyProject();
  withIntegrationOptions(copy.root, { socialCards: false });
  const result = await copy.build();
  output = result.output;
  if (result.code !== 0) throw new Error(`The build failed:\n${output}`);
});
afterAll(() => copy?.remove());

test('with socialCards: false no card is drawn and no page names one', () => {
  const page = readFileSync(
    join(copy.root, 'dist/uk/explainers/ukraine-joins-eu-sanctions-on-belarus/index.html'),
    'utf8',
  );
  expect(page).toContain('<h1');
  expect(page).not.toContain('og:image');
  expect(page).not.toContain('twitter:card');
  expect(existsSync(join(copy.root, 'dist/uk/explainers/ukraine-joins-eu-sanctions-on-belarus/card.png'))).toBe(false);
  expect(output).not.toMatch(/social cards: [1-9]/);
});
