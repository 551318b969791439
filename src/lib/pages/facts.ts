import type { ImageMetadata } from 'astro';
import type { z } from 'astro/zod';
import type { PictureFile } from '../content-layer/image-files';
import { collectionNames, sharedCollections, type Collection } from '../../schemas/shared';

export type { Collection };

/** A record of a shared collection, as code reads it (a media record's picture is Astro image metadata). */
export type SharedRecord<C extends Collection> = C extends 'media'
  ? Omit<z.infer<(typeof sharedCollections)['media']['schema']>, 'src'> & { src: ImageMetadata; file: PictureFile }
  : z.infer<(typeof sharedCollections)[C]['schema']>;

export type Person = SharedRecord<'people'>;
export type Organisation = SharedRecord<'organisations'>;
export type Source = SharedRecord<'sources'>;
export type TimelineEvent = SharedRecord<'events'>;
export type GlossaryTerm = SharedRecord<'glossary'>;
export type Topic = SharedRecord<'topics'>;
export type Media = SharedRecord<'media'>;
export type Dataset = SharedRecord<'datasets'>;

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
