import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locale } from '../i18n/locales';
import { writeHeaders } from './headers';
import { writeOfflineManifests } from './offline-manifests';
import { OUTPUT_MARKER, outputFolderKey, removeStaleFiles } from './output-folder';
import { placeNotFoundPages, writeSearchIndex } from './pagefind';
import { type SavedCopyText, showSavedCopies, writeSavedCopies } from './saved-copies';
import { type CardHandOver, finishCards } from './social-cards';

export const SITEMAP_FILE = /^sitemap-(index|\d+)\.xml$/;

/**
 * Set by `npm run build` (src/cli/build.ts) for the Astro process it starts: the file the
 * integration writes its plan to instead of running the steps itself. The build command then
 * runs them once Astro has exited, so Astro's heap (1 GB for 3 × 1000 pages, 2.8 GB for
 * 3 × 10,000, which V8 never gives back) is not held while Pagefind needs its own.
 */
export const PLAN_FILE_VARIABLE = 'TLUMACH_AFTER_BUILD_PLAN';

/** Everything the steps after the build need from Astro's build, as plain data. */
export interface AfterBuildPlan {
  outDir: string;
  /** Absolute path of Astro's cache folder. */
  cacheDir: string;
  base: string;
  /** The primary address (site + base), or '' when no site is set. */
  primary: string;
  /** When the build started, on the file system's clock (ms). */
  started: number;
  /** Every file this build wrote or kept (absolute paths). */
  written: string[];
  /** What each language's saved copy says (saved-copy-text.ts). */
  copyText: Record<Locale, SavedCopyText>;
  /** The code version (code-version.ts). */
  version: string;
  /** The social cards, when the site has them: those left to draw are drawn beside the steps. */
  cards?: CardHandOver;
}

export function writePlan(file: string, plan: AfterBuildPlan): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(plan));
}

/** The plan the last build left in `file` (then removed), or undefined if there is none. */
export function takePlan(file: string): AfterBuildPlan | undefined {
  if (!existsSync(file)) return undefined;
  const plan = JSON.parse(readFileSync(file, 'utf8')) as AfterBuildPlan;
  rmSync(file);
  return plan;
}

/** The steps after Astro has written the pages and the sitemap, in order. */
export async function runStepsAfterBuild(plan: AfterBuildPlan, log: (message: string) => void): Promise<void> {
  const { outDir, started } = plan;
  const cacheFile = (name: string) => join(plan.cacheDir, `tlumach-${name}-${outputFolderKey(outDir)}.json`);
  // 1. Files earlier builds left that this one did not write go first, before
  //    Pagefind reads dist/ (its own folder is pruned by the index step).
  const removed = removeStaleFiles(outDir, started, new Set(plan.written), [
    OUTPUT_MARKER,
    'pagefind',
    'copies',
    SITEMAP_FILE,
  ]);
  if (removed > 0) log(`removed ${removed} files left from earlier builds`);
  // 2. Each language's 404 page goes where static hosts look for it; the search index
  //    and the saved copies read the pages where they will be served.
  await placeNotFoundPages(outDir);
  // 3. The social cards Astro's process left undrawn are drawn in worker threads until step 6;
  //    no step before it reads them.
  const cardsDrawn = plan.cards ? finishCards(plan.cards) : undefined;
  cardsDrawn?.catch(() => {}); // reported below, after the steps
  try {
    // 4. Pagefind indexes in its own process while each language is packed into a zip to
    //    pass on (saved-copies.ts).
    const [, copies] = await allSettled([
      writeSearchIndex(outDir, plan.cacheDir, log),
      writeSavedCopies({
        outDir,
        primary: plan.primary,
        text: plan.copyText,
        version: plan.version,
        recordFile: cacheFile('copies'),
        log,
      }),
    ]);
    // 5. The "other ways to read" pages show the copies' size and date, after the index read them.
    showSavedCopies(outDir, copies);
    // 6. What "Save for offline reading" stores per language, the pages and index above included.
    await writeOfflineManifests(outDir, plan.base, cacheFile('files'), log);
  } catch (error) {
    await cardsDrawn?.catch(() => {});
    throw error;
  }
  if (cardsDrawn) {
    const { drawn, reused } = await cardsDrawn;
    log(`social cards: ${drawn} drawn, ${reused} from the cache`);
  }
  // 7. Last, _headers gets a caching rule for every file written before it, Pagefind's and the cards' included.
  await writeHeaders(outDir, plan.base, log);
}

/**
 * Like Promise.all, but a step that fails is reported only once every other step has
 * stopped: a zip still being written must not outlive the build that failed.
 */
export async function allSettled<T extends readonly unknown[]>(
  steps: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(steps);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}
