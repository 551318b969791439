import { ContentError, didYouMean } from '../errors';
import { recordNoun, type Collection, type SharedFacts } from './facts';

/** What to say about an id that names no record: near matches, and where a new one goes. */
export function unknownRecord(facts: SharedFacts, collection: Collection, id: string) {
  return {
    message: `unknown ${recordNoun[collection]} "${id}".`,
    hint: `${didYouMean(id, facts[collection].keys())} A new ${recordNoun[collection]} goes in ${facts.files[collection]}.`,
  };
}

/** `about` names people or organisations: an id of neither collection. */
export function unknownAbout(facts: SharedFacts, id: string) {
  const known = [...facts.people.keys(), ...facts.organisations.keys()];
  return {
    message: `"${id}" is neither a person nor an organisation.`,
    hint: `${didYouMean(id, known)} about lists ids from ${facts.files.people} and ${facts.files.organisations}.`,
  };
}

/** Events point at people, organisations, a source and topics: each id must exist. */
export function checkRecordReferences(facts: SharedFacts): void {
  for (const event of facts.events.values()) {
    const lists: [Collection, string, readonly string[] | undefined][] = [
      ['people', 'people', event.people],
      ['organisations', 'organisations', event.organisations],
      ['sources', 'source', event.source === undefined ? undefined : [event.source]],
      ['topics', 'topics', event.topics],
    ];
    for (const [collection, field, ids] of lists) {
      for (const id of ids ?? []) {
        if (facts[collection].has(id)) continue;
        throw new ContentError({
          file: facts.files.events,
          field: `${event.id}.${field}`,
          ...unknownRecord(facts, collection, id),
        });
      }
    }
  }
}

/** A person's or an organisation's portrait names a picture in the media collection. */
export function checkPortraits(facts: SharedFacts): void {
  for (const collection of ['people', 'organisations'] as const) {
    for (const record of facts[collection].values()) {
      if (record.portrait === undefined || facts.media.has(record.portrait)) continue;
      throw new ContentError({
        file: facts.files[collection],
        field: `${record.id}.portrait`,
        ...unknownRecord(facts, 'media', record.portrait),
      });
    }
  }
}
