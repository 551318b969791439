import { z } from 'astro/zod';
import { changeSchema } from './changes';
import { idSchema, isoDaySchema, visibleTextSchema } from './common';
import { localeCodes, type Locale } from '../i18n/locales';

const hashSchema = z.string().regex(/^[0-9a-f]{8}$/, 'must be an 8-character hash written by `npm run i18n:mark`');

/** Written by `npm run i18n:mark`, never by hand: which source version a translation matches. */
export const translatedFromSchema = z
  .object({
    locale: z.enum(localeCodes as [Locale, ...Locale[]]),
    hash: hashSchema,
    sections: z.record(z.string(), hashSchema).optional(),
  })
  .strict();

const text = z.string().trim().min(1, 'must not be empty');

/**
 * The lead picture, shown first under the title: a file beside the explainer (`src`, with
 * this language's alt text) or a shared one from content/media.yaml (`media`, whose alt,
 * caption and credit this file may override).
 */
export const leadImageSchema = z
  .object({
    src: z
      .string()
      .regex(/^\.\/\w[\w.-]*$/, 'must be a picture beside the explainer, written ./file.jpg')
      .optional(),
    media: idSchema.optional(),
    alt: text.optional(),
    caption: text.optional(),
    credit: text.optional(),
  })
  .strict()
  .superRefine((image, ctx) => {
    if ((image.src === undefined) === (image.media === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [image.src ? 'media' : 'src'],
        message: 'give either src or media, not both',
      });
    } else if (image.src !== undefined && image.alt === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: 'is required: describe the picture in the language of this file',
      });
    }
  });

/**
 * Frontmatter of content/explainers/<slug>/<locale>.mdx. Only title, summary and
 * published are required (changes: see changes.ts); unknown fields are rejected so a typo ("sumary") is caught.
 */
export const explainerSchema = z
  .object({
    title: visibleTextSchema,
    summary: visibleTextSchema,
    published: isoDaySchema,
    updated: isoDaySchema.optional(),
    topics: z.array(idSchema).optional(),
    /**
     * The people and organisations (ids) the explainer is about, for its structured data;
     * without it, those its title or summary names. A translation without it follows the original.
     */
    about: z.array(idSchema).optional(),
    image: leadImageSchema.optional(),
    /** Corrections and updates since publication, each dated on or after `published`. */
    changes: z.array(changeSchema).optional(),
    translatedFrom: translatedFromSchema.optional(),
  })
  .strict();

export type ExplainerData = z.infer<typeof explainerSchema>;
