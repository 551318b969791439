/**
 * The one place Tlumach relies on how Astro builds rather than on its documented API:
 * Astro empties the output folder before a build unless Vite's `build.emptyOutDir` is
 * false (astro/dist/core/build/static-build.js reads it). Keeping dist/ lets pages an
 * incremental build skips stay where they are, instead of being copied back from
 * Astro's cache, and lets each language's search index be reused.
 * tests/unit/astro-private.test.ts fails, naming this file, when Astro stops reading it.
 */
export const keepOutputFolder = { build: { emptyOutDir: false } } as const;
