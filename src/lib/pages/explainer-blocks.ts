import { render } from 'astro:content';
import type { BlockUse } from '../../markdown/compile-body';
import { blockUsesOf } from '../../markdown/remark-block-uses';
import { checkBlocks, type CheckedBlocks } from './block-checks';
import { getExplainers, type ExplainerEntry } from './explainers';
import { getSharedFacts } from './shared-facts';
import { checkTranslationsAgree } from './translation-agreement';

export interface BlockIndex {
  /** Each explainer file's citations and mentions, by entry id ("<slug>/<locale>"). */
  files: Map<string, CheckedBlocks>;
  /** Slugs of the explainers that mention a person or an organisation, by its id. */
  mentions: { people: Map<string, string[]>; organisations: Map<string, string[]> };
}

let cache: Promise<BlockIndex> | undefined;

/**
 * Checks the blocks of every explainer against the shared collections once per build,
 * before any page renders them: the first page built fails on any file's mistake,
 * naming that file.
 */
export function getBlockIndex(): Promise<BlockIndex> {
  cache ??= build();
  return cache;
}

/** The blocks compileBody recorded, or (for an MDX explainer) those the remark plugin did. */
async function blocksOf(entry: ExplainerEntry): Promise<readonly BlockUse[]> {
  if (entry.data.computed.bodyFile) return entry.data.computed.blocks as BlockUse[];
  return blockUsesOf((await render(entry)).remarkPluginFrontmatter);
}

async function build(): Promise<BlockIndex> {
  const [facts, explainers] = await Promise.all([getSharedFacts(), getExplainers()]);
  const slugs = new Set(explainers.keys());
  const index: BlockIndex = { files: new Map(), mentions: { people: new Map(), organisations: new Map() } };
  for (const explainer of explainers.values()) {
    const files = await Promise.all(
      Object.values(explainer.translations).map(async (entry) => ({
        entry,
        file: entry.filePath ?? `content/explainers/${entry.id}.mdx`,
        blocks: await blocksOf(entry),
      })),
    );
    for (const { entry, file, blocks } of files) {
      const checked = checkBlocks(
        { file, slug: explainer.slug, topics: entry.data.topics ?? [], about: entry.data.about ?? [], blocks },
        facts,
        slugs,
      );
      index.files.set(entry.id, checked);
      addMentions(index.mentions.people, checked.people, explainer.slug);
      addMentions(index.mentions.organisations, checked.organisations, explainer.slug);
    }
    const original = files.find((f) => f.entry === explainer.translations[explainer.source])!;
    checkTranslationsAgree(
      original,
      files.filter((f) => f !== original),
    );
  }
  return index;
}

function addMentions(mentions: Map<string, string[]>, ids: Iterable<string>, slug: string): void {
  for (const id of ids) {
    const slugs = mentions.get(id) ?? [];
    if (!slugs.includes(slug)) slugs.push(slug);
    mentions.set(id, slugs);
  }
}
