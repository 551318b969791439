import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { explainerLoader } from './lib/explainer-loader';
import { yamlLoader } from './lib/yaml-loader';
import { explainerEntrySchema } from './schemas/computed';
import {
  eventSchema,
  glossarySchema,
  organisationSchema,
  personSchema,
  sourceSchema,
  topicSchema,
} from './schemas/shared';

// CONTENT_DIR lets tests and the benchmark build another content tree with the same code.
const contentDir = process.env.CONTENT_DIR ?? './content';

/** A shared collection: one YAML file of records, each holding every language. */
function shared<S extends z.ZodObject<z.ZodRawShape>>(name: string, schema: S) {
  return defineCollection({ loader: yamlLoader(`${contentDir}/${name}.yaml`, schema), schema });
}

export const collections = {
  explainers: defineCollection({ loader: explainerLoader(`${contentDir}/explainers`), schema: explainerEntrySchema }),
  people: shared('people', personSchema),
  organisations: shared('organisations', organisationSchema),
  sources: shared('sources', sourceSchema),
  events: shared('events', eventSchema),
  glossary: shared('glossary', glossarySchema),
  topics: shared('topics', topicSchema),
};
