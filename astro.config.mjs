// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { localeCodes, sourceLocale } from './src/i18n/locales.ts';
import pagefind from './src/integrations/pagefind.ts';
import { remarkBlockUses } from './src/markdown/remark-block-uses.ts';
import sitemap from './src/integrations/sitemap.ts';
import headers from './src/integrations/headers.ts';
import dataStoreModule from './src/integrations/data-store-module.ts';
import renderCache from './src/integrations/render-cache.ts';
import incrementalOutput from './src/integrations/incremental-output.ts';
import rehypeExternalLinks from './src/lib/rehype-external-links.ts';

// SITE and BASE let one build target any host or sub-path (e.g. BASE=/explainers/).
const site = process.env.SITE ?? 'https://tlumach.example.org';
const base = process.env.BASE ?? '/';
// CONTENT_DIR (read in src/content.config.ts) and OUT_DIR let tests and the benchmark
// build other content trees; each gets its own cache so builds never share a data store.
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.CONTENT_DIR
  ? `./node_modules/.astro-${process.env.CONTENT_DIR.replace(/\W+/g, '_')}`
  : undefined;

export default defineConfig({
  site,
  base,
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Pages from the render cache mostly wait on file reads and writes: several at a time.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  i18n: {
    locales: localeCodes,
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Our sources already use typographic quotes; smartypants costs ~10 s per 3000 pages.
  // External links in explainers get rel="noopener noreferrer"; components write it themselves
  // (tests/build/external-links.test.ts holds every page to it).
  markdown: {
    processor: unified({
      smartypants: false,
      rehypePlugins: [[rehypeExternalLinks, { site }]],
      remarkPlugins: [remarkBlockUses],
    }),
  },
  // No inline <script>: everything must pass a strict Content-Security-Policy.
  vite: { build: { assetsInlineLimit: 0 } },
  // Explainers that need real MDX still report their blocks for checking (remark-block-uses.ts).
  // Order matters: files left from earlier builds go before Pagefind reads dist/, the
  // sitemap reads the pages pagefind has just placed (404s moved), and _headers gets a
  // caching rule for every file written before it, Pagefind's included.
  integrations: [mdx(), dataStoreModule(), renderCache(), incrementalOutput(), pagefind(), sitemap(), headers()],
});
