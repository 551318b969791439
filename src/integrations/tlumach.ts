import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration, HookParameters } from 'astro';
import rehypeExternalLinks from '../markdown/rehype-external-links';
import { remarkBlockUses } from '../markdown/remark-block-uses';
import { remarkTrustedCode } from '../markdown/remark-trusted-code';
import { codeVersion } from './code-version';
import { checkHandWrittenHeaders, writeHeaders } from './headers';
import { keepOutputFolder } from './keep-output';
import { writeOfflineManifests } from './offline-manifests';
import { parseOptions, type TlumachUserOptions } from './options';
import { checkOutputFolder, markOutputFolder, OUTPUT_MARKER, outputFolderKey, removeStaleFiles } from './output-folder';
import { placeNotFoundPages, writeSearchIndex } from './pagefind';
import { relativeBuiltUrls } from './relative-assets';
import { showSavedCopies, writeSavedCopies } from './saved-copies';
import { startCardStep } from './social-cards';
import { localeCodes } from '../i18n/locales';
import { checkSite } from './site-address';
import sitemap from './sitemap';
import { virtualModules } from './virtual-modules';

const EXPLAINER_ROUTE = '/[locale]/explainers/[slug]';
const SITEMAP_FILE = /^sitemap-(index|\d+)\.xml$/;

/**
 * Tlumach as one Astro integration: list `tlumach({ … })` once in astro.config.mjs.
 * Its options (the site's name, publisher, logo, accent) are validated here and reach
 * the pages through virtual modules. It adds @astrojs/mdx for the few explainers that
 * import their own components, and runs the steps after the build in order.
 */
