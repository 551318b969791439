import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inputsDigest, outputDifference } from '../../src/cli/build-record';

// What decides whether `npm run build` may skip Astro (src/cli/build.ts); the whole command
// is tested on a real site in tests/sites/unchanged-rebuild.test.ts.
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tlumach-record-'));
  for (const folder of ['src', 'locales/en', 'public', 'content/explainers/a'])
    mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'src/page.ts'), 'export {};\n');
  writeFileSync(join(root, 'locales/en/common.json'), '{}\n');
  writeFileSync(join(root, 'public/_headers'), '/*\n');
  writeFileSync(join(root, 'content/explainers/a/en.mdx'), '---\ntitle: A\n---\n');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(root, 'package.json'), '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const day = new Date('2026-12-02T12:00:00Z');
const env = { HOME: '/root', SITE: 'https://a.example.net' };
const digest = (overrides: NodeJS.ProcessEnv = {}, args: string[] = [], now = day) =>
  inputsDigest(root, { ...env, ...overrides }, args, now);

describe('the inputs of a build', () => {
  test('the same files, variables, arguments and day give the same digest', () => {
    expect(digest()).toBe(digest());
    expect(digest({}, [], new Date('2026-12-02T23:59:59Z'))).toBe(digest());
  });

  test.each([
    ['src/page.ts', 'export const x = 1;\n'],
    ['locales/en/common.json', '{ "a": 1 }\n'],
    ['public/_headers', '/*\n  X-Frame-Options: DENY\n'],
    ['content/explainers/a/en.mdx', 'One more line.\n'],
    ['astro.config.mjs', '// changed\n'],
    ['package.json', '\n'],
  ])('a change to %s changes it', (file, added) => {
    const before = digest();
    appendFileSync(join(root, file), added);
    expect(digest()).not.toBe(before);
  });

  test('a new file in content/, public/ or src/, a .env file or tlumach-options.json changes it', () => {
    for (const file of [
      'content/explainers/a/uk.mdx',
      'public/logo.svg',
      'src/new.ts',
      '.env.production',
      'tlumach-options.json',
    ]) {
      const before = digest();
      writeFileSync(join(root, file), 'x');
      expect(digest(), file).not.toBe(before);
    }
  });

  test('a symbolic link in content/ changes it (the build refuses one)', () => {
    const before = digest();
    symlinkSync('/etc/hostname', join(root, 'content/explainers/a/be.mdx'));
    expect(digest()).not.toBe(before);
  });

  test('CONTENT_DIR reads another folder', () => {
    mkdirSync(join(root, 'other'));
    const other = digest({ CONTENT_DIR: 'other' });
    writeFileSync(join(root, 'content/explainers/a/uk.mdx'), 'x');
    expect(digest({ CONTENT_DIR: 'other' })).toBe(other);
    writeFileSync(join(root, 'other/people.yaml'), '[]');
    expect(digest({ CONTENT_DIR: 'other' })).not.toBe(other);
  });

  test('the variables the build reads change it, others do not', () => {
    const before = digest();
    for (const variable of [
      'SITE',
      'BASE',
      'OUT_DIR',
      'NODE_ENV',
      'BASE_URL',
      'TLUMACH_SOCIAL_CARDS',
      'PUBLIC_X',
      'TZ',
    ])
      expect(digest({ [variable]: 'changed' }), variable).not.toBe(before);
    expect(digest({ HOME: '/home/someone', PATH: '/bin', TERM: 'dumb' })).toBe(before);
    // It changes how pages are made, not what they are.
    expect(digest({ TLUMACH_RENDER_CACHE: 'off' })).toBe(before);
  });

  test('Astro’s arguments and the day (saved copies carry it) change it', () => {
    const before = digest();
    expect(digest({}, ['--site', 'https://b.example.net'])).not.toBe(before);
    expect(digest({}, [], new Date('2026-12-03T00:00:00Z'))).not.toBe(before);
  });
});

describe('the output folder against the record', () => {
  const recorded = { 'index.html': 'file 10 1000', en: 'dir', 'en/index.html': 'file 20 1000' };

  test('the same entries are no difference', () => {
    expect(outputDifference(recorded, { ...recorded })).toBeUndefined();
  });

  test('a missing, changed or extra entry is named', () => {
    const { 'en/index.html': _, ...missing } = recorded;
    expect(outputDifference(recorded, missing)).toBe('en/index.html is missing');
    expect(outputDifference(recorded, { ...recorded, 'index.html': 'file 10 2000' })).toBe('index.html has changed');
    expect(outputDifference(recorded, { ...recorded, 'en/x.html': 'file 1 3000' })).toBe(
      'en/x.html was not written by the build',
    );
  });
});
