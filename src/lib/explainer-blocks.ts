import { render } from 'astro:content';
import { blockUsagesOf } from './block-usage';
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
 * Checks the components of every explainer once per build, before any page renders
 * them, so the first page built fails on any file's mistake with that file's name.
 */
export function getBlockIndex(): Promise<BlockIndex> {
  cache ??= build();
  return cache;
}

export function fileOf(entry: ExplainerEntry): string {
  return entry.filePath ?? `content/explainers/${entry.id}.mdx`;
}

async function build(): Promise<BlockIndex> {
  const [facts, explainers] = await Promise.all([getSharedFacts(), getExplainers()]);
  const slugs = new Set(explainers.keys());
  const entries = [...explainers.values()].flatMap((e) => Object.values(e.translations));
  const usages = new Map(
    await Promise.all(
      entries.map(async (entry) => [entry.id, blockUsagesOf((await render(entry)).remarkPluginFrontmatter)] as const),
    ),
  );
  const index: BlockIndex = { files: new Map(), mentions: { people: new Map(), organisations: new Map() } };
  for (const explainer of explainers.values()) {
    const files = Object.values(explainer.translations).map((entry) => ({
      entry,
      file: fileOf(entry),
      usages: usages.get(entry.id) ?? [],
    }));
    for (const { entry, file, usages } of files) {
      const checked = checkBlocks(
        { file, slug: explainer.slug, topics: entry.data.topics ?? [], usages },
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
