/** A _headers rule: a path pattern and the headers every response matching it gets. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

export interface Entry {
  name: string;
  isDirectory: boolean;
}

/** Content-hashed names change whenever their content does: cache them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its name across deploys: ask the host each time (a cheap 304). */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

// Pagefind names index files by content hash ("pagefind.uk_b06b939f92.pf_meta",
// "fragment/uk_482248d.pf_fragment"), but not pagefind.js, pagefind-entry.json (which
// points at the current hashes), its worker or its wasm: those must be revalidated, or
// a reader could load an old entry naming index files the last deploy removed.
const HASHED_PAGEFIND_FILE = /_[0-9a-f]{6,}\.pf_[a-z]+$/;
const HASHED_PAGEFIND_FOLDERS = new Set(['fragment', 'index', 'filter']);

/**
 * One Cache-Control rule per top-level entry of dist/ (and per file of dist/pagefind/),
 * so that exactly one rule sets Cache-Control for any file the site serves.
 */
export function cacheRules(top: readonly Entry[], pagefind: readonly Entry[]): HeaderRule[] {
  const rule = (path: string, value: string): HeaderRule => ({ path, headers: [['Cache-Control', value]] });
  const rules: HeaderRule[] = [];
  for (const { name, isDirectory } of [...top].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === '_headers' || name === '_redirects') continue;
    if (name === '_astro') rules.push(rule('/_astro/*', IMMUTABLE));
    else if (name === 'pagefind' && isDirectory) {
      for (const file of [...pagefind].sort((a, b) => a.name.localeCompare(b.name))) {
        if (file.isDirectory)
          rules.push(rule(`/pagefind/${file.name}/*`, HASHED_PAGEFIND_FOLDERS.has(file.name) ? IMMUTABLE : REVALIDATE));
        else rules.push(rule(`/pagefind/${file.name}`, HASHED_PAGEFIND_FILE.test(file.name) ? IMMUTABLE : REVALIDATE));
      }
    } else if (isDirectory) rules.push(rule(`/${name}/*`, REVALIDATE));
    else {
      if (name === 'index.html') rules.push(rule('/', REVALIDATE));
      rules.push(rule(`/${name}`, REVALIDATE));
    }
  }
  return rules;
}

/** Rules as _headers text, each path under `base` ("/explainers/"). */
export function formatRules(rules: readonly HeaderRule[], base: string): string {
  return rules
    .map(({ path, headers }) =>
      [prefixPath(path, base), ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n');
}

/** Moves the rule paths of a hand-written _headers file under `base`. */
export function prefixRulePaths(text: string, base: string): string {
  return text.replace(/^\/\S*/gm, (path) => prefixPath(path, base));
}

function prefixPath(path: string, base: string): string {
  return base.replace(/\/$/, '') + path;
}
