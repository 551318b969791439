import { appendFileSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/paths';
import { copyProject, type ProjectCopy } from '../support/project-copy';

// A rebuild reuses what has not changed: explainer pages and social cards (Astro's
// incremental build), each language's search index, and dist/ itself. One copy of the project is changed as editors and
// developers change it, and after each change its incremental dist/ must be, file for
// file and byte for byte, what a clean build of the same project writes.
const added = 'a-short-explainer';
let copy: ProjectCopy;

beforeAll(() => {
  copy = copyProject(join(projectRoot, 'tests/fixtures/incremental'));
});
afterAll(() => copy?.remove());

async function build(env: Record<string, string> = {}): Promise<string> {
  const { code, output } = await copy.build(env);
  if (code !== 0) throw new Error(`The build failed:\n${output}`);
  return output;
}

/** A build of the same files with no cache of pages and no earlier dist/ to reuse. */
async function cleanBuild(): Promise<string> {
  const outDir = join(copy.root, 'clean-dist');
  rmSync(outDir, { recursive: true, force: true });
  await build({ OUT_DIR: outDir, TLUMACH_RENDER_CACHE: 'off' });
  return outDir;
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

async function expectSameAsCleanBuild(): Promise<void> {
  const incremental = join(copy.root, 'dist');
  const clean = await cleanBuild();
  const files = filesUnder(incremental);
  expect(files).toEqual(filesUnder(clean));
  const differing = files.filter((f) => !readFileSync(join(incremental, f)).equals(readFileSync(join(clean, f))));
  expect(differing).toEqual([]);
}

describe('an incremental build', () => {
  test('the first build renders every explainer page and indexes every language', async () => {
    const log = await build();
    expect(log).toContain('explainer pages: 9 rendered, 0 from the cache');
    expect(log).toContain('social cards: 8 drawn, 0 from the cache');
    expect(log).toContain('search index: en, uk, be indexed');
    expect(log).toMatch(/saved copies: en [^;\n]*, \d+ ms/);
  });

  test('with nothing changed, every page and index is reused and dist/ is what a clean build writes', async () => {
    const log = await build();
    expect(log).toContain('explainer pages: 0 rendered, 9 from the cache');
    expect(log).toContain('social cards: 0 drawn, 8 from the cache');
    expect(log).toContain('search index: nothing to index, en, uk, be unchanged');
    expect(log).toMatch(/saved copies: [^;\n]*; en, uk, be unchanged/);
    await expectSameAsCleanBuild();
  });

  test('one translation edited: that explainer and the one linking to it are rendered, one language indexed', async () => {
    const file = join(copy.root, 'content/explainers/belarus-2020-election-and-protests/uk.mdx');
    appendFileSync(file, '\nРечення, дописане редактором після публікації.\n');
    const log = await build();
    // Both seed explainers link to each other (Related); the third one is untouched.
    expect(log).toContain('explainer pages: 6 rendered, 3 from the cache');
    // The body is not on the card.
    expect(log).toContain('social cards: 0 drawn, 8 from the cache');
    expect(log).toContain('search index: uk indexed, en, be unchanged');
    // Only the Ukrainian pages show the new sentence: the other languages' copies are kept.
    expect(log).toMatch(/saved copies: [^;\n]*; en, be unchanged/);
    expect(
      readFileSync(join(copy.root, 'dist/uk/explainers/belarus-2020-election-and-protests/index.html'), 'utf8'),
    ).toContain('Речення, дописане редактором після публікації.');
    await expectSameAsCleanBuild();
  });

  test('one translation retitled: every page is rendered (all list its title), only its card is drawn', async () => {
    const file = join(copy.root, 'content/explainers', added, 'uk.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Пункти пропуску під новою назвою'));
    const card = join(copy.root, 'dist/uk/explainers', added, 'card.png');
    const before = readFileSync(card);
    const log = await build();
    expect(log).toContain('explainer pages: 9 rendered, 0 from the cache');
    expect(log).toContain('social cards: 1 drawn, 7 from the cache');
    expect(readFileSync(card).equals(before)).toBe(false);
    await expectSameAsCleanBuild();
  });

  test('an explainer deleted and a UI string changed: all is rendered again and nothing of the deleted one is left', async () => {
    rmSync(join(copy.root, 'content/explainers', added), { recursive: true });
    const stringsFile = join(copy.root, 'locales/be/common.json');
    const strings = JSON.parse(readFileSync(stringsFile, 'utf8'));
    strings.site.footer = `${strings.site.footer} Змененая радком.`;
    writeFileSync(stringsFile, JSON.stringify(strings, null, 2));
    const log = await build();
    expect(log).toContain('explainer pages: 6 rendered, 0 from the cache');
    // The code version is in every card's key: a UI string could be the site's name.
    expect(log).toContain('social cards: 6 drawn, 0 from the cache');
    expect(log).toContain('search index: en, uk, be indexed');
    expect(log).toMatch(/search index: .*, [1-9]\d* old files removed/);
    expect(log).toMatch(/saved copies: en [^;\n]*, \d+ ms/);
    for (const locale of ['en', 'uk', 'be'])
      expect(existsSync(join(copy.root, `dist/${locale}/explainers/${added}`))).toBe(false);
    await expectSameAsCleanBuild();
  });
});
