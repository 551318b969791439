/**
 * npm run bench [-- --sizes 100,1000] [-- --runs 3] [-- --check] [-- --no-blocks]
 * Generates N explainers × 3 languages, builds them with the normal pipeline and
 * reports medians; --check fails when a target of the performance budget is missed.
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { localeCodes } from '../../src/i18n/locales';
import { projectRoot } from '../support/paths';
import { generateCorpus } from './corpus';
import { measureBuild, type BuildFigures } from './measure-build';
import { measurePage, type PageFigures } from './measure-page';
import { measureFirstSearch, type SearchFigures } from './measure-search';
import { measureOfflineSave, type OfflineFigures } from './measure-offline';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = option('sizes', '100,1000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const blocks = !args.includes('--no-blocks');
const check = args.includes('--check');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const du = (path: string) => Number(execFileSync('du', ['-sb', path]).toString().split('\t')[0]);

interface SizeResult {
  n: number;
  pages: number;
  clean: BuildFigures;
  warm: BuildFigures;
  oneChanged: BuildFigures;
  msPerPage: number;
  distMB: number;
  pagefindMB: number;
  page: PageFigures;
  /** A first search from an explainer's header: search UI, Pagefind, index and results. */
  search: SearchFigures;
  /** "Save Українська for offline reading" from an explainer. */
  offline: OfflineFigures;
}

