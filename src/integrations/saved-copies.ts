import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { formatDate, formatFileSize, isoDay } from '../i18n/format';
import { localeCodes, type Locale } from '../i18n/locales';
import { paths, relativeUrl } from '../i18n/routing';
import { useTranslations } from '../i18n/ui';
import { copyPage, escapeHtml, stylesheetUrls, type LinkTarget } from '../lib/after-build/saved-copy';
import { filesUnder } from '../lib/files';

export interface SavedCopy {
  locale: Locale;
  bytes: number;
  files: number;
}

/**
 * Packs each language into one zip a reader can pass on (messenger, USB stick): unpacked,
 * its index.html (the language's home) opens from file:// and every page and link works.
 * It holds the language's pages (not its 404 page, which only hosts use) and every file they
 * name (stylesheets, the favicon, the feed, images), not other languages' pages nor the search
 * index, which a page opened from a file cannot load. Then the language's "other ways to
 * read" page gets the copy's size and date.
 */
export function writeSavedCopies(
  outDir: string,
  primary: string,
  siteName: (locale: Locale) => string,
  log: (message: string) => void,
): SavedCopy[] {
  const started = performance.now();
  const day = isoDay(new Date());
  const copies = localeCodes.map((locale) => {
    const archive = packLanguage(outDir, locale, primary, siteName(locale), day);
    const file = join(outDir, paths.savedCopy(locale));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, archive.zip);
    fillCopyFacts(join(outDir, paths.read(locale), 'index.html'), locale, archive.zip.length, day);
    return { locale, bytes: archive.zip.length, files: archive.files };
  });
  const sizes = copies.map((c) => `${c.locale} ${(c.bytes / 1e6).toFixed(1)} MB (${c.files} files)`);
  log(`saved copies: ${sizes.join(', ')}, ${Math.round(performance.now() - started)} ms`);
  return copies;
}

function packLanguage(outDir: string, locale: Locale, primary: string, name: string, day: string) {
  const t = useTranslations(locale);
  const home = paths.home(locale);
  const pages = new Set(
    filesUnder(join(outDir, locale))
      .map((file) => `${locale}/${file.split('\\').join('/')}`)
      .filter((file) => file.endsWith('.html') && file !== `${locale}/404.html`),
  );
  const assets = new Set<string>();
  const resolve = (sitePath: string): LinkTarget => {
    const file = sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
    if (pages.has(file)) return { in: 'copy', path: file };
    if (file.endsWith('.html')) return { in: 'site', url: new URL(sitePath.replace(/index\.html$/, ''), primary).href };
    if (existsSync(join(outDir, file)) && statSync(join(outDir, file)).isFile()) {
      assets.add(file);
      return { in: 'copy', path: file };
    }
    return { in: 'none' };
  };
  const notice = (target: string, page: string) => {
    const read = relativeUrl(`/${target}`, `/${paths.read(locale)}index.html`);
    const date = `<time datetime="${day}">${escapeHtml(formatDate(day, locale))}</time>`;
    const text = escapeHtml(t('savedCopy.notice', { site: '\u0001', date: '\u0002' }))
      .replace('\u0001', escapeHtml(name))
      .replace('\u0002', date);
    const search =
      page === `${paths.search(locale)}index.html`
        ? `<p class="notice saved-copy-search">${escapeHtml(t('savedCopy.search'))} <a href="${relativeUrl(`/${target}`, `/${home}index.html`)}">${escapeHtml(t('search.browseAll'))}</a></p>`
        : '';
    return `<div class="notice saved-copy-notice" role="note" data-saved-copy-notice><p>${text} <a href="${read}">${escapeHtml(t('savedCopy.online'))}</a></p></div>${search}`;
  };

  const files: Zippable = {};
  const mtime = new Date();
  const add = (path: string, data: Uint8Array) => (files[path] = [data, { mtime }]);
  const pack = (source: string, target: string) => {
    const html = readFileSync(join(outDir, source), 'utf8');
    const copied = copyPage(html, { source, target, resolve, notice: (at) => notice(at, source) });
    add(target, Buffer.from(copied));
  };
  for (const page of pages) pack(page, page);
  // The archive opens at its index.html: the language's home, one folder up.
  pack(`${home}index.html`, 'index.html');
  for (const asset of assets) {
    const data = readFileSync(join(outDir, asset));
    if (asset.endsWith('.css')) for (const url of stylesheetUrls(data.toString('utf8'), asset)) resolve(url);
  }
  for (const asset of assets) add(asset, readFileSync(join(outDir, asset)));
  return { zip: zipSync(files, { level: 6 }), files: Object.keys(files).length };
}

/** Fills the copy's size and date into the language's "other ways to read" page (src/pages/[locale]/read.astro). */
function fillCopyFacts(page: string, locale: Locale, bytes: number, day: string): void {
  if (!existsSync(page)) return;
  const html = readFileSync(page, 'utf8')
    .replace(
      /<span data-copy-size>[^<]*<\/span>/,
      `<span data-copy-size>${escapeHtml(formatFileSize(bytes, locale))}</span>`,
    )
    .replace(
      /<time data-copy-date[^>]*>[^<]*<\/time>/,
      `<time data-copy-date datetime="${day}">${escapeHtml(formatDate(day, locale))}</time>`,
    );
  writeFileSync(page, html);
}
