import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { explainerLoader } from './lib/explainer-loader';
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

export const collections = {
  explainers: defineCollection({ loader: explainerLoader(`${contentDir}/explainers`), schema: explainerEntrySchema }),
  people: defineCollection({ loader: file(`${contentDir}/people.yaml`), schema: personSchema }),
  organisations: defineCollection({ loader: file(`${contentDir}/organisations.yaml`), schema: organisationSchema }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema }),
  events: defineCollection({ loader: file(`${contentDir}/events.yaml`), schema: eventSchema }),
  glossary: defineCollection({ loader: file(`${contentDir}/glossary.yaml`), schema: glossarySchema }),
  topics: defineCollection({ loader: file(`${contentDir}/topics.yaml`), schema: topicSchema }),
};
