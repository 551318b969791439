import { defineCollection } from 'astro:content';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import options from 'virtual:tlumach/config';
import { checkImageFile } from './lib/content-layer/image-files';
import { explainerLoader } from './lib/content-layer/explainer-loader';
import { yamlLoader } from './lib/content-layer/yaml-loader';
import { explainerEntrySchema, pictureFileSchema } from './schemas/computed';
import { mirrorSchema } from './schemas/mirrors';
import { creditRequired, mediaFields, sharedCollections, type Collection } from './schemas/shared';

// CONTENT_DIR lets tests and the benchmark build another content tree with the same code.
const contentDir = process.env.CONTENT_DIR ?? './content';

/** A shared collection: one YAML file of records, each holding every language. */
function shared<S extends z.ZodObject<z.ZodRawShape>>(name: Collection, schema: S) {
  const { optional } = sharedCollections[name] as { optional?: boolean };
  return defineCollection({ loader: yamlLoader(`${contentDir}/${name}.yaml`, schema, { optional }), schema });
}

/**
 * Each media record's picture must exist and be within the limits before Astro imports it;
 * its size, format and hash are kept with the record as `file` (see PictureFile).
 */
async function checkMediaFiles(records: Record<string, unknown>[], file: string, absolute: string): Promise<void> {
  for (const record of records) {
    const src = String(record.src);
    record.file = await checkImageFile(join(dirname(absolute), src), src, { file, field: `${String(record.id)}.src` });
  }
}

// Astro reads each collection's type from a literal key; `satisfies` keeps the keys to the one list.
export const collections = {
  explainers: defineCollection({
    loader: explainerLoader(`${contentDir}/explainers`, { trustedCode: options.trustedCode }),
    // Pictures the body and the frontmatter name, by the path written, become Astro image metadata.
    schema: ({ image }) =>
      explainerEntrySchema.extend({
        computed: explainerEntrySchema.shape.computed.extend({ images: z.record(z.string(), image()) }),
      }),
  }),
  people: shared('people', sharedCollections.people.schema),
  organisations: shared('organisations', sharedCollections.organisations.schema),
  sources: shared('sources', sharedCollections.sources.schema),
  events: shared('events', sharedCollections.events.schema),
  glossary: shared('glossary', sharedCollections.glossary.schema),
  topics: shared('topics', sharedCollections.topics.schema),
  media: defineCollection({
    loader: yamlLoader(`${contentDir}/media.yaml`, sharedCollections.media.schema, {
      optional: true,
      check: checkMediaFiles,
    }),
    schema: ({ image }) => mediaFields.extend({ src: image(), file: pictureFileSchema }).refine(...creditRequired),
  }),
  datasets: shared('datasets', sharedCollections.datasets.schema),
  mirrors: defineCollection({
    loader: yamlLoader(`${contentDir}/mirrors.yaml`, mirrorSchema, { optional: true }),
    schema: mirrorSchema,
  }),
} satisfies Record<Collection | 'explainers' | 'mirrors', unknown>;
