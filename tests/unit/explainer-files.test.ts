import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkFrontmatter, scanExplainers } from '../../src/lib/content-layer/explainer-files';

const file = 'content/explainers/x/en.mdx';
const fm = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;

describe('checkFrontmatter', () => {
  test('changes dated on or after publication are accepted', () => {
    const yaml =
      'title: T\nsummary: S.\npublished: 2020-10-02\nchanges:\n  - { date: 2020-10-02, kind: correction, note: N. }';
    expect(() => checkFrontmatter(fm(yaml), file)).not.toThrow();
  });

  test('a year below 100 is a real year, not one of the 1900s', () => {
    expect(() => checkFrontmatter(fm('title: T\nsummary: S.\npublished: "0050-02-28"'), file)).not.toThrow();
    expect(() => checkFrontmatter(fm('title: T\nsummary: S.\npublished: 0004-02-29'), file)).not.toThrow();
    // The calendar still applies: 4 AD (proleptic Gregorian) had a 29 February, 3 AD did not.
    expect(() => checkFrontmatter(fm('title: T\nsummary: S.\npublished: "0003-02-29"'), file)).toThrow(
      /→ published: "0003-02-29" is not a real date/,
    );
  });

  test('the three required fields are enough', () => {
    expect(() => checkFrontmatter(fm('title: T\nsummary: S.\npublished: 2020-10-02'), file)).not.toThrow();
  });

  test.each([
    ['title', 'summary: S.\npublished: 2020-10-02', /→ title: is required but missing/],
    ['summary', 'title: T\npublished: 2020-10-02', /→ summary: is required but missing/],
    ['published', 'title: T\nsummary: S.', /→ published: is required but missing/],
    ['empty published', 'title: T\nsummary: S.\npublished:', /→ published: is empty\./],
    // The next line is not the date: "topics:" must not be read as the value of published.
    [
      'empty published before another field',
      'title: T\nsummary: S.\npublished:\ntopics: []',
      /→ published: is empty\./,
    ],
    [
      'empty updated before another field',
      'title: T\nsummary: S.\npublished: 2020-10-02\nupdated:\ntopics: []',
      /→ updated: is empty\./,
    ],
    ['empty title', 'title: ""\nsummary: S.\npublished: 2020-10-02', /→ title: "" is not valid: must not be empty/],
    ['impossible date', 'title: T\nsummary: S.\npublished: 2020-02-31', /→ published: "2020-02-31" is not a real date/],
    [
      'quoted impossible date',
      'title: T\nsummary: S.\npublished: "2021-13-01"',
      /→ published: "2021-13-01" is not a real date/,
    ],
    ['bad updated', 'title: T\nsummary: S.\npublished: 2020-10-02\nupdated: 2020-10-32', /→ updated: "2020-10-32"/],
    [
      'unknown kind of change',
      'title: T\nsummary: S.\npublished: 2020-10-02\nchanges:\n  - { date: 2020-10-03, kind: erratum, note: N. }',
      /→ changes\.0\.kind: "erratum" is not valid: must be one of "correction", "update"/,
    ],
    [
      'impossible date of a change',
      'title: T\nsummary: S.\npublished: 2020-10-02\nchanges:\n  - { date: 2020-11-31, kind: update, note: N. }',
      /→ changes\.0\.date: "2020-11-31" is not a real date\./,
    ],
    [
      'change before publication',
      'title: T\nsummary: S.\npublished: 2020-10-02\nchanges:\n  - { date: 2020-10-03, kind: update, note: N. }\n  - { date: 2019-10-03, kind: correction, note: N. }',
      /→ changes\.1\.date: "2019-10-03" is before the explainer was published \("2020-10-02"\)/,
    ],
    [
      'change without a note',
      'title: T\nsummary: S.\npublished: 2020-10-02\nchanges:\n  - { date: 2020-10-03, kind: update }',
      /→ changes\.0\.note: is required but missing/,
    ],
    [
      'typo in a field name',
      'title: T\nsumary: S.\nsummary: S.\npublished: 2020-10-02',
      /→ sumary: is not a frontmatter field/,
    ],
  ])('%s is reported with file and field', (_, yaml, message) => {
    expect(() => checkFrontmatter(fm(yaml), file)).toThrow(message);
    expect(() => checkFrontmatter(fm(yaml), file)).toThrow(/^content\/explainers\/x\/en\.mdx → [\s\S]*\nHint: /);
  });

  test('invalid YAML gets a hint about quoting', () => {
    expect(() =>
      checkFrontmatter(fm('title: Kuleba: Ukraine joins\nsummary: S.\npublished: 2020-10-02'), file),
    ).toThrow(/not valid YAML[\s\S]*Hint: Quote values that contain a colon/);
  });

  test('a file without frontmatter is reported', () => {
    expect(() => checkFrontmatter('# Just a heading\n', file)).toThrow(/has no frontmatter/);
  });
});

