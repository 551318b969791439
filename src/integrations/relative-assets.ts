/**
 * Vite writes the URLs it puts inside built scripts (the chunks a dynamic import preloads)
 * and stylesheets (url()) from the host's root by default. Relative to the file that names
 * them, they work wherever the site is served, like the pages' own links
 * (src/lib/pages/relative-links.ts). The server build is left alone: its URLs end up in
 * pages, which are made relative as they render.
 */
export const relativeBuiltUrls = {
  experimental: {
    renderBuiltUrl: (_file: string, context: { hostType: 'js' | 'css' | 'html'; ssr: boolean }) =>
      context.ssr || context.hostType === 'html' ? undefined : { relative: true },
  },
} as const;
