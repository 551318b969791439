import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { filesUnder } from '../files';
import { FileFacts } from './file-facts';
import { cborTextStrings, readEntry } from './pagefind-output';

/** One file a saved language needs: its path relative to the site root, size in bytes and content hash. */
export type OfflineFile = [path: string, bytes: number, hash: string];

/**
 * What "Save <language> for offline reading" stores (written to offline/<locale>.json):
 * the language's pages (404 included), the scripts, styles, fonts and images they use,
 * and that language's Pagefind bundle and index. Paths are relative to the site root, so
 * a copy served at any host and sub-path resolves them against its own address.
 */
export interface OfflineManifest {
  locale: string;
  /** A hash of every path and content hash: a new deploy that changes any file changes it. */
  version: string;
  bytes: number;
  files: OfflineFile[];
}

// Elements and attributes through which a page loads a file (not <a href>: those are links).
const LOADS: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
};
const LINK_LOADS = /\b(stylesheet|icon|modulepreload|preload|manifest)\b/;
// import "./x.js", import("./x.js") and export … from "./x.js" in a built chunk; url(…) in CSS.
const JS_IMPORT = /(?:\bimport\s*\(?|\bfrom)\s*["'`]([^"'`]+\.(?:js|mjs|css))["'`]/g;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

/** The files a built file loads, as written in it: for a page its scripts, styles and images. */
export function fileReferences(path: string, content: string): string[] {
  if (path.endsWith('.html')) return pageReferences(content);
  const pattern = path.endsWith('.css') ? CSS_URL : path.endsWith('.js') ? JS_IMPORT : undefined;
  if (!pattern) return [];
  return [...content.matchAll(pattern)].map(([, reference]) => reference!).filter((r) => !r.startsWith('data:'));
}

/**
 * The offline manifest of one language. `base` is the site's base ("/" or "/sub/"):
 * references in the built pages are resolved against it, then written relative to the root.
 * `facts` may come from an earlier build (FileFacts.load): unchanged files are not read again.
 */
export function offlineManifest(
  outDir: string,
  base: string,
  locale: string,
  facts = new FileFacts(outDir, fileReferences),
): OfflineManifest {
  const origin = `https://site.invalid${base.endsWith('/') ? base : `${base}/`}`;
  const pages = filesUnder(join(outDir, locale))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${locale}/${file}`);
  const isPage = new Set(pages);
  const needed = new Set<string>(pages);
  const queue: string[] = [...pages];
  const add = (reference: string, from: string) => {
    const url = new URL(reference.trim(), new URL(from, origin));
    if (url.origin !== new URL(origin).origin || !url.pathname.startsWith(new URL(origin).pathname)) return;
    let path = decodeURIComponent(url.pathname.slice(new URL(origin).pathname.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    if (needed.has(path) || !isFile(join(outDir, path))) return;
    needed.add(path);
    queue.push(path);
  };
  // Pages load scripts and styles; scripts import chunks (the search dialog's code among them)
  // and stylesheets name fonts and images. A page a page links to is not loaded: only <a>.
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (file.endsWith('.html') && !isPage.has(file)) continue;
    for (const reference of facts.of(file).references) add(reference, file);
  }
  for (const file of pagefindFiles(join(outDir, 'pagefind'), locale)) needed.add(`pagefind/${file}`);

  const files: OfflineFile[] = [...needed].sort().map((path) => {
    const { bytes, hash } = facts.of(path);
    return [path, bytes, hash];
  });
  const version = createHash('sha256')
    .update(files.map(([path, , hash]) => `${path}\0${hash}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return { locale, version, bytes: files.reduce((total, [, bytes]) => total + bytes, 0), files };
}

/** The files Pagefind's browser code fetches to search one language (pagefind 1.6, main thread). */
export function pagefindFiles(pagefindDir: string, locale: string): string[] {
  const entry = readEntry(pagefindDir);
  const language = entry?.languages[locale];
  if (!language) return [];
  const meta = `pagefind.${language.hash}.pf_meta`;
  const files = ['pagefind.js', 'pagefind-entry.json', meta, `wasm.${language.wasm ?? 'unknown'}.pagefind`];
  for (const folder of ['fragment', 'index', 'filter'])
    for (const file of filesUnder(join(pagefindDir, folder))) files.push(`${folder}/${file}`);
  // Only the fragments, chunks and filters this language's metadata names.
  const names = cborTextStrings(gunzipSync(readFileSync(join(pagefindDir, meta))));
  return files.filter((file) => {
    if (!/^(fragment|index|filter)\//.test(file)) return existsSync(join(pagefindDir, file));
    return names.has(file.slice(file.indexOf('/') + 1).replace(/\.[^.]+$/, ''));
  });
}

function pageReferences(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const names = name === 'link' ? (LINK_LOADS.test(attributes.rel ?? '') ? ['href'] : []) : (LOADS[name] ?? []);
      for (const attribute of names) {
        const value = attributes[attribute];
        if (!value) continue;
        if (attribute === 'srcset') found.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]!));
        else found.push(value);
      }
    },
  });
  parser.end(html);
  return found.filter((reference) => reference && !/^(data|blob|mailto|tel|javascript):/i.test(reference));
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