describe('scanExplainers', () => {
  let root: string;
  const make = (files: Record<string, string>) => {
    root = mkdtempSync(join(tmpdir(), 'tlumach-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, 'content/explainers', path, '..'), { recursive: true });
      writeFileSync(join(root, 'content/explainers', path), text);
    }
    return () => scanExplainers(join(root, 'content/explainers'), root);
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const ok = fm('title: T\nsummary: S.\npublished: 2020-10-02');

  test('lists every explainer file with its slug and locale', () => {
    const scan = make({ 'a-b/en.mdx': ok, 'a-b/uk.mdx': ok, 'c/be.mdx': ok });
    expect(scan()).toEqual([
      { slug: 'a-b', locale: 'en', file: 'content/explainers/a-b/en.mdx' },
      { slug: 'a-b', locale: 'uk', file: 'content/explainers/a-b/uk.mdx' },
      { slug: 'c', locale: 'be', file: 'content/explainers/c/be.mdx' },
    ]);
  });

  test('a file for a language the site does not have names the file and the fix', () => {
    const scan = make({ 'eu-sanctions/pl.mdx': ok });
    expect(scan).toThrow(
      'content/explainers/eu-sanctions/pl.mdx: is written in "pl", which is not a language of this site.\nHint: Rename it to one of en.mdx, uk.mdx, be.mdx, or add "pl" to src/i18n/locales.ts.',
    );
  });

  test.each(['EU-Sanctions', 'eu_sanctions', 'санкції', 'eu--sanctions'])('"%s" is not a valid slug', (slug) => {
    const scan = make({ [`${slug}/en.mdx`]: ok });
    expect(scan).toThrow(/is not a valid explainer slug\.\nHint: Rename the folder to lowercase ASCII words/);
  });

  test('a slug longer than 100 characters is refused before it reaches a file name', () => {
    const slug = Array(26).fill('word').join('-'); // 129 characters
    const scan = make({ [`${slug}/en.mdx`]: ok, [`${slug.slice(0, 99)}/en.mdx`]: ok });
    expect(scan).toThrow(
      new RegExp(
        `^content/explainers/${slug}: the slug has 129 characters; explainer slugs have at most 100\\.\\nHint: Shorten the folder name to a few words, e\\.g\\. "word-word-word-word-word-word-word-word"`,
      ),
    );
  });

  test('a symbolic link to an explainer file is refused, naming the link', () => {
    const scan = make({ 'a/en.mdx': ok });
    symlinkSync(join(root, 'content/explainers/a/en.mdx'), join(root, 'content/explainers/a/uk.mdx'));
    expect(scan).toThrow(
      'content/explainers/a/uk.mdx: is a symbolic link; content/ takes real files and folders only.\nHint: Replace the link',
    );
  });

  test('a symbolic link to a folder is refused, naming the link', () => {
    const scan = make({ 'a/en.mdx': ok });
    symlinkSync(join(root, 'content/explainers/a'), join(root, 'content/explainers/b'));
    expect(scan).toThrow(/^content\/explainers\/b: is a symbolic link;[\s\S]*\nHint: /);
  });

  test('two folders that differ only by case are reported before either slug', () => {
    const scan = make({ 'eu-sanctions/en.mdx': ok, 'EU-Sanctions/uk.mdx': ok });
    expect(scan).toThrow(
      'content/explainers/EU-Sanctions: "EU-Sanctions" and "eu-sanctions" differ only by case; on macOS and Windows they are the same folder.\nHint: Move the files of "EU-Sanctions" into "eu-sanctions"',
    );
  });
});
