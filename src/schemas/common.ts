import { z } from 'astro/zod';
import { localeCodes, sourceLocale, type Locale } from '../i18n/locales';
import { webAddressProblem } from '../lib/url-safety';

/** lowercase ASCII words joined by "-", used for explainer folders and record ids. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest explainer slug. A slug is a folder name in content/ and dist/ and part of
 * file names in the build's caches, where 255 bytes is the usual limit: a longer slug
 * failed the build with ENAMETOOLONG and no file named. 100 leaves room and is a long URL.
 */
export const MAX_SLUG_LENGTH = 100;

export function isRealDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC(year, …) reads years 0–99 as 1900–1999; setUTCFullYear takes the year as it is.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day written as YYYY-MM-DD. YAML turns an unquoted date into a Date;
 * either way code reads the same "YYYY-MM-DD" string.
 */
export const isoDaySchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text = value instanceof Date ? (isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
  if (!isRealDay(text)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${String(value)}" is not a real date; write it as YYYY-MM-DD, e.g. 2020-10-02`,
    });
    return z.NEVER;
  }
  return text;
});

export const idSchema = z
  .string()
  .regex(SLUG_PATTERN, 'ids are lowercase ASCII words joined by "-", e.g. "coordination-council"');

/**
 * Text a reader can see. Zero-width and other format characters (U+200B, U+2060, a stray
 * BOM) are not whitespace to trim(), so a title of only those would pass as written.
 */
export const visibleTextSchema = z
  .string()
  .trim()
  .refine(
    (value) => value.replace(/[\p{White_Space}\p{Cf}]/gu, '') !== '',
    'must not be empty (zero-width and other invisible characters do not count)',
  );

const nonEmpty = visibleTextSchema;

/** Text in every language; English is required, the others fall back to it. */
export type LocalizedText = { [L in typeof sourceLocale]: string } & {
  [L in Exclude<Locale, typeof sourceLocale>]?: string | undefined;
};

export const localizedTextSchema = z
  .object(
    Object.fromEntries(
      localeCodes.map((l) => [l, l === sourceLocale ? nonEmpty : nonEmpty.optional()]),
    ) as unknown as Record<Locale, z.ZodType>,
  )
  .strict() as unknown as z.ZodType<LocalizedText, LocalizedText>;

/**
 * An address of a page elsewhere (a source, a profile link): absolute http:, https: or
 * mailto: only, by the same rule as links in bodies (src/lib/url-safety.ts). zod's url()
 * is `new URL()`, which takes javascript: and data: too.
 */
export const webAddressSchema = z.string().superRefine((value, ctx) => {
  const problem = webAddressProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} ${problem}` });
});
