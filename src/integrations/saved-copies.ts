import { createHash } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { formatDate, formatFileSize, isoDay } from '../i18n/format';
import { localeCodes, type Locale } from '../i18n/locales';
import { paths, relativeUrl } from '../i18n/routing';
import { copyPage, escapeHtml, stylesheetUrls, type LinkTarget } from '../lib/after-build/saved-copy';
import { filesUnder } from '../lib/files';

export interface SavedCopy {
  locale: Locale;
  bytes: number;
  files: number;
  /** The day it was made (YYYY-MM-DD, UTC). */
  day: string;
}

/** What a language's copy was made from: the settings it shows, and each file it read (or found absent). */
interface CopyRecord {
  settings: string;
  inputs: [path: string, hash: string][];
  copy: SavedCopy;
}

/** The words of a copy's notice, in its language: plain text, escaped where it is written. */
export interface SavedCopyText {
  siteName: string;
  /** With \u0001 where the site's name goes and \u0002 where the date goes. */
  notice: string;
  online: string;
  /** On the search page, which cannot search from a file. */
  search: string;
  browseAll: string;
}

export interface SavedCopyOptions {
  outDir: string;
  primary: string;
  /** What each language's copy says on its pages (saved-copy-text.ts). */
  text: Record<Locale, SavedCopyText>;
  /** The code version: a change to the code or the UI strings packs every copy again. */
  version: string;
  /** Where the last build recorded what each copy was made from; a copy made of the same is kept. */
  recordFile: string;
  log: (message: string) => void;
}

/**
 * Packs each language into one zip a reader can pass on (messenger, USB stick): unpacked,
 * its index.html (the language's home) opens from file:// and every page and link works.
 * It holds the language's pages (not its 404 page, which only hosts use) and every file they
 * name (stylesheets, the favicon, the feed, images), not other languages' pages nor the search
 * index, which a page opened from a file cannot load. Pages are rewritten here, on the main
 * thread; zlib compresses them in Node's thread pool meanwhile, one language after another.
 * A language whose pages, the files they name and the day are what its last copy was made
 * of keeps that copy: editing one explainer does not pack the other languages again.
 */
export async function writeSavedCopies(options: SavedCopyOptions): Promise<SavedCopy[]> {
  const { outDir, primary, recordFile, log } = options;
  const started = performance.now();
  const day = isoDay(new Date());
  const records: Partial<Record<Locale, CopyRecord>> = existsSync(recordFile)
    ? JSON.parse(readFileSync(recordFile, 'utf8'))
    : {};
  const hashes = new Map<string, string>();
  const hashOf = (path: string) => {
    let hash = hashes.get(path);
    if (hash === undefined) {
      const file = join(outDir, path);
      hash = existsSync(file) && statSync(file).isFile() ? fileHash(readFileSync(file)) : ABSENT;
      hashes.set(path, hash);
    }
    return hash;
  };
  const kept: Locale[] = [];
  const pack = async (locale: Locale): Promise<CopyRecord> => {
    const settings = JSON.stringify([day, primary, options.text[locale], options.version]);
    const pages = copyPages(outDir, locale);
    const last = records[locale];
    const zipFile = join(outDir, paths.savedCopy(locale));
    if (
      last?.settings === settings &&
      existsSync(zipFile) &&
      statSync(zipFile).size === last.copy.bytes &&
      sameList(last.inputs.map(([path]) => path).filter(isPage(locale)), pages) &&
      last.inputs.every(([path, hash]) => hashOf(path) === hash)
    ) {
      kept.push(locale);
      return last;
    }
    delete records[locale];
    const { files, inputs } = await writeCopy(outDir, locale, pages, primary, options.text[locale], day, zipFile);
    return { settings, inputs: [...inputs], copy: { locale, bytes: statSync(zipFile).size, files, day } };
  };
  // One language at a time: zlib packs one entry at a time in a zip either way.
  const made: CopyRecord[] = [];
  for (const locale of localeCodes) made.push(await pack(locale));
  mkdirSync(join(recordFile, '..'), { recursive: true });
  writeFileSync(recordFile, JSON.stringify(Object.fromEntries(made.map((record) => [record.copy.locale, record]))));
  const copies = made.map((record) => record.copy);
  const sizes = copies.map((c) => `${c.locale} ${(c.bytes / 1e6).toFixed(1)} MB (${c.files} files)`);
  const unchanged = kept.length > 0 ? `; ${kept.join(', ')} unchanged` : '';
  log(`saved copies: ${sizes.join(', ')}${unchanged}, ${Math.round(performance.now() - started)} ms`);
  return copies;
}

const ABSENT = '-';
const fileHash = (data: Buffer) => createHash('sha1').update(data).digest('hex');
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((path, i) => path === b[i]);
const isPage = (locale: Locale) => (path: string) => path.startsWith(`${locale}/`) && path.endsWith('.html');

/** The language's pages that go into its copy, in order: all but its 404 page. */
function copyPages(outDir: string, locale: Locale): string[] {
  return filesUnder(join(outDir, locale))
    .map((file) => `${locale}/${file.split('\\').join('/')}`)
    .filter((file) => file.endsWith('.html') && file !== `${locale}/404.html`)
    .sort();
}

