import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { FileFacts } from '../../src/lib/after-build/file-facts';
import { fileReferences, offlineManifest } from '../../src/lib/after-build/offline-manifest';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A small built site: two pages that load a script (which imports a chunk) and a stylesheet (which names a font). */
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'offline-manifest-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
const shared = {
  '_astro/page.js': 'import{a}from"./chunk.js";const l=()=>import("./lazy.js");',
  '_astro/chunk.js': 'export const a=1;',
  '_astro/lazy.js': 'export default 2;',
  '_astro/unused.js': 'export default 3;',
  '_astro/site.css': '@font-face{src:url(../fonts/noto.woff2)}body{background:url("data:image/png;base64,xx")}',
  'fonts/noto.woff2': 'font',
  'uk/404.html': '<p>404</p>',
  'en/index.html': '<script type="module" src="/_astro/en-only.js"></script>',
  '_astro/en-only.js': '',
};

test.each([
  ['root-relative links under a base', '/sub/', '/sub/'],
  ['links relative to each page', '/', 'REL'],
])('%s: pages, what they load and what that loads; nothing else', (_, base, prefix) => {
  const link = (page: string, path: string) =>
    prefix === 'REL' ? '../'.repeat(page.split('/').length - 1) + path : `${prefix}${path}`;
  const page = (path: string) =>
    `<link rel="stylesheet" href="${link(path, '_astro/site.css')}"><script type="module" src="${link(path, '_astro/page.js')}"></script>` +
    `<img src="${link(path, 'uk/explainers/x/photo.jpg')}" alt=""><a href="${link(path, 'en/')}">en</a>`;
  const root = site({
    ...shared,
    'uk/index.html': page('uk/index.html'),
    'uk/explainers/x/index.html': page('uk/explainers/x/index.html'),
    'uk/explainers/x/photo.jpg': 'jpeg',
    'uk/explainers/x/card.png': 'png',
  });
  const manifest = offlineManifest(root, base, 'uk');
  expect(manifest.files.map(([path]) => path)).toEqual([
    '_astro/chunk.js',
    '_astro/lazy.js',
    '_astro/page.js',
    '_astro/site.css',
    'fonts/noto.woff2',
    'uk/404.html',
    'uk/explainers/x/index.html',
    'uk/explainers/x/photo.jpg',
    'uk/index.html',
  ]);
  expect(manifest.files.find(([path]) => path === 'fonts/noto.woff2')![1]).toBe(4);
  expect(manifest.bytes).toBe(manifest.files.reduce((total, [, bytes]) => total + bytes, 0));
});

test('the version changes when any listed file changes, and only then', () => {
  const files = { ...shared, 'uk/index.html': '<script type="module" src="/_astro/page.js"></script>' };
  const first = offlineManifest(site(files), '/', 'uk').version;
  rmSync(dir, { recursive: true });
  expect(offlineManifest(site(files), '/', 'uk').version).toBe(first);
  rmSync(dir, { recursive: true });
  expect(offlineManifest(site({ ...files, '_astro/unused.js': 'changed' }), '/', 'uk').version).toBe(first);
  rmSync(dir, { recursive: true });
  expect(offlineManifest(site({ ...files, '_astro/lazy.js': 'changed' }), '/', 'uk').version).not.toBe(first);
});

test('facts kept from an earlier build give the same manifest, and a file changed since is read again', () => {
  const root = site({
    ...shared,
    'uk/index.html':
      '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script>',
  });
  // Not a file any page loads, so not in the manifest.
  const factsFile = join(root, 'cache/files.json');
  const fresh = offlineManifest(root, '/', 'uk');
  const first = FileFacts.load(root, fileReferences, factsFile);
  expect(offlineManifest(root, '/', 'uk', first)).toEqual(fresh);
  first.save(factsFile);
  // The stylesheet grows: a rebuild rewrote it (size and mtime change).
  writeFileSync(join(root, '_astro/site.css'), `${readFileSync(join(root, '_astro/site.css'), 'utf8')}\n/* more */`);
  const again = offlineManifest(root, '/', 'uk', FileFacts.load(root, fileReferences, factsFile));
  expect(again).toEqual(offlineManifest(root, '/', 'uk'));
  expect(again.version).not.toBe(fresh.version);
});
