import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import options from 'virtual:tlumach/config';
import { explainerLoader } from './lib/content-layer/explainer-loader';
import { yamlLoader } from './lib/content-layer/yaml-loader';
import { explainerEntrySchema } from './schemas/computed';
import { mirrorSchema } from './schemas/mirrors';
import { sharedCollections, type Collection } from './schemas/shared';

// CONTENT_DIR lets tests and the benchmark build another content tree with the same code.
const contentDir = process.env.CONTENT_DIR ?? './content';

/** A shared collection: one YAML file of records, each holding every language. */
function shared<S extends z.ZodObject<z.ZodRawShape>>(name: Collection, schema: S) {
  return defineCollection({ loader: yamlLoader(`${contentDir}/${name}.yaml`, schema), schema });
}

// Astro reads each collection's type from a literal key; `satisfies` keeps the keys to the one list.
export const collections = {
  explainers: defineCollection({
    loader: explainerLoader(`${contentDir}/explainers`, { trustedCode: options.trustedCode }),
    schema: explainerEntrySchema,
  }),
  people: shared('people', sharedCollections.people.schema),
  organisations: shared('organisations', sharedCollections.organisations.schema),
  sources: shared('sources', sharedCollections.sources.schema),
  events: shared('events', sharedCollections.events.schema),
  glossary: shared('glossary', sharedCollections.glossary.schema),
  topics: shared('topics', sharedCollections.topics.schema),
  // The site's other addresses, for the "other ways to read" page and mirrors.json; none required.
  mirrors: defineCollection({
    loader: yamlLoader(`${contentDir}/mirrors.yaml`, mirrorSchema, { optional: true }),
    schema: mirrorSchema,
  }),
} satisfies Record<Collection | 'explainers' | 'mirrors', unknown>;
