import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkOutputFolder, markOutputFolder } from '../../src/integrations/output-folder';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tlumach-out-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
const noRecord = () => join(root, 'no-such-record');

test('a missing or empty folder may be built into', () => {
  expect(() => checkOutputFolder(join(root, 'dist'), noRecord())).not.toThrow();
  mkdirSync(join(root, 'dist'));
  expect(() => checkOutputFolder(join(root, 'dist'), noRecord())).not.toThrow();
});

test('an earlier build’s output is recognised by the file it wrote, or by the cache’s record of it', () => {
  const dist = join(root, 'dist');
  markOutputFolder(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  expect(readdirSync(dist)).toContain('.tlumach-output');
  expect(() => checkOutputFolder(dist, noRecord())).not.toThrow();
  const older = join(root, 'older');
  mkdirSync(older);
  writeFileSync(join(older, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'record'), '');
  expect(() => checkOutputFolder(older, join(root, 'record'))).not.toThrow();
});

test('a folder of other files, a project or a file is refused, whatever the cache says', () => {
  const record = join(root, 'record');
  writeFileSync(record, '');
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes/draft.txt'), 'x');
  expect(() => checkOutputFolder(join(root, 'notes'), noRecord())).toThrow(
    /notes is not empty and is not the output of an earlier build \(it has no \.tlumach-output\); the build deletes files there that it did not write\.\nHint: Set OUT_DIR to a new or empty folder/,
  );
  markOutputFolder(join(root, 'project'));
  writeFileSync(join(root, 'project/package.json'), '{}');
  expect(() => checkOutputFolder(join(root, 'project'), record)).toThrow(/holds package\.json/);
  mkdirSync(join(root, 'repo/.git'), { recursive: true });
  expect(() => checkOutputFolder(join(root, 'repo'), record)).toThrow(/holds \.git/);
  writeFileSync(join(root, 'a-file'), 'x');
  expect(() => checkOutputFolder(join(root, 'a-file'), record)).toThrow(/is a file/);
});
