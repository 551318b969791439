import { z } from 'astro/zod';
import { localeCodes } from '../i18n/locales';
import { explainerSchema } from './explainer';

/**
 * What the content pipeline works out from an explainer's body once, at load time,
 * so pages never need the raw body: word count, what blocks it uses, and the
 * fingerprint translations are checked against. Authors never write this field.
 */
export const pictureFileSchema = z.object({
  width: z.number(),
  height: z.number(),
  format: z.string(),
  hash: z.string(),
  path: z.string(),
});

export const computedSchema = z.object({
  /** The explainer's folder name and the language of this file. */
  slug: z.string(),
  locale: z.enum(localeCodes),
  words: z.number().int().nonnegative(),
  fingerprint: z.object({ hash: z.string(), sections: z.record(z.string(), z.string()) }),
  blocks: z.array(z.object({ name: z.string(), props: z.record(z.string(), z.any()), line: z.number() })),
  headings: z.array(z.object({ depth: z.number(), slug: z.string(), text: z.string() })),
  /** The compiled body (HTML with block markers) in the build cache; absent for real MDX. */
  bodyFile: z.string().optional(),
  /**
   * The pictures the file shows (its frontmatter `image` and body figures), by the path
   * written ("./minsk.jpg"). The loader writes the paths; the content config's image()
   * makes each Astro image metadata, so pages read `images[path]`.
   */
  images: z.record(z.string(), z.string()),
  /** The same pictures' size, format and content hash (see PictureFile in image-files.ts). */
  pictures: z.record(z.string(), pictureFileSchema),
});

export const explainerEntrySchema = explainerSchema.extend({ computed: computedSchema });

export type Computed = z.infer<typeof computedSchema>;
