import type { z } from 'astro/zod';
import type {
  eventSchema,
  glossarySchema,
  organisationSchema,
  personSchema,
  sourceSchema,
  topicSchema,
} from '../schemas/shared';

export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Topic = z.infer<typeof topicSchema>;

/** The shared collections, each record keyed by id: written once, rendered in every language. */
export interface SharedFacts {
  people: Map<string, Person>;
  organisations: Map<string, Organisation>;
  sources: Map<string, Source>;
  events: Map<string, TimelineEvent>;
  glossary: Map<string, GlossaryTerm>;
  topics: Map<string, Topic>;
  /** Where each collection is written, for messages ("content/people.yaml"). */
  files: Record<Collection, string>;
}

export type Collection = 'people' | 'organisations' | 'sources' | 'events' | 'glossary' | 'topics';

/** How messages name one record of a collection. */
export const recordNoun: Record<Collection, string> = {
  people: 'person',
  organisations: 'organisation',
  sources: 'source',
  events: 'event',
  glossary: 'glossary term',
  topics: 'topic',
};
