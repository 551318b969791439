import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { filesUnder } from '../files';

/**
 * What Pagefind writes, as far as an incremental build needs to know (pagefind 1.6):
 * - pagefind-entry.json names each language's index by a hash ("uk_b7b1925614");
 * - pagefind.<hash>.pf_meta (gzip, then CBOR) lists that language's fragments, index
 *   chunks and filters, each by a "<language>_<hash>" name;
 * - fragment/, index/ and filter/ hold those files, named by the hashes of their content.
 * Languages are independent: one language's files never depend on another's.
 * tests/sites/incremental-build.test.ts holds an incremental build to a clean one, byte
 * for byte, so a Pagefind upgrade that changes any of this fails there.
 */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

const ENTRY = 'pagefind-entry.json';
const FOLDERS = ['fragment', 'index', 'filter'];

export function readEntry(pagefindDir: string): PagefindEntry | undefined {
  try {
    return JSON.parse(readFileSync(join(pagefindDir, ENTRY), 'utf8')) as PagefindEntry;
  } catch {
    return undefined;
  }
}

/** Puts back the languages Pagefind was not asked to index this time, as Pagefind writes the file. */
export function writeEntry(pagefindDir: string, entry: PagefindEntry): void {
  const languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(pagefindDir, ENTRY), JSON.stringify({ ...entry, languages }));
}

/** True when a language's index named in the entry is complete on disk. */
export function hasLanguage(pagefindDir: string, entry: PagefindEntry | undefined, language: string): boolean {
  const hash = entry?.languages[language]?.hash;
  return hash !== undefined && existsSync(join(pagefindDir, `pagefind.${hash}.pf_meta`));
}

/**
 * Deletes the fragments, index chunks, filters and language metadata that the entry no
 * longer names: Pagefind leaves them behind, and the text of a deleted explainer must
 * not stay online in an old fragment.
 */
export function removeUnusedIndexFiles(pagefindDir: string, entry: PagefindEntry): number {
  const used = new Set<string>();
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    used.add(`pagefind.${hash}.pf_meta`);
    const meta = gunzipSync(readFileSync(join(pagefindDir, `pagefind.${hash}.pf_meta`)));
    for (const name of cborTextStrings(meta)) if (name.startsWith(`${language}_`)) used.add(name);
  }
  const unused = [
    ...readdirSync(pagefindDir)
      .filter((file) => /^pagefind\..+\.pf_meta$/.test(file) && !used.has(file))
      .map((file) => join(pagefindDir, file)),
    ...FOLDERS.flatMap((folder) =>
      filesUnder(join(pagefindDir, folder))
        .filter((file) => !used.has(file.replace(/\.[^.]+$/, '')))
        .map((file) => join(pagefindDir, folder, file)),
    ),
  ];
  for (const path of unused) unlinkSync(path);
  return unused.length;
}

/**
 * A hash of the HTML files under `folder` (names and content): what Pagefind would read
 * there; and whether any of them marks a searchable region (data-pagefind-body).
 */
export function htmlDigest(folder: string): { digest: string; searchable: boolean } {
  const hash = createHash('sha256');
  let searchable = false;
  for (const file of filesUnder(folder).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(folder, file));
    hash.update(`\0${file}\0`).update(html);
    searchable ||= html.includes('data-pagefind-body');
  }
  return { digest: hash.digest('hex'), searchable };
}

/** Every short text string in a CBOR document that looks like a Pagefind file name. */
export function cborTextStrings(bytes: Uint8Array): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < bytes.length; i++) {
    const head = bytes[i]!;
    let [length, start] = [-1, i + 1];
    // Major type 3 (text): the length in the low bits below 24, or in the next byte.
    if (head >= 0x61 && head <= 0x77) length = head - 0x60;
    else if (head === 0x78 && i + 1 < bytes.length) [length, start] = [bytes[i + 1]!, i + 2];
    if (length <= 0 || start + length > bytes.length) continue;
    const text = Buffer.from(bytes.subarray(start, start + length)).toString('latin1');
    if (/^[a-z]+(-[a-z]+)*_[0-9a-f]+$/.test(text)) found.add(text);
  }
  return found;
}