/** Each language's "other ways to read" page gets its copy's size and date (src/pages/[locale]/read.astro). */
export function showSavedCopies(outDir: string, copies: readonly SavedCopy[]): void {
  for (const copy of copies) {
    const page = join(outDir, paths.read(copy.locale), 'index.html');
    if (!existsSync(page)) continue;
    const size = escapeHtml(formatFileSize(copy.bytes, copy.locale));
    const date = escapeHtml(formatDate(copy.day, copy.locale));
    const html = readFileSync(page, 'utf8')
      .replace(/<span data-copy-size>[^<]*<\/span>/, `<span data-copy-size>${size}</span>`)
      .replace(/<time data-copy-date[^>]*>[^<]*<\/time>/, `<time data-copy-date datetime="${copy.day}">${date}</time>`);
    writeFileSync(page, html);
  }
}

/**
 * Writes one language's zip to `zipFile`, streaming: each page is read and rewritten when the
 * zip reaches it, so one page is in memory at a time, not the whole language (at 3 × 10,000,
 * about 0.5 GB). Entries are compressed one after another, in Node's thread pool.
 */
async function writeCopy(
  outDir: string,
  locale: Locale,
  copyPaths: string[],
  primary: string,
  text: SavedCopyText,
  day: string,
  zipFile: string,
): Promise<{ files: number; inputs: Map<string, string> }> {
  const home = paths.home(locale);
  const pages = new Set(copyPaths);
  // Every file the copy read, and every one it looked for and did not find (a page may name a
  // file a later build adds), by content hash: what the next build compares to keep this copy.
  const inputs = new Map<string, string>();
  const assets = new Set<string>();
  const resolve = (sitePath: string): LinkTarget => {
    const file = sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
    if (pages.has(file)) return { in: 'copy', path: file };
    if (file.endsWith('.html')) return { in: 'site', url: new URL(sitePath.replace(/index\.html$/, ''), primary).href };
    if (existsSync(join(outDir, file)) && statSync(join(outDir, file)).isFile()) {
      assets.add(file);
      return { in: 'copy', path: file };
    }
    inputs.set(file, ABSENT);
    return { in: 'none' };
  };
  const notice = (target: string, page: string) => {
    const read = relativeUrl(`/${target}`, `/${paths.read(locale)}index.html`);
    const date = `<time datetime="${day}">${escapeHtml(formatDate(day, locale))}</time>`;
    const sentence = escapeHtml(text.notice).replace('\u0001', escapeHtml(text.siteName)).replace('\u0002', date);
    const search =
      page === `${paths.search(locale)}index.html`
        ? `<p class="notice saved-copy-search">${escapeHtml(text.search)} <a href="${relativeUrl(`/${target}`, `/${home}index.html`)}">${escapeHtml(text.browseAll)}</a></p>`
        : '';
    return `<div class="notice saved-copy-notice" role="note" data-saved-copy-notice><p>${sentence} <a href="${read}">${escapeHtml(text.online)}</a></p></div>${search}`;
  };

  const zip = new ZipFile();
  const mtime = new Date(`${day}T00:00:00Z`);
  let files = 0;
  /** Adds an entry made when the zip reaches it; the promise settles once it is handed over. */
  const entry = (target: string, content: () => Buffer) => {
    files += 1;
    return new Promise<void>((handedOver, failed) => {
      const made = (function* () {
        try {
          yield content();
          handedOver();
        } catch (error) {
          // The copy fails (below); the zip gets no more of this entry.
          failed(error);
        }
      })();
      zip.addReadStream(Readable.from(made), target, { mtime, compressionLevel: 6 });
    });
  };
  const page = (source: string, target: string) => () => {
    const data = readFileSync(join(outDir, source));
    inputs.set(source, fileHash(data));
    return Buffer.from(
      copyPage(data.toString('utf8'), { source, target, resolve, notice: (at) => notice(at, source) }),
    );
  };

  mkdirSync(join(zipFile, '..'), { recursive: true });
  const partial = `${zipFile}.tmp`;
  const output = createWriteStream(partial);
  const written = new Promise<void>((done, failed) => {
    output.on('close', done);
    output.on('error', failed);
    zip.outputStream.on('error', failed);
  });
  zip.outputStream.pipe(output);
  try {
    const pagesAdded = [...pages].map((path) => entry(path, page(path, path)));
    // The archive opens at its index.html: the language's home, one folder up.
    pagesAdded.push(entry('index.html', page(`${home}index.html`, 'index.html')));
    // Every page rewritten: `assets` now holds every file they name, and those the stylesheets name.
    await Promise.all(pagesAdded);
    for (const asset of assets)
      if (asset.endsWith('.css'))
        for (const url of stylesheetUrls(readFileSync(join(outDir, asset), 'utf8'), asset)) resolve(url);
    const assetsAdded = [...assets].map((asset) =>
      entry(asset, () => {
        const data = readFileSync(join(outDir, asset));
        inputs.set(asset, fileHash(data));
        return data;
      }),
    );
    zip.end();
    await Promise.all([written, ...assetsAdded]);
  } catch (error) {
    written.catch(() => {}); // the copy is abandoned: its stream's end does not matter
    zip.outputStream.unpipe(output);
    output.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, zipFile);
  return { files, inputs };
}
