import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/paths';

const exec = promisify(execFile);
let dir: string;

/** Runs one of our commands in a scratch copy of the translation fixture. */
async function cli(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await exec(
      join(projectRoot, 'node_modules/.bin/tsx'),
      [join(projectRoot, 'src/cli', script), ...args],
      {
        cwd: dir,
        env: { ...process.env, CONTENT_DIR: 'content' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tlumach-cli-'));
  cpSync(join(projectRoot, 'tests/fixtures/translation/content'), join(dir, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'locales'), join(dir, 'locales'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('i18n:status', () => {
  test('prints explainer × language, shared gaps and UI gaps as a table', async () => {
    const { code, stdout } = await cli('i18n-status.ts');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^changed-source\s+source\s+outdated \(Latest\)\s+translated$/m);
    expect(stdout).toMatch(/^only-english\s+source\s+missing\s+missing$/m);
    // Changes added to the source: the outdated translation gets their notes, the one carrying them does not.
    expect(stdout).toMatch(
      /^corrected-source\s+source\s+outdated \(\(correction 2024-03-05\); \(update 2024-03-09\)\)\s+translated$/m,
    );
    expect(stdout).toContain(
      'corrected-source → uk: correction 2024-03-05 (en): An earlier version gave the wrong year of the treaty.',
    );
    expect(stdout).toContain(
      "corrected-source → uk: update 2024-03-09 (en): Added the minister's statement of 9 March.",
    );
    expect(stdout).not.toMatch(/corrected-source → .*be/);
    expect(stdout).toMatch(/^written-in-ukrainian\s+missing\s+source\s+translated$/m);
    expect(stdout).toContain('be  topics → testing: label');
  });

  test('--json gives the same facts to machines', async () => {
    const { stdout } = await cli('i18n-status.ts', '--json');
    const report = JSON.parse(stdout);
    const changed = report.explainers.find((e: { slug: string }) => e.slug === 'changed-source');
    expect(changed.locales.uk).toEqual({ state: 'outdated', sections: ['Latest'] });
    expect(report.shared).toEqual([{ collection: 'topics', id: 'testing', locale: 'be', fields: ['label'] }]);
    expect(report.ui).toEqual({ en: [], uk: [], be: [] });
  });

  test('--strict exits non-zero when anything is missing or outdated', async () => {
    const { code, stderr } = await cli('i18n-status.ts', '--strict');
    expect(code).toBe(1);
    expect(stderr).toMatch(/\d+ translation problem\(s\)/);
  });

  test('a missing plural form in a UI file is reported per locale', async () => {
    const path = join(dir, 'locales/uk/common.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    delete json.explainer.readingTime_many;
    (await import('node:fs')).writeFileSync(path, JSON.stringify(json));
    const { stdout } = await cli('i18n-status.ts');
    expect(stdout).toContain('uk  common:explainer.readingTime_many');
  });
});

describe('i18n:status after a correction to the source', () => {
  test('names the change in the table and prints its note for translators', async () => {
    const file = join(dir, 'content/explainers/changed-source/en.mdx');
    const correction = '  - { date: 2024-04-20, kind: correction, note: "The meeting was on Tuesday, not Monday." }';
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('updated: 2024-04-15\n', `updated: 2024-04-15\nchanges:\n${correction}\n`),
    );
    const { code, stdout } = await cli('i18n-status.ts');
    expect(code).toBe(0);
    // The Belarusian translation matched the source before; the correction alone makes it outdated.
    expect(stdout).toMatch(
      /^changed-source\s+source\s+outdated \(Latest; \(correction 2024-04-20\)\)\s+outdated \(\(correction 2024-04-20\)\)$/m,
    );
    expect(stdout).toContain(
      'changed-source → uk, be: correction 2024-04-20 (en): The meeting was on Tuesday, not Monday.',
    );
  });
});

describe('i18n:mark', () => {
  test('records the current source, after which the translation is up to date', async () => {
    const marked = await cli('i18n-mark.ts', 'changed-source', 'uk');
    expect(marked.code).toBe(0);
    expect(marked.stdout).toMatch(/changed-source\/uk\.mdx: marked as translated from en \([0-9a-f]{8}\)/);
    const text = readFileSync(join(dir, 'content/explainers/changed-source/uk.mdx'), 'utf8');
    expect(text.match(/translatedFrom:/g)).toHaveLength(1);
    expect(text).toContain('title: Джерело, що змінилося');
    const { stdout } = await cli('i18n-status.ts', '--json');
    expect(JSON.parse(stdout).explainers.find((e: { slug: string }) => e.slug === 'changed-source').locales.uk).toEqual(
      {
        state: 'translated',
      },
    );
  });

  test.each([
    [['changed-source', 'en'], /en\.mdx is the original of "changed-source"/],
    [['only-english', 'uk'], /has no uk\.mdx yet\. Copy en\.mdx to uk\.mdx/],
    [['nope', 'uk'], /There is no explainer "nope"/],
    [['changed-source', 'pl'], /<locale> is one of en, uk, be/],
  ])('refuses %j with a clear message', async (args, message) => {
    const { code, stderr } = await cli('i18n-mark.ts', ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('new', () => {
  test('creates a source file that passes the content checks, and says what to do next', async () => {
    const { code, stdout } = await cli('new-explainer.ts', 'eu-sanctions-round-two', '--from', 'uk');
    expect(code).toBe(0);
    const file = join(dir, 'content/explainers/eu-sanctions-round-two/uk.mdx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: .+\nsummary: .+\npublished: \d{4}-\d{2}-\d{2}\n---\n/);
    expect(stdout).toContain('npm run i18n:mark -- eu-sanctions-round-two <locale>');
    const status = JSON.parse((await cli('i18n-status.ts', '--json')).stdout);
    expect(status.explainers.find((e: { slug: string }) => e.slug === 'eu-sanctions-round-two').source).toBe('uk');
  });

  test.each([
    [['EU-Sanctions'], /"EU-Sanctions" is not a valid slug/],
    [['changed-source'], /An explainer "changed-source" already exists/],
    [['x', '--from', 'pl'], /--from takes one of en, uk, be/],
    [[], /Usage: npm run new -- <slug>/],
  ])('refuses %j', async (args, message) => {
    const { code, stderr } = await cli('new-explainer.ts', ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
