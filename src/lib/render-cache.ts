import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import settings from 'virtual:tlumach/render-cache';
import { getBlockIndex } from './explainer-blocks';
import { getExplainers, type Explainer } from './explainers';
import type { Collection } from './facts';
import { getSharedFacts } from './shared-facts';

/** A page's place in the cache: the HTML a previous build made for the same inputs, if any. */
export interface CachedPage {
  /** UTF-8 bytes, as they go to dist/. */
  html: Uint8Array<ArrayBuffer> | undefined;
  store(html: string): Promise<void>;
}

/** How many explainer pages this build took from the cache and rendered (logged by the integration). */
export interface RenderCacheCounts {
  reused: number;
  rendered: number;
}
// Shared with the integration through the global object: the pages and the integrations
// run in one process but are separate module graphs.
const RENDER_CACHE_COUNTS = Symbol.for('tlumach.render-cache.counts');

function counts(): RenderCacheCounts {
  const global = globalThis as { [RENDER_CACHE_COUNTS]?: RenderCacheCounts };
  return (global[RENDER_CACHE_COUNTS] ??= { reused: 0, rendered: 0 });
}

/**
 * Explainer pages are most of a site, and a rebuild usually changes few of them, so
 * `astro build` keeps each one's HTML (dir/<locale>/<slug>.html, under Astro's cache
 * directory) with a key of everything the page shows:
 * - the code version (src/, locales/, dependencies, site settings: render-cache integration);
 * - every shared record (people, sources, glossary… any page may show any of them);
 * - every explainer's frontmatter (titles, topics, dates: the search dialog's topic list
 *   and the links between explainers come from there);
 * - the full text of this explainer in every language (its page shows the translation,
 *   the source it falls back to, the switcher and the translation notices);
 * - the full text of the explainers its Related blocks link to.
 * A page whose key is unchanged is served from the cache; any other is rendered.
 * Explainer bodies that are real MDX (they import their own components) are always rendered.
 */
export async function cachedExplainerPage(locale: string, slug: string): Promise<CachedPage | undefined> {
  if (!settings.dir) return undefined;
  const [explainers, siteKey] = await Promise.all([getExplainers(), siteKeyOnce()]);
  const explainer = explainers.get(slug);
  if (!explainer || Object.values(explainer.translations).some((e) => !e?.data.computed.bodyFile)) return undefined;

  const related = relatedSlugs(explainer).map((s) => explainers.get(s));
  const digests = [explainer, ...related].flatMap(textDigests);
  if (digests.some((d) => d === undefined)) return undefined;
  const key = hash([siteKey, ...(digests as string[])]);
  const file = join(settings.dir, locale, `${slug}.html`);
  // Kept as bytes: the page goes to dist/ as it is, with no decoding and encoding again.
  const cached = await readFile(file).catch(() => Buffer.alloc(0));
  const newline = cached.indexOf(0x0a);
  // (A file read into memory, never a SharedArrayBuffer, which is what the cast rules out.)
  const html =
    newline > 0 && cached.toString('latin1', 0, newline) === key
      ? (cached.subarray(newline + 1) as Uint8Array<ArrayBuffer>)
      : undefined;
  counts()[html === undefined ? 'rendered' : 'reused'] += 1;
  return {
    html,
    async store(html) {
      // Written whole, then renamed: another build of the project may be reading it.
      await mkdir(join(settings.dir!, locale), { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, `${key}\n${html}`);
      await rename(partial, file);
    },
  };
}

let siteKey: Promise<string> | undefined;

function siteKeyOnce(): Promise<string> {
  siteKey ??= (async () => {
    // The checks of every explainer's blocks run on every build, whether pages are cached or not.
    await getBlockIndex();
    const facts = await getSharedFacts();
    const shared = (Object.keys(facts.files) as Collection[]).map((c) => [c, [...facts[c]]]);
    const frontmatter = [...(await getExplainers()).values()].flatMap((explainer) =>
      Object.values(explainer.translations).map((entry) => {
        const { computed: _, ...fields } = entry!.data;
        return [entry!.id, fields];
      }),
    );
    return hash([settings.codeVersion, JSON.stringify(shared), JSON.stringify(frontmatter)]);
  })();
  return siteKey;
}

/**
 * Each translation's digest: explainer-loader.ts sets it to a hash of the whole file and
 * the content pipeline's version. Astro keeps it on entries without declaring it.
 */
function textDigests(explainer: Explainer | undefined): (string | undefined)[] {
  return Object.values(explainer?.translations ?? {}).map((entry) => {
    const digest = (entry as { digest?: string }).digest;
    return digest && `${entry!.id}:${digest}`;
  });
}

function relatedSlugs(explainer: Explainer): string[] {
  const slugs = Object.values(explainer.translations).flatMap((entry) =>
    entry!.data.computed.blocks.filter((b) => b.name === 'Related').flatMap((b) => b.props.ids as string[]),
  );
  return [...new Set(slugs)].sort();
}

function hash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
