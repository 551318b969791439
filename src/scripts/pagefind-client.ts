/** The subset of Pagefind's browser API we use (pagefind.js, loaded on demand). */
export interface PagefindResult {
  /** "<lang>_<hash>": the index language comes first. */
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindInstance {
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  preload: (query: string, options?: Record<string, unknown>) => Promise<void>;
}
interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}

let loading: Promise<PagefindInstance> | undefined;
let failures = 0;

/**
 * Loads Pagefind on first use only, so pages that never search pay nothing for it.
 * The search runs on the main thread (noWorker): the index is small per query and
 * this saves the ~12 kB worker download on a reader's first search. `root` is the
 * site's root URL as served (site-root.ts): the bundle and the index are fetched from
 * there, and results link there, whatever address the site was built for.
 *
 * A failed load (a dropped connection) is not kept: the next search tries again. The
 * browser remembers a module that failed to load under its URL, so a retry asks for
 * the same file under another one (`pagefind.js?retry=1`).
 */
export function loadPagefind(root: string): Promise<PagefindInstance> {
  const url = `${root}pagefind/pagefind.js${failures > 0 ? `?retry=${failures}` : ''}`;
  loading ??= import(/* @vite-ignore */ url)
    .then((module: PagefindModule) =>
      module.createInstance({
        basePath: `${root}pagefind/`,
        baseUrl: resultBase(root),
        noWorker: true,
        excerptLength: 24,
      }),
    )
    .catch((error: unknown) => {
      failures++;
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Pagefind prefixes result URLs with this: the root's path on this host. */
export function resultBase(root: string): string {
  return new URL(root).pathname;
}
