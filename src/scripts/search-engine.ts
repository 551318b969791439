import { localeCodes, localeInfo, type Locale } from '../i18n/locales';
import { oftenNamedQuery, queryVariants, type QueryVariant } from '../search/query-variants';
import { loadPagefind, resultBase, type PagefindInstance, type PagefindResult } from './pagefind-client';

export interface SearchOptions {
  /** Also search the other languages' indexes. */
  allLanguages: boolean;
  /** A topic id from explainer frontmatter, or none. */
  topic?: string | undefined;
}

export interface RankedResult {
  id: string;
  locale: Locale;
  score: number;
  data: PagefindResult['data'];
}

/**
 * Runs a reader's query against Pagefind. The query is rewritten into a few
 * Pagefind queries (stems, stem spellings, name keys; see src/search/), each is
 * searched, and the results are merged by page, keeping the best-scoring match so
 * its excerpt highlights the words that matched.
 */
/** As many results as the first screen shows: below that, name keys are tried too. */
const enoughResults = 5;

export class SearchEngine {
  private merged: Promise<void> | undefined;

  constructor(
    private readonly locale: Locale,
    /** The site's root URL as served (site-root.ts). */
    private readonly root: string,
  ) {}

  /** Loads Pagefind's code, wasm and the index's page list, without searching. */
  async warmUp(): Promise<void> {
    await (await loadPagefind(this.root)).preload('');
  }

  async search(query: string, options: SearchOptions): Promise<RankedResult[]> {
    const pagefind = await loadPagefind(this.root);
    if (options.allLanguages) await this.mergeOtherLanguages(pagefind);
    const locales = options.allLanguages ? localeCodes : [this.locale];
    const filters: Record<string, string[]> = options.topic ? { topic: [options.topic] } : {};
    const variants = queryVariants(query, locales);
    const best = new Map<string, RankedResult>();
    // Words as spelled first; name keys only when those found less than a page of
    // results, or when searching all languages (where spellings of names differ).
    // Name keys sit in their own index chunk, a download a first search often skips.
    const spelled = variants.filter((v) => !v.byNameKey);
    await this.searchVariants(pagefind, options.allLanguages ? variants : spelled, filters, best);
    if (!options.allLanguages && best.size < enoughResults && spelled.length < variants.length) {
      await this.searchVariants(
        pagefind,
        variants.filter((v) => v.byNameKey),
        filters,
        best,
      );
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /** Runs each variant and keeps, per page, the best-scoring match (its excerpt highlights what matched). */
  private async searchVariants(
    pagefind: PagefindInstance,
    variants: QueryVariant[],
    filters: Record<string, string[]>,
    best: Map<string, RankedResult>,
  ): Promise<void> {
    const often = variants.filter((v) => v.byNameKey).map((v) => ({ ...v, query: oftenNamedQuery(v.query) }));
    // Fetch every index chunk the searches need at once, then search one by one from memory.
    await Promise.all([...variants, ...often].map((v) => pagefind.preload(v.query, { filters })));
    for (const variant of variants) {
      for (const result of await this.resultsFor(pagefind, variant, filters)) {
        const known = best.get(result.id);
        if (!known || result.score > known.score) best.set(result.id, result);
      }
    }
    // Pages that name the person often (index-terms.ts) come before those naming them once.
    for (const variant of often) {
      for (const result of await this.resultsFor(pagefind, variant, filters)) {
        const known = best.get(result.id);
        if (known) known.score += result.score;
      }
    }
  }

  /** A variant's results, without pages in languages it was not made for. */
  private async resultsFor(
    pagefind: PagefindInstance,
    variant: QueryVariant,
    filters: Record<string, string[]>,
  ): Promise<RankedResult[]> {
    const found = await pagefind.search(variant.query, { filters });
    return (found?.results ?? []).flatMap((result) => {
      const locale = localeOfResult(result.id);
      // A variant built for one language's spelling only counts for that language's pages.
      return locale && variant.locales.includes(locale) ? [{ ...result, locale }] : [];
    });
  }

  /**
   * Pagefind picks its primary index from <html lang> and skips mergeIndex() for
   * the path it already uses, so the other languages are merged through the same
   * bundle under its absolute URL; each keeps its own index.
   */
  private mergeOtherLanguages(pagefind: PagefindInstance): Promise<void> {
    this.merged ??= (async () => {
      const bundle = `${this.root}pagefind/`;
      for (const other of localeCodes.filter((l) => l !== this.locale)) {
        // Weighted down, so that the reader's own language stays first among close matches.
        await pagefind.mergeIndex(bundle, {
          language: localeInfo(other).lang,
          baseUrl: resultBase(this.root),
          indexWeight: 0.5,
        });
      }
    })().catch((error: unknown) => {
      // As with loading Pagefind: a failed merge is tried again by the next search.
      this.merged = undefined;
      throw error;
    });
    return this.merged;
  }
}

function localeOfResult(id: string): Locale | undefined {
  const lang = id.slice(0, id.lastIndexOf('_'));
  return localeCodes.find((l) => localeInfo(l).lang === lang);
}
