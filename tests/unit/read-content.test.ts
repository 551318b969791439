import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkFrontmatter, scanExplainers } from '../../src/lib/content-layer/explainer-files';
import { readContentFile, refuseSymlink } from '../../src/lib/content-layer/read-content';
import { parseRecords } from '../../src/lib/content-layer/yaml-records';
import { personSchema } from '../../src/schemas/shared';
import { indexTerms } from '../../src/search/index-terms';

// "Й" and "ў" written decomposed: и/у + U+0306 COMBINING BREVE, as some editors save them.
const decomposed = 'Мінскі раён, Крыўскі сход і Йосіп'.normalize('NFD');
const composed = decomposed.normalize('NFC');
const frontmatter = '---\ntitle: T\nsummary: S.\npublished: 2020-10-02\n---\n\nBody.\n';

let root: string;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  root ??= mkdtempSync(join(tmpdir(), 'tlumach-read-'));
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  return join(root, path);
};

describe('content is read in one form', () => {
  test('a byte order mark at the start of an explainer does not hide its frontmatter', () => {
    root = mkdtempSync(join(tmpdir(), 'tlumach-read-'));
    write('content/explainers/x/en.mdx', `\uFEFF${frontmatter}`);
    expect(() => scanExplainers(join(root, 'content/explainers'), root)).not.toThrow();
  });

  test('a byte order mark at the start of a YAML file is not part of the first key', () => {
    root = mkdtempSync(join(tmpdir(), 'tlumach-read-'));
    const path = write(
      'content/people.yaml',
      '\uFEFF- id: kuleba\n  name: { en: Dmytro Kuleba }\n  role: { en: Minister }\n',
    );
    expect(parseRecords(readContentFile(path), 'content/people.yaml', personSchema)[0]?.id).toBe('kuleba');
  });

  test('decomposed Cyrillic is read composed, so search terms keep whole words', () => {
    root = mkdtempSync(join(tmpdir(), 'tlumach-read-'));
    expect(decomposed).not.toBe(composed);
    const text = readContentFile(write('content/explainers/x/be.mdx', decomposed));
    expect(text).toBe(composed);
    expect(indexTerms(text, 'be')).toEqual(indexTerms(composed, 'be'));
  });
});

test('a shared collection that is a symbolic link is refused, naming the file', () => {
  root = mkdtempSync(join(tmpdir(), 'tlumach-read-'));
  const elsewhere = write('elsewhere/people.yaml', '[]\n');
  mkdirSync(join(root, 'content'));
  symlinkSync(elsewhere, join(root, 'content/people.yaml'));
  expect(() => refuseSymlink(join(root, 'content/people.yaml'), 'content/people.yaml')).toThrow(
    /^content\/people\.yaml: is a symbolic link; content\/ takes real files and folders only\.\nHint: /,
  );
  expect(() => refuseSymlink(elsewhere, 'elsewhere/people.yaml')).not.toThrow();
});

describe('visible text', () => {
  test.each([
    ['zero-width spaces', '\u200B\u200B'],
    ['a word joiner and a zero-width non-joiner', '\u2060\u200C'],
    ['a byte order mark and a space', '\uFEFF '],
  ])('a title of only %s is empty', (_, title) => {
    const source = `---\ntitle: "${title}"\nsummary: S.\npublished: 2020-10-02\n---\n`;
    expect(() => checkFrontmatter(source, 'content/explainers/x/en.mdx')).toThrow(
      /→ title: .* is not valid: must not be empty \(zero-width and other invisible characters do not count\)\.\nHint: /,
    );
  });
});
