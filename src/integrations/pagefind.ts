import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { localeCodes, type Locale } from '../i18n/locales';
import { outputFolderKey } from './output-folder';
import {
  hasLanguage,
  htmlDigest,
  type PagefindEntry,
  readEntry,
  removeUnusedIndexFiles,
  writeEntry,
} from '../lib/after-build/pagefind-output';

type IndexState = Partial<Record<Locale, { input: string; index: string }>>;

/**
 * Indexes the searchable pages of dist/ with Pagefind, one index per <html lang>. The
 * pages already carry their hidden search terms (src/middleware.ts), so Pagefind reads
 * dist/ itself, in its own process.
 *
 * dist/ is kept between builds. A language whose pages are byte for byte those its
 * index was made from keeps that index; the others are indexed again, and Pagefind skips
 * writing files that already exist (their names are hashes of their content). Files of
 * earlier indexes are then removed. Every problem Pagefind reports is thrown.
 */
export async function writeSearchIndex(
  outDir: string,
  cacheDir: string,
  log: (message: string) => void,
): Promise<void> {
  // What each language's index was made from, per output folder.
  const stateFile = join(cacheDir, `tlumach-search-${outputFolderKey(outDir)}.json`);
  const started = performance.now();
  const pagefindDir = join(outDir, 'pagefind');
  const previous = readEntry(pagefindDir);
  const state = readState(stateFile);
  const read = Object.fromEntries(localeCodes.map((l) => [l, htmlDigest(join(outDir, l))])) as Record<
    Locale,
    { digest: string; searchable: boolean }
  >;
  const inputs = Object.fromEntries(localeCodes.map((l) => [l, read[l].digest])) as Record<Locale, string>;
  const kept = localeCodes.filter(
    (l) =>
      state[l]?.input === inputs[l] &&
      previous?.languages[l]?.hash === state[l].index &&
      hasLanguage(pagefindDir, previous, l),
  );
  // Pagefind indexes every page of a site with no data-pagefind-body at all; a language whose
  // pages are all lists and fallbacks has nothing to search, as when all languages were one run.
  // (A site with no such region anywhere is indexed whole, as Pagefind would.)
  const anySearchable = localeCodes.some((l) => read[l].searchable);
  const changed = localeCodes.filter((l) => !kept.includes(l) && (read[l].searchable || !anySearchable));

  // Pagefind's process panics, and its Node API never answers, when its folder is a file.
  if (existsSync(pagefindDir) && !statSync(pagefindDir).isDirectory())
    throw new Error(
      `Pagefind cannot write its index: ${pagefindDir} is a file, not a folder. Remove it and build again.`,
    );
  // One language at a time, each in a Pagefind process of its own: Pagefind keeps every page it
  // reads in memory until it writes the index, so the peak is one language's pages, not all
  // of them (3 × 1000 pages: 0.24–0.27 GB instead of 0.39–0.44 GB). Languages' indexes are
  // independent, so the files are the same as from one run over all of them.
  let entry: PagefindEntry | undefined;
  for (const locale of changed) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      // Each language's pages live under /<locale>/; the root pages (language chooser, 404) are not searchable.
      const added = await index.addDirectory({ path: outDir, glob: `${locale}/**/*.html` });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: pagefindDir });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    const own = readEntry(pagefindDir)!;
    entry = { ...own, languages: { ...entry?.languages, ...own.languages } };
  }
  // Nothing indexed: the entry is the previous one, without the languages that have gone.
  entry ??= { ...previous!, languages: {} };
  for (const l of kept) entry.languages[l] = previous!.languages[l]!;
  writeEntry(pagefindDir, entry);
  const removed = removeUnusedIndexFiles(pagefindDir, entry);
  const newState: IndexState = {};
  for (const l of localeCodes)
    if (entry.languages[l]) newState[l] = { input: inputs[l], index: entry.languages[l].hash };
  mkdirSync(join(stateFile, '..'), { recursive: true });
  writeFileSync(stateFile, JSON.stringify(newState));
  log(
    `search index: ${changed.length > 0 ? `${changed.join(', ')} indexed` : 'nothing to index'}` +
      `${kept.length > 0 ? `, ${kept.join(', ')} unchanged` : ''}, ${removed} old files removed,` +
      ` ${Math.round(performance.now() - started)} ms`,
  );
}

function readState(file: string): IndexState {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as IndexState;
  } catch {
    return {};
  }
}

/** dist/<locale>/404/index.html → dist/<locale>/404.html (hosts serve the nearest 404.html). */
export async function placeNotFoundPages(outDir: string): Promise<void> {
  for (const locale of localeCodes) {
    const folder = `${outDir}/${locale}/404`;
    const entries: string[] = await readdir(folder).catch(() => []);
    if (!entries.includes('index.html')) continue;
    await rename(`${folder}/index.html`, `${outDir}/${locale}/404.html`);
    await rm(folder, { recursive: true });
  }
}
