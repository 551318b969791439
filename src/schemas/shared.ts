import { z } from 'astro/zod';
import { idSchema, isoDaySchema, localizedTextSchema, webAddressSchema } from './common';

const linkSchema = z.object({ label: z.string().min(1), url: webAddressSchema }).strict();

export const personSchema = z
  .object({ id: idSchema, name: localizedTextSchema, role: localizedTextSchema, links: z.array(linkSchema).optional() })
  .strict();

export const organisationSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    role: localizedTextSchema,
    links: z.array(linkSchema).optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: idSchema,
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: webAddressSchema,
    date: isoDaySchema,
    /** BCP-47 language of the original, not necessarily one of the site's. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  })
  .strict();

export const eventSchema = z
  .object({
    id: idSchema,
    date: isoDaySchema,
    text: localizedTextSchema,
    people: z.array(idSchema).optional(),
    organisations: z.array(idSchema).optional(),
    source: idSchema.optional(),
    topics: z.array(idSchema).optional(),
  })
  .strict();

export const glossarySchema = z
  .object({ id: idSchema, term: localizedTextSchema, definition: localizedTextSchema })
  .strict();

export const topicSchema = z.object({ id: idSchema, label: localizedTextSchema }).strict();

/**
 * THE list of shared collections: each is one YAML file, content/<name>.yaml, of records
 * written once for every language. The content config, the types, the record lookups
 * and the messages (`noun`) all derive from it.
 */
export const sharedCollections = {
  people: { schema: personSchema, noun: 'person' },
  organisations: { schema: organisationSchema, noun: 'organisation' },
  sources: { schema: sourceSchema, noun: 'source' },
  events: { schema: eventSchema, noun: 'event' },
  glossary: { schema: glossarySchema, noun: 'glossary term' },
  topics: { schema: topicSchema, noun: 'topic' },
} as const;

export type Collection = keyof typeof sharedCollections;

export const collectionNames = Object.keys(sharedCollections) as Collection[];
