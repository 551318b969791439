import { z } from 'astro/zod';
import { idSchema, isoDaySchema } from './common';

/**
 * Frontmatter of content/explainers/<slug>/<locale>.mdx. Only title, summary and
 * published are required; unknown fields are rejected so a typo ("sumary") is caught.
 */
export const explainerSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    summary: z.string().trim().min(1, 'must not be empty'),
    published: isoDaySchema,
    updated: isoDaySchema.optional(),
    topics: z.array(idSchema).optional(),
  })
  .strict();

export type ExplainerData = z.infer<typeof explainerSchema>;