const results: SizeResult[] = [];
for (const n of sizes) {
  const contentDir = `tests/.tmp/bench-content-${n}`;
  const outDir = join(projectRoot, `tests/.tmp/bench-dist-${n}`);
  const env = { CONTENT_DIR: contentDir, OUT_DIR: outDir };
  const cacheDir = join(projectRoot, `node_modules/.astro-${contentDir.replace(/\W+/g, '_')}`);
  generateCorpus(join(projectRoot, 'content'), join(projectRoot, contentDir), { n, blocks });
  const changedFile = join(projectRoot, contentDir, 'explainers/explainer-00001/uk.mdx');
  const original = readFileSync(changedFile, 'utf8');

  const clean: BuildFigures[] = [];
  const warm: BuildFigures[] = [];
  const oneChanged: BuildFigures[] = [];
  for (let run = 1; run <= runs; run++) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    clean.push(await measureBuild(env));
    warm.push(await measureBuild(env));
    appendFileSync(changedFile, `\nОдне нове речення для перевірки, номер ${run}.\n`);
    oneChanged.push(await measureBuild(env));
    writeFileSync(changedFile, original);
    console.error(
      `N=${n} run ${run}: clean ${clean.at(-1)!.wallS}s, warm ${warm.at(-1)!.wallS}s, one changed ${oneChanged.at(-1)!.wallS}s`,
    );
  }
  const med = (list: BuildFigures[]): BuildFigures => ({
    wallS: median(list.map((b) => b.wallS)),
    cpuS: median(list.map((b) => b.cpuS)),
    peakRssMB: median(list.map((b) => b.peakRssMB)),
    pagefindS: median(list.map((b) => b.pagefindS)),
    astroS: median(list.map((b) => b.astroS)),
  });
  const pages = n * localeCodes.length;
  const page = await measurePage(outDir, 'uk/explainers/explainer-00001/', 'uk/search/', 'санкції');
  const search = await measureFirstSearch(outDir, { page: 'uk/explainers/explainer-00001/', query: 'санкції' });
  const offline = await measureOfflineSave(outDir, 'uk', 'uk/explainers/explainer-00001/');
  results.push({
    n,
    pages,
    clean: med(clean),
    warm: med(warm),
    oneChanged: med(oneChanged),
    msPerPage: (med(clean).wallS * 1000) / pages,
    distMB: du(outDir) / 1e6,
    pagefindMB: du(join(outDir, 'pagefind')) / 1e6,
    page,
    search,
    offline,
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  ['', ...results.map((r) => `N=${r.n} (${r.pages} pages)`)],
  ['clean build, wall', ...results.map((r) => `${r.clean.wallS.toFixed(1)} s`)],
  [
    '  of which Astro / Pagefind',
    ...results.map((r) => `${r.clean.astroS.toFixed(1)} s / ${r.clean.pagefindS.toFixed(1)} s`),
  ],
  ['clean build, CPU (user+sys)', ...results.map((r) => `${r.clean.cpuS.toFixed(1)} s`)],
  ['ms per page (clean)', ...results.map((r) => r.msPerPage.toFixed(1))],
  ['peak RSS', ...results.map((r) => `${r.clean.peakRssMB.toFixed(0)} MB`)],
  ['warm rebuild, nothing changed', ...results.map((r) => `${r.warm.wallS.toFixed(1)} s`)],
  ['warm rebuild, one explainer changed', ...results.map((r) => `${r.oneChanged.wallS.toFixed(1)} s`)],
  ['dist/ size', ...results.map((r) => `${r.distMB.toFixed(1)} MB`)],
  ['Pagefind index size', ...results.map((r) => `${r.pagefindMB.toFixed(1)} MB`)],
  ['explainer HTML (raw / gzip)', ...results.map((r) => `${kb(r.page.htmlBytes)} / ${kb(r.page.htmlGzip)}`)],
  ['first-view CSS (raw / gzip)', ...results.map((r) => `${kb(r.page.cssBytes)} / ${kb(r.page.cssGzip)}`)],
  ['first-view JS (raw / gzip)', ...results.map((r) => `${kb(r.page.jsBytes)} / ${kb(r.page.jsGzip)}`)],
  ['first search, transferred (gzip)', ...results.map((r) => kb(r.page.searchTransferGzip))],
  ['first search, query to results', ...results.map((r) => `${r.page.searchMs.toFixed(0)} ms`)],
  ['first search from the header, incl. UI (gzip)', ...results.map((r) => kb(r.search.bytes.total))],
  [
    '  query to first result / second query',
    ...results.map((r) => `${r.search.firstMs.toFixed(0)} / ${r.search.secondMs.toFixed(0)} ms`),
  ],
  ['saved for offline: uk (files)', ...results.map((r) => `${r.offline.savedMB.toFixed(1)} MB (${r.offline.files})`)],
  [
    '  time to save / sent (gzip)',
    ...results.map((r) => `${r.offline.saveS.toFixed(1)} s / ${r.offline.transferMB.toFixed(1)} MB`),
  ],
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
const table = rows.map((row) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`);
table.splice(1, 0, `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
console.log(
  `\nMedians of ${runs} run(s); ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log(table.join('\n'));

mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
const report = { date: new Date().toISOString(), node: process.version, cores: cpus().length, runs, blocks, results };
writeFileSync(join(projectRoot, 'bench-results/latest.json'), JSON.stringify(report, null, 2));
writeFileSync(
  join(projectRoot, `bench-results/${report.date.replace(/[:.]/g, '-')}.json`),
  JSON.stringify(report, null, 2),
);

if (check) {
  const failures: string[] = [];
  const big = results.find((r) => r.n === 1000);
  const small = results.find((r) => r.n === 100);
  const expect = (ok: boolean, what: string) => ok || failures.push(what);
  if (big) {
    expect(big.clean.wallS <= 60, `N=1000 clean build ${big.clean.wallS.toFixed(1)} s > 60 s`);
    expect(big.clean.peakRssMB <= 1000, `N=1000 peak RSS ${big.clean.peakRssMB.toFixed(0)} MB > 1000 MB`);
    expect(big.oneChanged.wallS <= 15, `N=1000 one-explainer rebuild ${big.oneChanged.wallS.toFixed(1)} s > 15 s`);
    expect(big.page.searchTransferGzip <= 110 * 1024, `first search ${kb(big.page.searchTransferGzip)} > 110 KB`);
    expect(big.search.bytes.total <= 110 * 1024, `first search with its UI ${kb(big.search.bytes.total)} > 110 KB`);
    if (small)
      expect(
        big.msPerPage <= small.msPerPage * 1.1,
        `ms/page grows: ${small.msPerPage.toFixed(1)} → ${big.msPerPage.toFixed(1)}`,
      );
  }
  for (const r of results) {
    expect(r.page.jsGzip <= 5 * 1024, `N=${r.n} first-view JS ${kb(r.page.jsGzip)} gz > 5 KB`);
    expect(r.page.cssGzip <= 10 * 1024, `N=${r.n} first-view CSS ${kb(r.page.cssGzip)} gz > 10 KB`);
    expect(r.page.htmlBytes <= 30 * 1024, `N=${r.n} explainer HTML ${kb(r.page.htmlBytes)} > 30 KB`);
  }
  if (failures.length) {
    console.error(`\nBudget missed:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else console.log('\nAll budget targets met.');
}
