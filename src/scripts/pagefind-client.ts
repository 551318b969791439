/** The subset of Pagefind's browser API we use. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only, so pages that never search pay nothing for it. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base, excerptLength: 24 });
    return module;
  });
  return loading;
}
