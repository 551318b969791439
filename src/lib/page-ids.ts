/**
 * Every element id the layout and components write on a page, in one place: an
 * explainer's heading ids (src/markdown/heading-ids.ts) keep clear of them, so
 * "## Main" or "## Source 1" cannot take the skip link's or a citation's target.
 * tests/build/page-ids.test.ts checks that every id in the built site is listed here.
 */
export const pageIds = [
  'main', // BaseLayout: the skip link's target
  'changes', // ChangesList
  'changes-title',
  'sources-title', // SourcesList
  'toc-title', // TableOfContents
  'browse-title', // BrowseLinks
  'search-dialog-title', // SearchDialog
  'search-dialog-q', // SearchPanel, with idPrefix "search-dialog" and "search-page"
  'search-page-q',
  'timeline', // topic pages
  'addresses', // the "other ways to read" page
  'offline',
  'copy',
  'feed',
] as const;

/** Numbered ids: `source-1` (SourcesList), and BlockContext.uniqueId's `term-3`, `person-1`, … */
export const numberedIdPrefixes = [
  'source',
  'person',
  'organisation',
  'term',
  'key-facts',
  'timeline',
  'related',
  'chart-title', // Chart: its SVG's title and description
  'chart-desc',
] as const;

export type NumberedIdPrefix = (typeof numberedIdPrefixes)[number];

const exact = new Set<string>(pageIds);
const numbered = new RegExp(`^(?:${numberedIdPrefixes.join('|')})-\\d+$`);

/** Whether the layout or a component may write this id on a page. */
export function isPageId(id: string): boolean {
  return exact.has(id) || numbered.test(id);
}