export default function tlumach(userOptions: TlumachUserOptions = {}): AstroIntegration {
  const options = parseOptions(userOptions);
  const siteMap = sitemap();
  let cacheDir: URL;
  let base = '/';
  let primary = '';
  let buildStarted = '';
  let outputFolder = '';
  let projectRoot = '';
  let incremental = false;
  let version = '';
  let cards: ReturnType<typeof startCardStep> | undefined;

  /** The steps after Astro has written the pages, in order. */
  async function afterBuild(
    hook: HookParameters<'astro:build:done'>,
    outDir: string,
    started: number,
    pages: Set<string>,
  ) {
    const { logger } = hook;
    // 1. Files earlier builds left that this one did not write go first, before
    //    Pagefind reads dist/ (its own folder is pruned by the index step).
    const removed = removeStaleFiles(outDir, started, pages, [OUTPUT_MARKER, 'pagefind', 'copies', SITEMAP_FILE]);
    if (removed > 0) logger.info(`removed ${removed} files left from earlier builds`);
    // 2. Each language's 404 page goes where static hosts look for it; the sitemap
    //    and the search index read the pages where they will be served.
    await placeNotFoundPages(outDir);
    // 3. Pagefind indexes in its own process while the sitemap is written here
    //    (anew: a site that shrank has fewer sitemap files) and each language is packed
    //    into a zip to pass on (saved-copies.ts).
    for (const name of readdirSync(outDir)) if (SITEMAP_FILE.test(name)) unlinkSync(join(outDir, name));
    const [, , copies] = await allSettled([
      writeSearchIndex(outDir, cacheDir, (message) => logger.info(message)),
      siteMap.hooks['astro:build:done']?.(hook),
      writeSavedCopies({
        outDir,
        primary,
        siteName: (l) => options.name[l] ?? options.name.en,
        version,
        recordFile: fileURLToPath(new URL(`tlumach-copies-${outputFolderKey(outDir)}.json`, cacheDir)),
        log: (m) => logger.info(m),
      }),
    ]);
    // 4. The "other ways to read" pages show the copies' size and date, after the index read them.
    showSavedCopies(outDir, copies);
    // 5. What "Save for offline reading" stores per language, the pages and index above included.
    const factsFile = fileURLToPath(new URL(`tlumach-files-${outputFolderKey(outDir)}.json`, cacheDir));
    await writeOfflineManifests(outDir, base, factsFile, (message) => logger.info(message));
  }

  return {
    name: 'tlumach',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute, logger }) => {
        if (command === 'build') {
          checkSite(config.site, logger);
          checkHandWrittenHeaders(config.publicDir);
          // Before anything is written or deleted there.
          checkOutputFolder(fileURLToPath(config.outDir), startedFile(config.cacheDir, config.outDir));
        }
        if (options.logo && !existsSync(new URL(options.logo, config.publicDir))) {
          throw new Error(
            `tlumach.logo: "${options.logo}" is not a file in public/.\nHint: put the logo in public/ and give its path there, e.g. logo: "logo.svg".`,
          );
        }
        for (const file of options.trustedCode) {
          if (!existsSync(new URL(file, config.root)))
            logger.warn(`tlumach.trustedCode: "${file}" is not a file; remove it from the list or correct the path.`);
        }
        // Pages keep a key for Astro's incremental build; TLUMACH_RENDER_CACHE=off renders every page.
        incremental = command === 'build' && process.env.TLUMACH_RENDER_CACHE !== 'off';
        // A build draws the cards in its own step (social-cards.ts); the dev server, when asked.
        if (command === 'dev' && options.socialCards) {
          injectRoute({
            pattern: '/[locale]/explainers/[slug]/card.png',
            entrypoint: new URL('./dev-card-route.ts', import.meta.url),
          });
        }
        const root = fileURLToPath(config.root);
        version = codeVersion(root, [config.site, config.base, config.trailingSlash, config.build.format]);
        updateConfig({
          // Explainers are compiled in the content layer (src/lib/content-layer/explainer-loader.ts); only
          // those trusted with code go through MDX, with the same markup allowlist, external-link
          // rule and their blocks recorded for the same checks.
          integrations: [
            mdx({
              processor: unified({
                smartypants: false,
                remarkPlugins: [[remarkTrustedCode, { trustedCode: options.trustedCode }], remarkBlockUses],
                rehypePlugins: [[rehypeExternalLinks, { site: config.site }]],
              }),
            }),
          ],
          experimental: { incrementalBuild: incremental },
          vite: {
            ...keepOutputFolder,
            ...relativeBuiltUrls,
            plugins: [virtualModules(options, { incremental, codeVersion: version })],
          },
        });
      },
      'astro:config:done': async (hook) => {
        cacheDir = hook.config.cacheDir;
        base = hook.config.base.endsWith('/') ? hook.config.base : `${hook.config.base}/`;
        buildStarted = startedFile(hook.config.cacheDir, hook.config.outDir);
        outputFolder = fileURLToPath(hook.config.outDir);
        projectRoot = fileURLToPath(hook.config.root);
        primary = hook.config.site ? new URL(base, hook.config.site).href : '';
        await siteMap.hooks['astro:config:done']?.(hook);
      },
      // The sitemap lists the routes Astro resolved.
      'astro:routes:resolved': async (hook) => {
        await siteMap.hooks['astro:routes:resolved']?.(hook);
      },
      'astro:build:start': () => {
        // The file system's own clock: a file written after this has a later or equal mtime.
        mkdirSync(join(buildStarted, '..'), { recursive: true });
        writeFileSync(buildStarted, '');
        markOutputFolder(outputFolder);
        if (options.socialCards) {
          const keysFile = fileURLToPath(new URL(`tlumach-cards-${outputFolderKey(outputFolder)}.json`, cacheDir));
          cards = startCardStep({ root: projectRoot, outDir: outputFolder, keysFile, reuse: incremental });
        }
      },
      'astro:build:done': async (hook) => {
        const { dir, assets, logger } = hook;
        const outDir = fileURLToPath(dir);
        const started = statSync(buildStarted).mtimeMs;
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        // Written again below: each language's 404 page, moved, and the sitemap.
        for (const locale of localeCodes) pages.add(join(outDir, locale, '404.html'));
        // Files the incremental build reused keep their old mtime.
        const written = (route: string) => {
          const files = (assets.get(route) ?? []).map((url) => fileURLToPath(url));
          const fresh = files.filter((file) => statSync(file).mtimeMs >= started).length;
          return [fresh, files.length - fresh] as const;
        };
        const [rendered, reusedPages] = written(EXPLAINER_ROUTE);
        logger.info(`explainer pages: ${rendered} rendered, ${reusedPages} from the cache`);
        // The social cards may still be drawing: no step below reads them, so they finish meanwhile.
        const cardsDrawn = cards?.finish();
        cardsDrawn?.catch(() => {}); // reported below, after the steps
        if (cards) for (const file of cards.files()) pages.add(file);
        try {
          await afterBuild(hook, outDir, started, pages);
        } catch (error) {
          await cardsDrawn?.catch(() => {});
          throw error;
        }
        if (cardsDrawn) {
          const { drawn, reused } = await cardsDrawn;
          logger.info(`social cards: ${drawn} drawn, ${reused} from the cache`);
        }
        // Last, _headers gets a caching rule for every file written before it, Pagefind's included.
        await writeHeaders(outDir, base, (message) => logger.info(message));
      },
    },
  };
}

/** The file in the cache directory whose mtime is when the last build into `outDir` started. */
function startedFile(cacheDir: URL, outDir: URL): string {
  return fileURLToPath(new URL(`tlumach-build-started-${outputFolderKey(outDir)}`, cacheDir));
}

/**
 * Like Promise.all, but a step that fails is reported only once every other step has
 * stopped: a zip still being written must not outlive the build that failed.
 */
async function allSettled<T extends readonly unknown[]>(
  steps: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(steps);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}
