/**
 * Where a build writes its output and keeps its caches, from the environment: OUT_DIR
 * (default ./dist) and, for another content tree (CONTENT_DIR, used by tests and the
 * benchmark), a cache folder of its own, so builds never share a data store. Paths are
 * relative to the project. astro.config.mjs and the build entry (src/cli/build.ts),
 * which looks at the output and the cache before Astro starts, both read them here.
 */
export function buildFolders(env: Record<string, string | undefined>): { outDir: string; cacheDir: string } {
  return {
    outDir: env.OUT_DIR ?? './dist',
    cacheDir: env.CONTENT_DIR
      ? `./node_modules/.astro-${env.CONTENT_DIR.replace(/\W+/g, '_')}`
      : './node_modules/.astro',
  };
}
