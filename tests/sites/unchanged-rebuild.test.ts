import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy';

// `npm run build` does not start Astro when the last build's output is what this build would
// write. One copy of the project is changed as editors, developers and hosts change it; after
// each change a real build must run and leave the output right, and the build after it skips.
let copy: ProjectCopy;
const slug = 'belarus-2020-election-and-protests';

beforeAll(() => {
  copy = copyProject();
});
afterAll(() => copy?.remove());

const dist = (path = '') => join(copy.root, 'dist', path);
const SKIPPED =
  /^Nothing changed since the last build at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: dist\/ kept \((\d+) files checked, [\d.]+ s\)$/m;

async function npmBuild(env: Record<string, string> = {}, args: string[] = []): Promise<string> {
  const { code, output } = await copy.npmBuild(env, args);
  if (code !== 0) throw new Error(`The build failed:\n${output}`);
  return output;
}

/** A build that must start Astro and end as Astro's builds end. */
async function realBuild(env: Record<string, string> = {}, args: string[] = []): Promise<string> {
  const output = await npmBuild(env, args);
  expect(output).not.toMatch(SKIPPED);
  expect(output).toContain('[build] Complete!');
  return output;
}

/** Every file of dist/ with its mtime, as this test sees it. */
function mtimes(): Record<string, number> {
  return Object.fromEntries(
    readdirSync(dist(), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dist(), path), statSync(path).mtimeMs]),
  );
}

/** A build that must not start Astro, and leave every file of dist/ as it was. */
async function skippedBuild(env: Record<string, string> = {}): Promise<void> {
  const before = mtimes();
  const output = await npmBuild(env);
  const skip = SKIPPED.exec(output);
  expect(skip, output).not.toBeNull();
  expect(Number(skip![1])).toBe(Object.keys(before).length);
  expect(output).not.toContain('[build]');
  expect(mtimes()).toEqual(before);
}

describe('npm run build with nothing changed', () => {
  test('the first build runs Astro; the second does not and leaves every file as it was', async () => {
    await realBuild();
    await skippedBuild();
  });

  test('an edited explainer is built', async () => {
    appendFileSync(join(copy.root, 'content/explainers', slug, 'uk.mdx'), '\nРечення, дописане після збірки.\n');
    await realBuild();
    expect(readFileSync(dist(`uk/explainers/${slug}/index.html`), 'utf8')).toContain('Речення, дописане після збірки.');
    await skippedBuild();
  });

  test('an edited UI string is built', async () => {
    const file = join(copy.root, 'locales/be/common.json');
    const strings = JSON.parse(readFileSync(file, 'utf8'));
    strings.site.footer = `${strings.site.footer} Радок пасля зборкі.`;
    writeFileSync(file, JSON.stringify(strings, null, 2));
    await realBuild();
    expect(readFileSync(dist('be/index.html'), 'utf8')).toContain('Радок пасля зборкі.');
    await skippedBuild();
  });

  test('another SITE is built, and so is the return to the old one', async () => {
    const canonical = () =>
      /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(dist('en/index.html'), 'utf8'))?.[1];
    expect(canonical()).toBe('https://tlumach.example.org/en/');
    await realBuild({ SITE: 'https://news.example.net' });
    expect(canonical()).toBe('https://news.example.net/en/');
    await skippedBuild({ SITE: 'https://news.example.net' });
    await realBuild();
    expect(canonical()).toBe('https://tlumach.example.org/en/');
    await skippedBuild();
  });

  test('a deleted output file is written again', async () => {
    const page = dist('en/glossary/index.html');
    const bytes = readFileSync(page);
    rmSync(page);
    await realBuild();
    expect(readFileSync(page).equals(bytes)).toBe(true);
    await skippedBuild();
  });

  test('a changed output file is written again', async () => {
    const page = dist('uk/index.html');
    const bytes = readFileSync(page);
    writeFileSync(page, '<!doctype html><title>changed on the host</title>');
    await realBuild();
    expect(readFileSync(page).equals(bytes)).toBe(true);
    await skippedBuild();
  });

  test('an extra file in the output is removed', async () => {
    writeFileSync(dist('en/left-over.html'), '<!doctype html><title>not the build’s</title>');
    await realBuild();
    expect(existsSync(dist('en/left-over.html'))).toBe(false);
    await skippedBuild();
  });

  test('after a failed build, the same files as the last good build are built again', async () => {
    const file = join(copy.root, 'content/explainers', slug, 'en.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^published: .*$/m, 'published: 2020-02-31'));
    const failed = await copy.npmBuild();
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain(`content/explainers/${slug}/en.mdx`);
    writeFileSync(file, text);
    await realBuild();
    expect(readFileSync(dist(`en/explainers/${slug}/index.html`), 'utf8')).toContain('<h1');
    await skippedBuild();
  });

  test('TLUMACH_RENDER_CACHE=off and --force always build; their output counts as the build of the same files', async () => {
    await realBuild({ TLUMACH_RENDER_CACHE: 'off' });
    await skippedBuild();
    await realBuild({}, ['--force']);
    await skippedBuild();
  });

  test('another argument for Astro is built', async () => {
    await realBuild({}, ['--site', 'https://args.example.net']);
    expect(readFileSync(dist('en/index.html'), 'utf8')).toContain('https://args.example.net/en/');
    await realBuild();
    await skippedBuild();
  });
});
