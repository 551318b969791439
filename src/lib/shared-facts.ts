import { getCollection } from 'astro:content';
import type { Collection, SharedFacts } from './facts';
import { checkRecordReferences } from './record-references';

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
  const [people, organisations, sources, events, glossary, topics] = await Promise.all([
    getCollection('people'),
    getCollection('organisations'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('glossary'),
    getCollection('topics'),
  ]);
  const byId = <T>(entries: { id: string; data: T }[]) => new Map(entries.map((e) => [e.id, e.data]));
  const fileOf = (name: Collection, entries: { filePath?: string | undefined }[]) =>
    entries[0]?.filePath ?? `content/${name}.yaml`;
  const facts: SharedFacts = {
    people: byId(people),
    organisations: byId(organisations),
    sources: byId(sources),
    events: byId(events),
    glossary: byId(glossary),
    topics: byId(topics),
    files: {
      people: fileOf('people', people),
      organisations: fileOf('organisations', organisations),
      sources: fileOf('sources', sources),
      events: fileOf('events', events),
      glossary: fileOf('glossary', glossary),
      topics: fileOf('topics', topics),
    },
  };
  checkRecordReferences(facts);
  return facts;
}
