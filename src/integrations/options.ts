import { z } from 'astro/zod';
import { localeCodes, sourceLocale, type Locale } from '../i18n/locales';
import type { LocalizedText } from '../schemas/common';
import { contrastRatio, isHexColour } from './colour';

/** Text a newsroom writes once per language; the source language is required, the others fall back to it. */
const localizedOptionSchema = z
  .object(
    Object.fromEntries(
      localeCodes.map((l) => [l, l === sourceLocale ? z.string().trim().min(1) : z.string().trim().min(1).optional()]),
    ) as Record<Locale, z.ZodString | z.ZodOptional<z.ZodString>>,
  )
  .strict() as unknown as z.ZodType<LocalizedText, LocalizedText>;

const colourSchema = z.string().refine(isHexColour, { message: 'must be a colour written as #rrggbb' });

// The backgrounds of src/styles/global.css, light and dark: an accent is text on them.
const PAGE_BACKGROUND = { light: '#fdfcfa', dark: '#16161a' } as const;
// WCAG 2 AA for normal text.
const MIN_CONTRAST = 4.5;

const accentSchema = z
  .object({ light: colourSchema, dark: colourSchema })
  .strict()
  .superRefine((accent, context) => {
    for (const scheme of ['light', 'dark'] as const) {
      if (!isHexColour(accent[scheme])) continue;
      const ratio = contrastRatio(accent[scheme], PAGE_BACKGROUND[scheme]);
      if (ratio < MIN_CONTRAST)
        context.addIssue({
          code: 'custom',
          path: [scheme],
          message: `"${accent[scheme]}" has a contrast of ${ratio.toFixed(2)}:1 on the ${scheme} page background ${PAGE_BACKGROUND[scheme]}; links need at least ${MIN_CONTRAST}:1 (WCAG AA). Choose a ${scheme === 'light' ? 'darker' : 'lighter'} colour.`,
        });
    }
  });

/**
 * What a newsroom sets in `tlumach({ … })` in astro.config.mjs: its name, look and
 * publisher. Everything a reader sees in the interface besides these is a UI string
 * in locales/.
 */
export const TlumachOptionsSchema = z
  .object({
    /** The site's name in each language: header, page titles, feeds, social cards. */
    name: localizedOptionSchema.default({ [sourceLocale]: 'Tlumach' }),
    /** The publisher named in the footer (and in structured data). */
    publisher: z
      .object({ name: z.string().trim().min(1), url: z.url({ protocol: /^https?$/ }) })
      .strict()
      .optional(),
    /** A logo shown before the name in the header: a file in public/, e.g. "logo.svg". */
    logo: z
      .string()
      .regex(/^[\w./-]+\.(svg|png|webp|avif)$/, 'must be a file in public/, such as "logo.svg"')
      .refine((path) => !path.split('/').includes('..'), 'must stay inside public/')
      .optional(),
    /**
     * A 1200 × 630 social card (og:image) per explainer and language, drawn in a worker thread
     * while pages render: about 2 ms of CPU each on a clean build, +10 % of its time at 3 × 1000
     * (unchanged cards are kept); a site that needs no images may turn it off.
     */
    socialCards: z.boolean().default(true),
    /** Link and focus colour for light and dark pages. */
    accent: accentSchema.default({ light: '#1d4ed8', dark: '#8fb1ff' }),
    /**
     * The explainer files that may import components and run JavaScript expressions
     * ("content/explainers/<slug>/<locale>.mdx"). That code runs when the site is built,
     * so the list sits in this file, which reviewers own; every other explainer is text.
     */
    trustedCode: z
      .array(
        z
          .string()
          .regex(
            /^[\w./-]+\/[a-z0-9-]+\/[a-z]{2,3}\.mdx$/,
            'must be the path of one explainer file, e.g. "content/explainers/eu-sanctions/en.mdx"',
          )
          .refine((path) => !path.split('/').includes('..') && !path.startsWith('/'), 'must be inside the project'),
      )
      .default([]),
  })
  .strict();

export type TlumachUserOptions = z.input<typeof TlumachOptionsSchema>;
export type TlumachOptions = z.infer<typeof TlumachOptionsSchema>;

/** Validates the options, or throws a message that names each bad option and what to do. */
export function parseOptions(input: unknown): TlumachOptions {
  const result = TlumachOptionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- ${['tlumach', ...issue.path].join('.')}: ${issue.message}`);
  throw new Error(
    `The tlumach() options in astro.config.mjs are not valid:\n${lines.join('\n')}\nHint: see "Configuring a site" in the README for every option.`,
  );
}
