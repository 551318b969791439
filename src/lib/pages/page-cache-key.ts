import { createHash } from 'node:crypto';
import build from 'virtual:tlumach/build';
import { getBlockIndex } from './explainer-blocks';
import { getExplainers, type Explainer } from './explainers';
import type { Collection } from './facts';
import { getSharedFacts } from './shared-facts';
import type { CardText } from './social-card';

/**
 * The key of everything an explainer page shows, for Astro's incremental build: a page
 * whose key and code are unchanged is not rendered again. It covers
 * - the code version (src/, locales/, dependencies, site settings: see the integration);
 * - every shared record (people, sources, glossary… any page may show any of them);
 * - every explainer's frontmatter (titles, topics, dates: the search dialog's topic list
 *   and the links between explainers come from there);
 * - this explainer in every language, body included (its page shows the translation,
 *   the source it falls back to, the switcher and the translation notices);
 * - the explainers its Related blocks link to.
 * Explainers that are real MDX (they import their own components) get no key: their
 * pages are always rendered. Without incremental builds (dev, TLUMACH_RENDER_CACHE=off)
 * there is no key either.
 */
export async function explainerCacheKey(explainer: Explainer): Promise<string | undefined> {
  if (!build.incremental) return undefined;
  const explainers = await getExplainers();
  const related = relatedSlugs(explainer).map((slug) => explainers.get(slug));
  const texts = [explainer, ...related].map((e) => (e ? translationsKey(e) : undefined));
  if (texts.some((text) => text === undefined)) return undefined;
  return hash([await siteKeyOnce(), ...(texts as string[])]);
}

/**
 * A translation's frontmatter and compiled body (its file name is a hash of the source),
 * and its pictures by content hash: Astro's image metadata is left out, because reading
 * it would make the build copy every original picture into dist/ (see PictureFile).
 */
function translationsKey(explainer: Explainer): string | undefined {
  const entries = Object.values(explainer.translations);
  if (entries.some((entry) => !entry?.data.computed.bodyFile)) return undefined;
  return JSON.stringify(
    entries.map((entry) => {
      const { images: _, ...computed } = entry!.data.computed;
      return [entry!.id, { ...entry!.data, computed }];
    }),
  );
}

/**
 * The key of a social card: the code version and what the card shows (its text, and its
 * picture by file and content hash), nothing else, so a card is drawn again only when
 * what it shows (or the code) changes. The build's card step decides whether to use it.
 */
export function cardCacheKey(text: CardText): string {
  return hash([build.codeVersion, JSON.stringify(text)]);
}

let siteKey: Promise<string> | undefined;

function siteKeyOnce(): Promise<string> {
  siteKey ??= (async () => {
    // The checks of every explainer's blocks run on every build, whether pages are rendered or not.
    await getBlockIndex();
    const facts = await getSharedFacts();
    // A media record's picture is in the key by its hash (`file`), not by Astro's metadata.
    const records = (c: Collection) =>
      c === 'media' ? [...facts.media].map(([id, { src: _, ...media }]) => [id, media]) : [...facts[c]];
    const shared = (Object.keys(facts.files) as Collection[]).map((c) => [c, records(c)]);
    const frontmatter = [...(await getExplainers()).values()].flatMap((explainer) =>
      Object.values(explainer.translations).map((entry) => {
        const { computed: _, ...fields } = entry!.data;
        return [entry!.id, fields];
      }),
    );
    return hash([build.codeVersion, JSON.stringify(shared), JSON.stringify(frontmatter)]);
  })();
  return siteKey;
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
