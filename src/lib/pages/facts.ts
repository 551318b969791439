import type { z } from 'astro/zod';
import { collectionNames, sharedCollections, type Collection } from '../../schemas/shared';

export type { Collection };

/** A record of a shared collection, as code reads it. */
export type SharedRecord<C extends Collection> = z.infer<(typeof sharedCollections)[C]['schema']>;

export type Person = SharedRecord<'people'>;
export type Organisation = SharedRecord<'organisations'>;
export type Source = SharedRecord<'sources'>;
export type TimelineEvent = SharedRecord<'events'>;
export type GlossaryTerm = SharedRecord<'glossary'>;
export type Topic = SharedRecord<'topics'>;

/** The shared collections, each record keyed by id: written once, rendered in every language. */
export type SharedFacts = { [C in Collection]: Map<string, SharedRecord<C>> } & {
  /** Where each collection is written, for messages ("content/people.yaml"). */
  files: Record<Collection, string>;
};

/** How messages name one record of a collection. */
export const recordNoun = Object.fromEntries(collectionNames.map((c) => [c, sharedCollections[c].noun])) as Record<
  Collection,
  string
>;
