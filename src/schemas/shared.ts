import { z } from 'astro/zod';
import { localeCodes } from '../i18n/locales';
import { idSchema, isoDaySchema, localizedTextSchema, webAddressSchema } from './common';

const linkSchema = z.object({ label: z.string().min(1), url: webAddressSchema }).strict();

export const personSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    role: localizedTextSchema,
    links: z.array(linkSchema).optional(),
    /** A picture in content/media.yaml, shown on the person's page. */
    portrait: idSchema.optional(),
  })
  .strict();

export const organisationSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    role: localizedTextSchema,
    links: z.array(linkSchema).optional(),
    portrait: idSchema.optional(),
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
 * The rights under which a picture is published. Only our own pictures and those in the
 * public domain (or CC0) may go without a credit line.
 */
export const mediaRights = ['own', 'public-domain', 'cc0', 'cc-by', 'cc-by-sa', 'licensed'] as const;
export const creditOptional: readonly string[] = ['own', 'public-domain', 'cc0'];

/** Alt text is said in every language: a reader never gets a picture described in another language. */
const everyLanguageText = localizedTextSchema.refine(
  (text) => localeCodes.every((locale) => (text as Record<string, string | undefined>)[locale]),
  { message: `needs text in every language of the site (${localeCodes.join(', ')})` },
);

/**
 * A picture used by several pages (a portrait, a map): content/media/<file>, written once
 * with its alt text, caption and credit in every language. `src` is relative to the YAML
 * file; the content config turns it into Astro image metadata.
 */
export const mediaFields = z
  .object({
    id: idSchema,
    src: z.string().regex(/^(\.\/)?media\/[\w.-]+$/, 'must name a file in the media folder, e.g. "media/minsk.jpg"'),
    alt: everyLanguageText,
    caption: localizedTextSchema.optional(),
    credit: localizedTextSchema.optional(),
    rights: z.enum(mediaRights),
  })
  .strict();

/** A credit line is owed for every picture that is not ours or free of rights. */
export const creditRequired: [
  (media: { credit?: unknown; rights: string }) => boolean,
  { path: string[]; message: string },
] = [
  (media: { credit?: unknown; rights: string }) => media.credit !== undefined || creditOptional.includes(media.rights),
  { path: ['credit'], message: 'is required for pictures published under these rights' },
];

export const mediaSchema = mediaFields.refine(...creditRequired);

/**
 * Numbers a <Chart> draws: values written once, their labels, unit and source in the
 * site's languages. `x` says what the points are: days ("2020-10-02", formatted per
 * locale) or categories (text in every language). Each series has one value per point.
 * Whether the data can be drawn (lengths, units, days) is checked in src/lib/pages/datasets.ts.
 */
export const datasetSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    /** A unit from locales/<locale>/units.json: values are shown in its plural forms. */
    unit: z.string().min(1),
    /** The id of a record in content/sources.yaml, cited like <Cite>. */
    source: idSchema,
    /** Marks sample data (test fixtures): never in a real explainer. */
    sample: z.boolean().optional(),
    x: z.union([
      z.object({ days: z.array(isoDaySchema) }).strict(),
      z.object({ categories: z.array(localizedTextSchema) }).strict(),
    ]),
    series: z.array(z.object({ label: localizedTextSchema, values: z.array(z.number()) }).strict()),
  })
  .strict();

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
  // A site without pictures or charts needs neither file.
  media: { schema: mediaSchema, noun: 'picture', optional: true },
  datasets: { schema: datasetSchema, noun: 'dataset', optional: true },
} as const;

export type Collection = keyof typeof sharedCollections;

export const collectionNames = Object.keys(sharedCollections) as Collection[];
