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
 * this saves the ~12 kB worker download on a reader's first search.
 *
 * A failed load (a dropped connection) is not kept: the next search tries again. The
 * browser remembers a module that failed to load under its URL, so a retry asks for
 * the same file under another one (`pagefind.js?retry=1`).
 */
export function loadPagefind(base: string): Promise<PagefindInstance> {
  const url = `${base}pagefind/pagefind.js${failures > 0 ? `?retry=${failures}` : ''}`;
  loading ??= import(/* @vite-ignore */ url)
    .then((module: PagefindModule) =>
      module.createInstance({ basePath: `${base}pagefind/`, baseUrl: base, noWorker: true, excerptLength: 24 }),
    )
    .catch((error: unknown) => {
      failures++;
      loading = undefined;
      throw error;
    });
  return loading;
}
