// @ts-check
import { defineConfig } from 'astro/config';
import { localeCodes, sourceLocale } from './src/i18n/locales.ts';
import { buildFolders } from './src/integrations/build-folders.ts';
import tlumach from './src/integrations/tlumach.ts';

// OUT_DIR and CONTENT_DIR (read in src/content.config.ts) let tests and the benchmark build
// other content trees; each gets its own cache so builds never share a data store.
const { outDir, cacheDir } = buildFolders(process.env);

export default defineConfig({
  // The site's address, stated once: canonical links, hreflang, the sitemap and the feeds
  // use it. SITE overrides it for another host; BASE serves the site under a sub-path.
  site: process.env.SITE ?? 'https://tlumach.example.org',
  base: process.env.BASE ?? '/',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Pages from the incremental build mostly wait on file reads and writes: several at a time.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  i18n: {
    locales: localeCodes,
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No inline <script>: everything must pass a strict Content-Security-Policy.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    tlumach({
      // TLUMACH_SOCIAL_CARDS=off builds without cards (the benchmark's --no-cards).
      ...(process.env.TLUMACH_SOCIAL_CARDS === 'off' ? { socialCards: false } : {}),
      name: { en: 'Tlumach', uk: 'Тлумач', be: 'Тлумач' },
      publisher: { name: 'Tlumach', url: 'https://tlumach.example.org/' },
      accent: { light: '#1d4ed8', dark: '#8fb1ff' },
    }),
  ],
});
