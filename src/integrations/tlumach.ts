import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import rehypeExternalLinks from '../markdown/rehype-external-links';
import { remarkBlockUses } from '../markdown/remark-block-uses';
import { remarkTrustedCode } from '../markdown/remark-trusted-code';
import { type AfterBuildPlan, PLAN_FILE_VARIABLE, runStepsAfterBuild, SITEMAP_FILE, writePlan } from './after-build';
import { codeVersion } from './code-version';
import { checkHandWrittenHeaders } from './headers';
import { keepOutputFolder } from './keep-output';
import { parseOptions, type TlumachUserOptions } from './options';
import { checkOutputFolder, markOutputFolder, outputFolderKey } from './output-folder';
import { relativeBuiltUrls } from './relative-assets';
import { savedCopyTexts } from './saved-copy-text';
import { type CardHandOver, startCardStep } from './social-cards';
import { localeCodes } from '../i18n/locales';
import { checkSite } from './site-address';
import sitemap from './sitemap';
import { virtualModules } from './virtual-modules';

const EXPLAINER_ROUTE = '/[locale]/explainers/[slug]';

/**
 * Tlumach as one Astro integration: list `tlumach({ … })` once in astro.config.mjs.
 * Its options (the site's name, publisher, logo, accent) are validated here and reach
 * the pages through virtual modules. It adds @astrojs/mdx for the few explainers that
 * import their own components. After the build it writes the sitemap and runs the steps
 * after the build (after-build.ts), social cards left to draw included, or hands them to
 * the build command when it runs Astro.
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
        const written = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        // Written again by the steps after the build: each language's 404 page, moved.
        for (const locale of localeCodes) written.add(join(outDir, locale, '404.html'));
        // Files the incremental build reused keep their old mtime.
        const explainers = (assets.get(EXPLAINER_ROUTE) ?? []).map((url) => fileURLToPath(url));
        const rendered = explainers.filter((file) => statSync(file).mtimeMs >= started).length;
        logger.info(`explainer pages: ${rendered} rendered, ${explainers.length - rendered} from the cache`);
        // The sitemap needs Astro's routes, so it is written here (anew: a site that shrank has
        // fewer sitemap files) while the card workers go on drawing; then they stop.
        for (const name of readdirSync(outDir)) if (SITEMAP_FILE.test(name)) unlinkSync(join(outDir, name));
        let cardsLeft: CardHandOver | undefined;
        try {
          await siteMap.hooks['astro:build:done']?.(hook);
        } finally {
          cardsLeft = await cards?.handOver();
        }
        if (cards) for (const file of cards.files()) written.add(file);
        const plan: AfterBuildPlan = {
          outDir,
          cacheDir: fileURLToPath(cacheDir),
          base,
          primary,
          started,
          written: [...written],
          copyText: savedCopyTexts((locale) => options.name[locale] ?? options.name.en),
          version,
          cards: cardsLeft,
        };
        const planFile = process.env[PLAN_FILE_VARIABLE];
        if (planFile) {
          writePlan(planFile, plan);
          logger.info('the steps after the build run once Astro has exited');
        } else await runStepsAfterBuild(plan, (message) => logger.info(message));
      },
    },
  };
}

/** The file in the cache directory whose mtime is when the last build into `outDir` started. */
function startedFile(cacheDir: URL, outDir: URL): string {
  return fileURLToPath(new URL(`tlumach-build-started-${outputFolderKey(outDir)}`, cacheDir));
}
