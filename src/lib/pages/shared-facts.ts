import { getCollection } from 'astro:content';
import { collectionNames } from '../../schemas/shared';
import type { SharedFacts } from './facts';
import { checkDatasets } from './datasets';
import { checkPortraits, checkRecordReferences } from './record-references';

let cache: Promise<SharedFacts> | undefined;

/**
 * Every shared collection, read once per build and keyed by id: blocks and pages look
 * records up thousands of times, so none of them calls getCollection itself.
 */
export function getSharedFacts(): Promise<SharedFacts> {
  cache ??= load();
  return cache;
}

async function load(): Promise<SharedFacts> {
  const collections = await Promise.all(collectionNames.map((name) => getCollection(name)));
  const facts = { files: {} } as Record<string, unknown> & { files: Record<string, string> };
  collectionNames.forEach((name, i) => {
    const entries = collections[i]!;
    facts[name] = new Map(entries.map((e) => [e.id, e.data]));
    facts.files[name] = entries[0]?.filePath ?? `content/${name}.yaml`;
  });
  const shared = facts as unknown as SharedFacts;
  checkRecordReferences(shared);
  checkPortraits(shared);
  checkDatasets(shared);
  return shared;
}
