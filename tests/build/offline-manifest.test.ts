import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { filesUnder } from '../../src/lib/files';
import { htmlFiles, pageDocument } from '../support/dist';
import { distDir } from '../support/paths';

type Manifest = { locale: string; version: string; bytes: number; files: [string, number, string][] };
const manifest = (locale: string): Manifest =>
  JSON.parse(readFileSync(join(distDir, 'offline', `${locale}.json`), 'utf8')) as Manifest;
const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string }>;
};

test.each(localeCodes)('%s: every file the offline manifest lists exists, with its size and hash', (locale) => {
  const { files, bytes } = manifest(locale);
  expect(files.length).toBeGreaterThan(10);
  for (const [path, size, hash] of files) {
    const file = join(distDir, path);
    expect(existsSync(file), path).toBe(true);
    expect(statSync(file).size, path).toBe(size);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex').startsWith(hash), path).toBe(true);
  }
  expect(bytes).toBe(files.reduce((total, [path]) => total + statSync(join(distDir, path)).size, 0));
});

test.each(localeCodes)('%s: the manifest holds exactly that language’s pages, its 404 included', (locale) => {
  const listed = manifest(locale).files.map(([path]) => path);
  const pages = htmlFiles().filter((path) => path.startsWith(`${locale}/`));
  expect(listed.filter((path) => path.endsWith('.html')).sort()).toEqual(pages);
  expect(listed).toContain(`${locale}/404.html`);
  expect(listed).toContain(`${locale}/not-saved/index.html`);
  // Not what a reader reads offline: other languages, the root chooser, social cards, feeds.
  expect(listed.filter((path) => !path.startsWith(`${locale}/`) && /^(en|uk|be)\//.test(path))).toEqual([]);
  expect(listed.filter((path) => /(^index\.html|card\.png|rss\.xml)$/.test(path))).toEqual([]);
});

test.each(localeCodes)('%s: the manifest lists every script, stylesheet and image its pages load', (locale) => {
  const listed = new Set(manifest(locale).files.map(([path]) => path));
  for (const page of htmlFiles().filter((path) => path.startsWith(`${locale}/`))) {
    const doc = pageDocument(page);
    const loads = [
      ...[...doc.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src')!),
      ...[...doc.querySelectorAll('link[rel="stylesheet"], link[rel="icon"]')].map((el) => el.getAttribute('href')!),
    ];
    for (const load of loads) expect(listed, `${page} loads ${load}`).toContain(load.replace(/^\//, ''));
  }
  // Scripts import the rest (the search dialog, the saving code itself): every built script and
  // stylesheet but those of the root language chooser, which no language's page loads.
  const chooser = new Set(
    [...pageDocument('index.html').querySelectorAll('script[src]')].map((el) => el.getAttribute('src')!.slice(1)),
  );
  for (const file of filesUnder(join(distDir, '_astro')).map((name) => `_astro/${name}`))
    if (!chooser.has(file)) expect(listed, file).toContain(file);
});

test.each(localeCodes)('%s: the manifest holds that language’s search index and no other', (locale) => {
  const listed = manifest(locale).files.map(([path]) => path);
  const { hash } = entry.languages[locale]!;
  expect(listed).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']));
  expect(listed).toContain(`pagefind/pagefind.${hash}.pf_meta`);
  expect(listed.some((path) => path.startsWith(`pagefind/fragment/${locale}_`))).toBe(true);
  expect(listed.some((path) => path.startsWith(`pagefind/index/${locale}_`))).toBe(true);
  for (const other of localeCodes.filter((l) => l !== locale))
    expect(listed.filter((path) => path.includes(`/${other}_`) || path.includes(`.${other}_`))).toEqual([]);
  // The wasm for this language: Pagefind falls back to "unknown" for languages it cannot stem.
  expect(listed.filter((path) => /^pagefind\/wasm\.[a-z]+\.pagefind$/.test(path))).toHaveLength(1);
});

test('offline/versions.json gives each language the version and size of its manifest', () => {
  const versions = JSON.parse(readFileSync(join(distDir, 'offline/versions.json'), 'utf8')) as Record<
    string,
    { version: string; bytes: number; files: number }
  >;
  expect(Object.keys(versions).sort()).toEqual([...localeCodes].sort());
  for (const locale of localeCodes) {
    const { version, bytes, files } = manifest(locale);
    expect(versions[locale]).toEqual({ version, bytes, files: files.length });
  }
  expect(new Set(Object.values(versions).map((v) => v.version)).size).toBe(localeCodes.length);
});
